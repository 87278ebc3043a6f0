package org.accountkit.lists;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The owner deletes a list. */
@PrimaryPort
public interface DeleteArticleList {

    /**
     * Deletes one of the user's own lists with its lines.
     *
     * @throws InvalidCommand when the actor or the list is missing
     * @throws NotFound       when the user has no such list
     */
    void delete(Actor actor, ArticleListId list);
}
