package org.accountkit.quote;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.IdempotencyKeyReused;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The requester orders an answered quote at its prices ("offerte bestellen"). */
@PrimaryPort
public interface OrderQuote {

    /**
     * Orders an answered, still valid quote of one's own at the quoted prices, once, through the same budget and
     * approval rules as any cart: it is placed, or waits for approval. Two calls at the same moment give one order,
     * booked on the budget once. Needs {@code PLACE_ORDERS}.
     *
     * @throws InvalidCommand     when the actor or the quote number is missing or malformed
     * @throws NotPermitted       when the actor may not place orders
     * @throws NotFound           when there is no such quote of this user
     * @throws QuoteNotOrderable  saying why: not answered yet, expired, declined, withdrawn or already ordered
     */
    default ApprovalOutcome order(Actor actor, String quoteNumber) {
        return order(actor, new OrderQuoteCommand(quoteNumber));
    }

    /**
     * As {@link #order(Actor, String)}, under the host's idempotency key when one is given: the same key within the
     * customer number answers the first call's outcome again, even after the quote was ordered.
     *
     * @throws IdempotencyKeyReused when the key was used for something else
     */
    ApprovalOutcome order(Actor actor, OrderQuoteCommand command);
}
