package org.accountkit.lists;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The owner puts an article on a list. */
@PrimaryPort
public interface AddListLine {

    /**
     * Adds the article at the end of the list; an article already on it gets the quantity added (and the note, when
     * one is given).
     *
     * @throws InvalidCommand  when the actor or the command is missing or invalid, or the added quantity would exceed
     *                         100,000
     * @throws NotFound        when the user has no such list
     * @throws ArticleListFull when the list already holds 200 lines
     */
    void add(Actor actor, ListLineCommand command);
}
