package org.accountkit.lists;

import java.util.List;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The lists a user sees. */
@PrimaryPort
public interface ListArticleLists {

    /**
     * The user's own lists and the lists colleagues share, by name.
     *
     * @throws InvalidCommand when the actor is missing
     * @throws NotPermitted   when the actor is not a user
     */
    List<ArticleList> list(Actor actor);
}
