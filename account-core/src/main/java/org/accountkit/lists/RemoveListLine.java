package org.accountkit.lists;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The owner takes an article off a list. */
@PrimaryPort
public interface RemoveListLine {

    /**
     * Removes the article's line.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotFound       when the user has no such list, or the article is not on it
     */
    void remove(Actor actor, RemoveListLineCommand command);
}
