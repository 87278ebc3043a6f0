package org.accountkit.approval.internal;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.approval.ApprovalEscalated;
import org.accountkit.approval.ApprovalGiven;
import org.accountkit.approval.Approver;
import org.accountkit.approval.ApproversReminded;
import org.accountkit.approval.DeadlineStage;
import org.accountkit.approval.Decision;
import org.accountkit.approval.DecisionAlreadyTaken;
import org.accountkit.approval.OrderApproved;
import org.accountkit.approval.OrderAwaitingApproval;
import org.accountkit.approval.OrderExpired;
import org.accountkit.approval.OrderPlaced;
import org.accountkit.approval.OrderRejected;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.OrderWithdrawn;
import org.accountkit.approval.OwnOrderCannotBeDecided;
import org.accountkit.approval.SecondApproverRequired;
import org.accountkit.approval.Verdict;
import org.accountkit.ordering.OrderLine;
import org.accountkit.ordering.PlacedOrder;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.spi.OrderRequestSnapshot;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.event.types.DomainEvent;

/**
 * A submitted cart ("bestelling"): placed at once, or waiting for approval until approvers decide, the requester
 * withdraws it or it expires. It holds the workflow's rules: a decision is taken once, nobody decides on their own
 * order, each tier is approved by another approver than the tiers before, and the deadlines run in order
 * (reminder, escalation, expiry) and never back. Each change answers what happened and the events it raised; a
 * change the order's state does not allow is refused and changes nothing.
 */
public final class OrderRequest implements AggregateRoot<OrderRequest, OrderRequestId> {

    /** What the deadlines ask for now. */
    public enum DeadlineAction {
        /** Nothing is due. */
        NONE,
        /** Remind the approvers. */
        REMIND,
        /** Ask the other approvers too. */
        ESCALATE,
        /** The order expires. */
        EXPIRE
    }

    /** What submitting a cart became. */
    public sealed interface Submitted permits PlacedAtOnce, Waiting {

        /** The order request. */
        OrderRequest order();

        /** The event to publish once it is stored. */
        DomainEvent event();
    }

    /**
     * No rule asked for approval: the order is placed.
     *
     * @param order the placed order
     * @param event what happened
     */
    public record PlacedAtOnce(OrderRequest order, OrderPlaced event) implements Submitted {
    }

    /**
     * The order waits for approval.
     *
     * @param order the waiting order
     * @param event what happened
     */
    public record Waiting(OrderRequest order, OrderAwaitingApproval event) implements Submitted {
    }

    /** What an approval did. */
    public sealed interface Approval permits Placed, NextTier {

        /** The events to publish once it is stored, in order. */
        List<DomainEvent> events();
    }

    /**
     * Every tier approved: the order is placed.
     *
     * @param given    this tier's approval
     * @param approved the order's approval
     */
    public record Placed(ApprovalGiven given, OrderApproved approved) implements Approval {

        @Override
        public List<DomainEvent> events() {
            return List.of(given, approved);
        }
    }

    /**
     * This tier approved; another approver must approve too.
     *
     * @param given this tier's approval
     */
    public record NextTier(ApprovalGiven given) implements Approval {

        @Override
        public List<DomainEvent> events() {
            return List.of(given);
        }
    }

    private OrderRequestSnapshot state;

    private OrderRequest(OrderRequestSnapshot state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** The order request as stored. */
    public static OrderRequest restore(OrderRequestSnapshot stored) {
        return new OrderRequest(stored);
    }

    /**
     * Submits a cart. When {@code assessment} names no reason, the order is placed at once; otherwise it waits for
     * approval, with the deadlines of {@code policy} and {@code reserved} held on the requester's budget.
     *
     * @param lines    what is ordered, priced; at least one line
     * @param total    what the lines add up to
     * @param reserved what the requester's budget reserves while it waits (zero when the budget does not track it)
     */
    public static Submitted submit(OrderRequestId id, CustomerNumber customerNumber, UserId requester,
            String reference, List<OrderLine> lines, Money total, Assessment assessment, Money reserved,
            ApprovalPolicy policy, Instant now) {
        if (!assessment.needsApproval()) {
            OrderRequest placed = new OrderRequest(new OrderRequestSnapshot(id, customerNumber, requester, reference,
                    lines, total, now, OrderStatus.PLACED, assessment.reasons(), 0, List.of(), Money.zero(
                            total.currency()), now, now, null, null, null, DeadlineStage.NOTIFIED, 0));
            return new PlacedAtOnce(placed, new OrderPlaced(id, customerNumber, requester, total, now));
        }
        OrderRequest waiting = new OrderRequest(new OrderRequestSnapshot(id, customerNumber, requester, reference,
                lines, total, now, OrderStatus.AWAITING_APPROVAL, assessment.reasons(),
                assessment.requiredApprovals(), List.of(), reserved, null, null, now.plus(policy.remindAfter()),
                now.plus(policy.escalateAfter()), now.plus(policy.expireAfter()), DeadlineStage.NOTIFIED, 0));
        return new Waiting(waiting, new OrderAwaitingApproval(id, customerNumber, requester, total,
                assessment.reasons(), now));
    }

    /**
     * Records an approval. With this approval the order is approved and placed, or it waits for the next tier.
     *
     * @throws DecisionAlreadyTaken    when the order no longer waits
     * @throws OwnOrderCannotBeDecided when the approver, or whom they stand in for, is the requester
     * @throws SecondApproverRequired  when the same approver (or principal) approved an earlier tier
     */
    public Approval approve(Approver approver, Instant now) {
        requireDecidableBy(approver);
        for (Decision decision : state.decisions()) {
            if (decision.decidedBy().equals(approver.decider()) || decision.principal().equals(approver.principal())
                    || decision.decidedBy().equals(approver.principal())
                    || decision.principal().equals(approver.decider())) {
                throw new SecondApproverRequired(state.id());
            }
        }
        Decision decision = new Decision(state.decisions().size() + 1, approver.decider(),
                approver.onBehalfOf().orElse(null), Verdict.APPROVED, null, now);
        ApprovalGiven given = new ApprovalGiven(state.id(), decision.tier(), approver.decider(),
                approver.onBehalfOf().orElse(null), now);
        List<Decision> decisions = withDecision(decision);
        if (decisions.size() < state.requiredApprovals()) {
            state = with(state.status(), decisions, null, null, state.deadlineStage());
            return new NextTier(given);
        }
        state = with(OrderStatus.APPROVED, decisions, now, now, state.deadlineStage());
        return new Placed(given, new OrderApproved(state.id(), state.customerNumber(), state.requester(),
                state.netTotal(), now));
    }

    /**
     * Rejects the order with a reason.
     *
     * @throws DecisionAlreadyTaken    when the order no longer waits
     * @throws OwnOrderCannotBeDecided when the approver, or whom they stand in for, is the requester
     */
    public OrderRejected reject(Approver approver, String reason, Instant now) {
        requireDecidableBy(approver);
        Decision decision = new Decision(state.decisions().size() + 1, approver.decider(),
                approver.onBehalfOf().orElse(null), Verdict.REJECTED, reason, now);
        state = with(OrderStatus.REJECTED, withDecision(decision), null, now, state.deadlineStage());
        return new OrderRejected(state.id(), approver.decider(), approver.onBehalfOf().orElse(null), reason, now);
    }

    /**
     * The requester takes the order back while it waits.
     *
     * @throws DecisionAlreadyTaken when the order no longer waits
     */
    public OrderWithdrawn withdraw(Instant now) {
        requireWaiting();
        state = with(OrderStatus.WITHDRAWN, state.decisions(), null, now, state.deadlineStage());
        return new OrderWithdrawn(state.id(), state.requester(), now);
    }

    /** Which deadline is due at {@code now}, if any. */
    public DeadlineAction dueAt(Instant now) {
        if (!state.status().isWaiting()) {
            return DeadlineAction.NONE;
        }
        if (!now.isBefore(state.expireAt())) {
            return DeadlineAction.EXPIRE;
        }
        if (state.deadlineStage() != DeadlineStage.ESCALATED && !now.isBefore(state.escalateAt())) {
            return DeadlineAction.ESCALATE;
        }
        if (state.deadlineStage() == DeadlineStage.NOTIFIED && !now.isBefore(state.remindAt())) {
            return DeadlineAction.REMIND;
        }
        return DeadlineAction.NONE;
    }

    /**
     * Records that the approvers were reminded. Only the first deadline reminds: once reminded or escalated, the
     * order never goes back to an earlier stage.
     *
     * @throws DecisionAlreadyTaken  when the order no longer waits
     * @throws IllegalStateException when the approvers were reminded or the order escalated already
     */
    public ApproversReminded remind(Instant now) {
        requireWaiting();
        if (state.deadlineStage() != DeadlineStage.NOTIFIED) {
            throw new IllegalStateException("order " + state.id() + " is " + state.deadlineStage() + " already");
        }
        state = with(state.status(), state.decisions(), null, null, DeadlineStage.REMINDED);
        return new ApproversReminded(state.id(), now);
    }

    /**
     * Records that the other approvers were asked.
     *
     * @throws DecisionAlreadyTaken  when the order no longer waits
     * @throws IllegalStateException when the order was escalated already
     */
    public ApprovalEscalated escalate(Instant now) {
        requireWaiting();
        if (state.deadlineStage() == DeadlineStage.ESCALATED) {
            throw new IllegalStateException("order " + state.id() + " is escalated already");
        }
        state = with(state.status(), state.decisions(), null, null, DeadlineStage.ESCALATED);
        return new ApprovalEscalated(state.id(), now);
    }

    /**
     * Lets the order expire: nobody decided in time.
     *
     * @throws DecisionAlreadyTaken  when the order no longer waits
     * @throws IllegalStateException when it is not yet time
     */
    public OrderExpired expire(Instant now) {
        requireWaiting();
        if (now.isBefore(state.expireAt())) {
            throw new IllegalStateException("order " + state.id() + " expires at " + state.expireAt());
        }
        state = with(OrderStatus.EXPIRED, state.decisions(), null, now, state.deadlineStage());
        return new OrderExpired(state.id(), state.requester(), now);
    }

    /**
     * The placed order to hand to the host.
     *
     * @throws IllegalStateException when it is not placed
     */
    public PlacedOrder toPlacedOrder() {
        if (state.placedAt() == null) {
            throw new IllegalStateException("order " + state.id() + " is not placed");
        }
        return new PlacedOrder(state.id().value(), state.customerNumber(), state.requester(), state.reference(),
                state.lines(), state.netTotal(), state.placedAt(), state.status() == OrderStatus.APPROVED);
    }

    /** The state to store. */
    public OrderRequestSnapshot snapshot() {
        return state;
    }

    @Override
    public OrderRequestId getId() {
        return state.id();
    }

    /** The identifier. */
    public OrderRequestId id() {
        return state.id();
    }

    /** The customer number. */
    public CustomerNumber customerNumber() {
        return state.customerNumber();
    }

    /** Who submitted it. */
    public UserId requester() {
        return state.requester();
    }

    /** Where it stands. */
    public OrderStatus status() {
        return state.status();
    }

    /** The total excluding VAT: what budgets and thresholds compare. */
    public Money netTotal() {
        return state.netTotal();
    }

    /** How many approvers must approve. */
    public int requiredApprovals() {
        return state.requiredApprovals();
    }

    /** The decisions taken so far, in order. */
    public List<Decision> decisions() {
        return state.decisions();
    }

    /** The last decision, if any. */
    public Optional<Decision> lastDecision() {
        List<Decision> decisions = state.decisions();
        return decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1));
    }

    /** When a waiting order expires. */
    public Optional<Instant> expireAt() {
        return Optional.ofNullable(state.expireAt());
    }

    private List<Decision> withDecision(Decision decision) {
        Decision[] extended = state.decisions().toArray(new Decision[state.decisions().size() + 1]);
        extended[extended.length - 1] = decision;
        return List.of(extended);
    }

    private OrderRequestSnapshot with(OrderStatus status, List<Decision> decisions, Instant placedAt,
            Instant closedAt, DeadlineStage stage) {
        OrderRequestSnapshot s = state;
        return new OrderRequestSnapshot(s.id(), s.customerNumber(), s.requester(), s.reference(), s.lines(),
                s.netTotal(), s.submittedAt(), status, s.reasons(), s.requiredApprovals(), decisions, s.reserved(),
                placedAt, closedAt, s.remindAt(), s.escalateAt(), s.expireAt(), stage, s.version());
    }

    private void requireWaiting() {
        if (!state.status().isWaiting()) {
            throw new DecisionAlreadyTaken(state.id());
        }
    }

    private void requireDecidableBy(Approver approver) {
        requireWaiting();
        if (approver.decider().equals(state.requester()) || approver.principal().equals(state.requester())) {
            throw new OwnOrderCannotBeDecided(state.id());
        }
    }
}
