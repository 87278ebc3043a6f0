package org.accountkit.quote;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Customer service declines a quote. */
@PrimaryPort
public interface DeclineQuote {

    /**
     * Declines a requested quote, with a reason the customer sees.
     *
     * @throws InvalidCommand      when the command is invalid
     * @throws NotPermitted        when the actor is not customer service
     * @throws NotFound            when there is no such quote in that customer number
     * @throws QuoteStepNotAllowed when the quote is no longer requested
     */
    void decline(Actor actor, DeclineQuoteCommand command);
}
