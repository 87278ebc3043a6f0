package org.accountkit.approval;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.accountkit.ConcurrentModification;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * Stores order requests together with their effect on the requester's budget ledger. Every write here is atomic:
 * the order and the ledger change are stored together or not at all, also when several servers submit against the
 * same budget at once. Implementations return copies.
 */
@SecondaryPort
@Repository
public interface OrderRequests {

    /**
     * Stores an order placed at once, booking its total as spent in {@link SubmissionCheck#periodKey()} when the
     * requester's budget tracks its currency. Stores nothing when the requester, the approval rules or the budget
     * settings are no longer at the versions checked or, when {@link SubmissionCheck#enforceLimit()}, the order
     * does not fit what is left of the budget.
     *
     * @return whether the order was stored
     * @throws IllegalArgumentException when the order is not {@link OrderStatus#PLACED}
     */
    boolean placeIfBudgetAllows(OrderRequest placed, SubmissionCheck check);

    /**
     * Stores an order that waits for approval and reserves {@link OrderRequest#reservedAmount()} on the
     * requester's ledger. Stores nothing when the requester, the approval rules or the budget settings are no
     * longer at the versions checked.
     *
     * @return whether the order was stored
     * @throws IllegalArgumentException when the order does not wait for approval
     */
    boolean submitForApproval(OrderRequest awaiting, SubmissionCheck check);

    /**
     * Stores an order request that stopped waiting (approved, rejected, withdrawn or expired): releases its
     * reservation and, when approved, books its total as spent in {@code periodKey} if the budget tracks it.
     *
     * @throws ConcurrentModification when the request changed since it was loaded (someone else decided)
     */
    void close(OrderRequest closed, String periodKey);

    /**
     * Stores a change that does not touch the ledger: a tier's approval, a reminder or an escalation.
     *
     * @throws ConcurrentModification when the request changed since it was loaded
     */
    void update(OrderRequest changed);

    /** The order request, in any customer number. */
    Optional<OrderRequest> find(OrderRequestId id);

    /** A customer number's order requests in these statuses, newest first. */
    Page<OrderRequest> list(CustomerNumber customerNumber, Set<OrderStatus> statuses, PageRequest page);

    /** A requester's order requests in these statuses, newest first. */
    Page<OrderRequest> listOfRequester(UserId requester, Set<OrderStatus> statuses, PageRequest page);

    /** Waiting requests whose next deadline is at or before {@code moment}, oldest deadline first. */
    List<OrderRequest> dueBy(Instant moment, int max);

    /** The total of a requester's orders placed in [{@code from}, {@code until}) in {@code currency}. */
    Money placedTotal(UserId requester, Currency currency, Instant from, Instant until);
}
