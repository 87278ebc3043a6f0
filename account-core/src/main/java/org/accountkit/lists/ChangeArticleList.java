package org.accountkit.lists;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The owner renames a list, or shares it with colleagues or stops sharing it. */
@PrimaryPort
public interface ChangeArticleList {

    /**
     * Renames and (un)shares one of the user's own lists.
     *
     * @throws InvalidCommand       when the actor or the command is missing or invalid
     * @throws NotFound             when the user has no such list (a colleague's shared list is not theirs to change)
     * @throws ArticleListNameTaken when the user has another list of that name
     */
    void change(Actor actor, ChangeArticleListCommand command);
}
