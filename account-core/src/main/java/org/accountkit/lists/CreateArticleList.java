package org.accountkit.lists;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user starts a new article list. */
@PrimaryPort
public interface CreateArticleList {

    /**
     * Creates an empty list of the user's own.
     *
     * @throws InvalidCommand        when the actor or the command is missing or invalid
     * @throws NotPermitted          when the actor is not a user
     * @throws ArticleListNameTaken  when the user has a list of that name
     */
    ArticleListId create(Actor actor, CreateArticleListCommand command);
}
