package org.accountkit.quote;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Customer service answers a quote with prices. */
@PrimaryPort
public interface AnswerQuote {

    /**
     * Sets a price on every line and the last day it may be ordered; the requester is told through
     * {@code Notifications}.
     *
     * @throws InvalidCommand       when the command is invalid: a price per line is missing or extra, prices in
     *                              several currencies or too large, a validity before today
     * @throws NotPermitted         when the actor is not customer service
     * @throws NotFound             when there is no such quote in that customer number
     * @throws QuoteStepNotAllowed  when the quote is no longer requested
     */
    void answer(Actor actor, AnswerQuoteCommand command);
}
