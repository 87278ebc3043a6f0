package org.accountkit.lists;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** One list. */
@PrimaryPort
public interface ViewArticleList {

    /**
     * One of the user's own lists, or a list a colleague shares.
     *
     * @throws InvalidCommand when the actor or the list is missing
     * @throws NotFound       when there is no such list the user may see
     */
    ArticleList view(Actor actor, ArticleListId list);
}
