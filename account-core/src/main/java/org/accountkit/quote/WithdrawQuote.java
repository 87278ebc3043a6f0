package org.accountkit.quote;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The requester withdraws their quote. */
@PrimaryPort
public interface WithdrawQuote {

    /**
     * Withdraws a requested or answered (still valid) quote of one's own.
     *
     * @throws InvalidCommand      when the actor or the quote number is missing or malformed
     * @throws NotFound            when there is no such quote of this user
     * @throws QuoteStepNotAllowed when the quote was ordered, declined, withdrawn or has expired
     */
    void withdraw(Actor actor, String quoteNumber);
}
