package org.accountkit.quote;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** "My quotes". */
@PrimaryPort
public interface ListMyQuotes {

    /**
     * One page of the user's open and answered quotes (answered ones while still valid), newest first. Needs
     * {@code REQUEST_QUOTES}.
     *
     * @throws InvalidCommand when the actor or the page is missing or invalid
     * @throws NotPermitted   when the actor lacks the right
     */
    Page<Quote> list(Actor actor, PageRequest page);
}
