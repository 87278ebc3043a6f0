package org.accountkit.spi;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.accountkit.ConcurrentModification;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * Stores order requests together with their effect on the requester's budget ledger. Every write here is atomic:
 * the order and the ledger change are stored together or not at all, also when several servers submit against the
 * same budget at once.
 */
@SecondaryPort
@Repository
public interface OrderRequests {

    /**
     * Stores an order placed at once and books it as the {@code guard} says, provided every assumption of the
     * guard still holds; with it, atomically, records the host's idempotency {@code key} (when given) and writes
     * {@code effects} (its hand-off, its event) to the {@link EffectOutbox}. A store may do all of it with one
     * statement; the effects are due at the order's submission.
     *
     * @param key the host's key, recorded with the order's id as its subject; {@code null} for none
     * @return {@link WriteOutcome#STORED}; {@link WriteOutcome#ASSUMPTION_CHANGED} when the guard no longer held, or
     *         {@link WriteOutcome#KEY_USED} when the key is recorded already: then nothing was stored
     * @throws IllegalArgumentException when the order is not {@link OrderStatus#PLACED}
     */
    WriteOutcome placeIfBudgetAllows(OrderRequestSnapshot placed, SubmissionGuard guard, IdempotencyRecord key,
            List<Effect> effects);

    /** As {@link #placeIfBudgetAllows(OrderRequestSnapshot, SubmissionGuard, IdempotencyRecord, List)}, alone. */
    default WriteOutcome placeIfBudgetAllows(OrderRequestSnapshot placed, SubmissionGuard guard) {
        return placeIfBudgetAllows(placed, guard, null, List.of());
    }

    /**
     * Stores an order that waits for approval and reserves its {@link OrderRequestSnapshot#reserved()} on the
     * requester's ledger, provided the versions of the {@code guard} still hold, and writes {@code effects} to the
     * {@link EffectOutbox} with it: all or nothing.
     *
     * @return {@link WriteOutcome#STORED}, or {@link WriteOutcome#ASSUMPTION_CHANGED} when nothing was stored
     * @throws IllegalArgumentException when the order does not wait for approval
     */
    WriteOutcome submitForApproval(OrderRequestSnapshot awaiting, SubmissionGuard guard, List<Effect> effects);

    /** As {@link #submitForApproval(OrderRequestSnapshot, SubmissionGuard, List)}, with no effects. */
    default WriteOutcome submitForApproval(OrderRequestSnapshot awaiting, SubmissionGuard guard) {
        return submitForApproval(awaiting, guard, List.of());
    }

    /**
     * Stores an order request that stopped waiting (approved, rejected, withdrawn or expired): releases its
     * reservation and, when it was approved and the requester's budget is in the order's currency, books its total
     * as spent in {@code bookIn}.
     *
     * @param bookIn the requester's current budget period, or {@code null} when there is none to book in
     * @throws ConcurrentModification when the request changed since it was loaded (someone else decided)
     */
    void close(OrderRequestSnapshot closed, CalendarPeriod bookIn);

    /**
     * Stores a change that does not touch the ledger: a tier's approval, a reminder or an escalation.
     *
     * @throws ConcurrentModification when the request changed since it was loaded
     */
    void update(OrderRequestSnapshot changed);

    /** The order request, if it belongs to {@code customerNumber}. */
    Optional<OrderRequestSnapshot> find(CustomerNumber customerNumber, OrderRequestId id);

    /**
     * One page of a customer number's order requests in these statuses, newest first (by submission; orders
     * submitted at the same moment newest stored first), after the position of {@code page.after()}: keyset paging,
     * whose continuation the store writes and reads with {@link PageToken} ({@link Page#of} cuts the page).
     */
    Page<OrderRequestSnapshot> list(CustomerNumber customerNumber, Set<OrderStatus> statuses, PageRequest page);

    /** One page of a requester's order requests in these statuses, in the order and paging of {@link #list}. */
    Page<OrderRequestSnapshot> listOfRequester(CustomerNumber customerNumber, UserId requester,
            Set<OrderStatus> statuses, PageRequest page);

    /**
     * Waiting requests of every customer number whose next deadline is at or before {@code moment}, oldest deadline
     * first: the one read that spans customer numbers, for the host's scheduled deadline processing.
     */
    List<OrderRequestSnapshot> dueBy(Instant moment, int max);

    /** The total of a requester's orders placed in [{@code from}, {@code until}) in {@code currency}. */
    Money placedTotal(CustomerNumber customerNumber, UserId requester, Currency currency, Instant from,
            Instant until);
}
