package org.accountkit.quote;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Customer service's queue of quote requests. */
@PrimaryPort
public interface ListQuoteRequests {

    /**
     * One page of requested (not yet answered or declined) quotes of every customer number, oldest first.
     *
     * @throws InvalidCommand when the actor or the page is missing or invalid
     * @throws NotPermitted   when the actor is not customer service
     */
    Page<QuoteRequestEntry> waiting(Actor actor, PageRequest page);
}
