package org.accountkit.lists;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The owner changes a line of a list. */
@PrimaryPort
public interface ChangeListLine {

    /**
     * Sets the quantity and note of an article on the list.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotFound       when the user has no such list, or the article is not on it
     */
    void change(Actor actor, ListLineCommand command);
}
