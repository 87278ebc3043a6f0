package org.accountkit.approval;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.accountkit.customer.CustomerNumber;
import org.accountkit.ordering.OrderLine;
import org.accountkit.ordering.PlacedOrder;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A submitted cart ("bestelling"): placed at once, or waiting for approval until approvers decide, the requester
 * withdraws it or it expires. It holds the workflow's rules: a decision is taken once, nobody decides on their own
 * order, and each tier is approved by another approver than the tiers before.
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

    private final OrderRequestId id;
    private final CustomerNumber customerNumber;
    private final UserId requester;
    private final String reference;
    private final List<OrderLine> lines;
    private final Money netTotal;
    private final Instant submittedAt;
    private OrderStatus status;
    private final Set<ApprovalReason> reasons;
    private final int requiredApprovals;
    /** Immutable; a decision replaces it with a longer list, so copies can share it. */
    private List<Decision> decisions;
    private final BigDecimal reservedAmount;
    private Instant placedAt;
    private Instant closedAt;
    private final Instant remindAt;
    private final Instant escalateAt;
    private final Instant expireAt;
    private DeadlineStage deadlineStage;
    private final long version;


    private OrderRequest(Builder builder) {
        this.id = Objects.requireNonNull(builder.id, "id");
        this.customerNumber = Objects.requireNonNull(builder.customerNumber, "customerNumber");
        this.requester = Objects.requireNonNull(builder.requester, "requester");
        this.reference = Objects.requireNonNull(builder.reference, "reference");
        this.lines = List.copyOf(builder.lines);
        this.submittedAt = Objects.requireNonNull(builder.submittedAt, "submittedAt");
        this.status = Objects.requireNonNull(builder.status, "status");
        this.reasons = ApprovalReason.setOf(builder.reasons);
        this.requiredApprovals = builder.requiredApprovals;
        this.decisions = List.copyOf(builder.decisions);
        this.reservedAmount = Objects.requireNonNull(builder.reservedAmount, "reservedAmount");
        this.placedAt = builder.placedAt;
        this.closedAt = builder.closedAt;
        this.remindAt = builder.remindAt;
        this.escalateAt = builder.escalateAt;
        this.expireAt = builder.expireAt;
        this.deadlineStage = Objects.requireNonNull(builder.deadlineStage, "deadlineStage");
        this.version = builder.version;
        this.netTotal = totalOf(lines);
        if (status == OrderStatus.AWAITING_APPROVAL && (remindAt == null || escalateAt == null || expireAt == null)) {
            throw new IllegalArgumentException("a waiting order has deadlines");
        }
    }

    /** A copy of {@code original} at {@code version}; the parts that never change are shared, not copied. */
    private OrderRequest(OrderRequest original, long version) {
        this.id = original.id;
        this.customerNumber = original.customerNumber;
        this.requester = original.requester;
        this.reference = original.reference;
        this.lines = original.lines;
        this.netTotal = original.netTotal;
        this.submittedAt = original.submittedAt;
        this.status = original.status;
        this.reasons = original.reasons;
        this.requiredApprovals = original.requiredApprovals;
        this.decisions = original.decisions;
        this.reservedAmount = original.reservedAmount;
        this.placedAt = original.placedAt;
        this.closedAt = original.closedAt;
        this.remindAt = original.remindAt;
        this.escalateAt = original.escalateAt;
        this.expireAt = original.expireAt;
        this.deadlineStage = original.deadlineStage;
        this.version = version;
    }

    /**
     * What {@code lines} add up to, excluding VAT.
     *
     * @throws IllegalArgumentException when there are no lines or their currencies differ
     */
    public static Money totalOf(List<OrderLine> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has lines");
        }
        Money total = lines.get(0).netTotal();
        for (int index = 1; index < lines.size(); index++) {
            total = total.plus(lines.get(index).netTotal());
        }
        return total;
    }

    /** An order placed at once: no rule asked for approval. */
    public static OrderRequest placeDirectly(OrderRequestId id, CustomerNumber customerNumber, UserId requester,
            String reference, List<OrderLine> lines, Instant now) {
        return builder(id, customerNumber, requester, reference, lines, now)
                .status(OrderStatus.PLACED).placedAt(now).closedAt(now).build();
    }

    /**
     * An order that waits for approval.
     *
     * @param reasons           which rules asked for approval, at least one
     * @param requiredApprovals how many approvers must approve, one after the other
     * @param reservedAmount    what the requester's budget reserved for it (zero when untracked)
     * @param policy            the deadlines to keep
     */
    public static OrderRequest awaitApproval(OrderRequestId id, CustomerNumber customerNumber, UserId requester,
            String reference, List<OrderLine> lines, Set<ApprovalReason> reasons, int requiredApprovals,
            BigDecimal reservedAmount, ApprovalPolicy policy, Instant now) {
        if (reasons.isEmpty() || requiredApprovals < 1) {
            throw new IllegalArgumentException("a waiting order has a reason and needs an approval");
        }
        return builder(id, customerNumber, requester, reference, lines, now)
                .status(OrderStatus.AWAITING_APPROVAL).reasons(reasons).requiredApprovals(requiredApprovals)
                .reservedAmount(reservedAmount)
                .deadlines(now.plus(policy.remindAfter()), now.plus(policy.escalateAfter()),
                        now.plus(policy.expireAfter()))
                .build();
    }

    /** Starts rebuilding a stored order request; for adapters. */
    public static Builder builder(OrderRequestId id, CustomerNumber customerNumber, UserId requester,
            String reference, List<OrderLine> lines, Instant submittedAt) {
        return new Builder(id, customerNumber, requester, reference, lines, submittedAt);
    }

    /**
     * Records an approval. With this approval the order is approved and placed, or it waits for the next tier.
     *
     * @return {@code true} when the order is now approved and placed; {@code false} when another tier must approve
     * @throws DecisionAlreadyTaken     when the order no longer waits
     * @throws OwnOrderCannotBeDecided  when the approver, or whom they stand in for, is the requester
     * @throws SecondApproverRequired   when the same approver (or principal) approved an earlier tier
     */
    public boolean approve(Approver approver, Instant now) {
        requireDecidableBy(approver);
        boolean alreadyApproved = decisions.stream().anyMatch(decision ->
                decision.decidedBy().equals(approver.decider()) || decision.principal().equals(approver.principal())
                        || decision.decidedBy().equals(approver.principal())
                        || decision.principal().equals(approver.decider()));
        if (alreadyApproved) {
            throw new SecondApproverRequired(id);
        }
        decide(new Decision(decisions.size() + 1, approver.decider(), approver.onBehalfOf().orElse(null),
                Verdict.APPROVED, null, now));
        if (decisions.size() < requiredApprovals) {
            return false;
        }
        status = OrderStatus.APPROVED;
        placedAt = now;
        closedAt = now;
        return true;
    }

    /**
     * Rejects the order with a reason.
     *
     * @throws DecisionAlreadyTaken    when the order no longer waits
     * @throws OwnOrderCannotBeDecided when the approver, or whom they stand in for, is the requester
     */
    public void reject(Approver approver, String reason, Instant now) {
        requireDecidableBy(approver);
        decide(new Decision(decisions.size() + 1, approver.decider(), approver.onBehalfOf().orElse(null),
                Verdict.REJECTED, reason, now));
        status = OrderStatus.REJECTED;
        closedAt = now;
    }

    /**
     * The requester takes the order back while it waits.
     *
     * @throws DecisionAlreadyTaken when the order no longer waits
     */
    public void withdraw(Instant now) {
        requireWaiting();
        status = OrderStatus.WITHDRAWN;
        closedAt = now;
    }

    /** Which deadline is due at {@code now}, if any. */
    public DeadlineAction dueAt(Instant now) {
        if (!status.isWaiting()) {
            return DeadlineAction.NONE;
        }
        if (!now.isBefore(expireAt)) {
            return DeadlineAction.EXPIRE;
        }
        if (deadlineStage != DeadlineStage.ESCALATED && !now.isBefore(escalateAt)) {
            return DeadlineAction.ESCALATE;
        }
        if (deadlineStage == DeadlineStage.NOTIFIED && !now.isBefore(remindAt)) {
            return DeadlineAction.REMIND;
        }
        return DeadlineAction.NONE;
    }

    /** Records that the approvers were reminded. */
    public void markReminded() {
        requireWaiting();
        deadlineStage = DeadlineStage.REMINDED;
    }

    /** Records that the other approvers were asked. */
    public void markEscalated() {
        requireWaiting();
        deadlineStage = DeadlineStage.ESCALATED;
    }

    /**
     * Lets the order expire: nobody decided in time.
     *
     * @throws DecisionAlreadyTaken  when the order no longer waits
     * @throws IllegalStateException when it is not yet time
     */
    public void expire(Instant now) {
        requireWaiting();
        if (now.isBefore(expireAt)) {
            throw new IllegalStateException("order " + id + " expires at " + expireAt);
        }
        status = OrderStatus.EXPIRED;
        closedAt = now;
    }

    /** The next moment a deadline falls due, or empty when the order does not wait. */
    public Optional<Instant> nextDeadline() {
        if (!status.isWaiting()) {
            return Optional.empty();
        }
        return Optional.of(switch (deadlineStage) {
            case NOTIFIED -> remindAt;
            case REMINDED -> escalateAt;
            case ESCALATED -> expireAt;
        });
    }

    /** The placed order to hand to the host. */
    public PlacedOrder toPlacedOrder() {
        if (placedAt == null) {
            throw new IllegalStateException("order " + id + " is not placed");
        }
        return new PlacedOrder(id.value(), customerNumber, requester, reference, lines, netTotal(), placedAt,
                status == OrderStatus.APPROVED);
    }

    /** The total excluding VAT: what budgets and thresholds compare. */
    public Money netTotal() {
        return netTotal;
    }

    /** The order's currency. */
    public Currency currency() {
        return lines.get(0).unitNetPrice().currency();
    }

    /** The reason of the rejection, if rejected. */
    public Optional<String> rejectionReason() {
        return decisions.stream().filter(decision -> decision.verdict() == Verdict.REJECTED).findFirst()
                .map(Decision::reason);
    }

    @Override
    public OrderRequestId getId() {
        return id;
    }

    /** The identifier. */
    public OrderRequestId id() {
        return id;
    }

    /** The customer number. */
    public CustomerNumber customerNumber() {
        return customerNumber;
    }

    /** Who submitted it. */
    public UserId requester() {
        return requester;
    }

    /** The customer's own reference; empty when none was given. */
    public String reference() {
        return reference;
    }

    /** What was ordered. */
    public List<OrderLine> lines() {
        return lines;
    }

    /** When it was submitted. */
    public Instant submittedAt() {
        return submittedAt;
    }

    /** Where it stands. */
    public OrderStatus status() {
        return status;
    }

    /** Why it waits (or waited) for approval; empty for an order placed at once. */
    public Set<ApprovalReason> reasons() {
        return reasons;
    }

    /** How many approvers must approve. */
    public int requiredApprovals() {
        return requiredApprovals;
    }

    /** The decisions taken so far, in order. */
    public List<Decision> decisions() {
        return decisions;
    }

    /** What the requester's budget reserved for it while it waits. */
    public BigDecimal reservedAmount() {
        return reservedAmount;
    }

    /** When it was placed, if it was. */
    public Optional<Instant> placedAt() {
        return Optional.ofNullable(placedAt);
    }

    /** When it stopped waiting or was placed, if it did. */
    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /** When the approvers are reminded, for a waiting order. */
    public Optional<Instant> remindAt() {
        return Optional.ofNullable(remindAt);
    }

    /** When the other approvers are asked too, for a waiting order. */
    public Optional<Instant> escalateAt() {
        return Optional.ofNullable(escalateAt);
    }

    /** When a waiting order expires. */
    public Optional<Instant> expireAt() {
        return Optional.ofNullable(expireAt);
    }

    /** How far the deadlines have run. */
    public DeadlineStage deadlineStage() {
        return deadlineStage;
    }

    /** The stored version this instance was loaded at; 0 for a new request. */
    public long version() {
        return version;
    }

    /**
     * A copy at {@code version}, for adapters that store and hand out copies: changing one never changes the other.
     * The parts that never change (lines, reasons, the decisions so far) are shared.
     */
    public OrderRequest copyAtVersion(long version) {
        return new OrderRequest(this, version);
    }

    private void decide(Decision decision) {
        Decision[] extended = decisions.toArray(new Decision[decisions.size() + 1]);
        extended[decisions.size()] = decision;
        decisions = List.of(extended);
    }

    private void requireWaiting() {
        if (!status.isWaiting()) {
            throw new DecisionAlreadyTaken(id);
        }
    }

    private void requireDecidableBy(Approver approver) {
        requireWaiting();
        if (approver.decider().equals(requester) || approver.principal().equals(requester)) {
            throw new OwnOrderCannotBeDecided(id);
        }
    }

    /** Rebuilds an order request from stored parts; for adapters. */
    public static final class Builder {

        private final OrderRequestId id;
        private final CustomerNumber customerNumber;
        private final UserId requester;
        private final String reference;
        private final List<OrderLine> lines;
        private final Instant submittedAt;
        private OrderStatus status = OrderStatus.PLACED;
        private Set<ApprovalReason> reasons = Set.of();
        private int requiredApprovals;
        private List<Decision> decisions = List.of();
        private BigDecimal reservedAmount = Money.NO_AMOUNT;
        private Instant placedAt;
        private Instant closedAt;
        private Instant remindAt;
        private Instant escalateAt;
        private Instant expireAt;
        private DeadlineStage deadlineStage = DeadlineStage.NOTIFIED;
        private long version;

        private Builder(OrderRequestId id, CustomerNumber customerNumber, UserId requester, String reference,
                List<OrderLine> lines, Instant submittedAt) {
            this.id = id;
            this.customerNumber = customerNumber;
            this.requester = requester;
            this.reference = reference;
            this.lines = lines;
            this.submittedAt = submittedAt;
        }

        /** The status. */
        public Builder status(OrderStatus value) {
            this.status = value;
            return this;
        }

        /** Why it waits. */
        public Builder reasons(Set<ApprovalReason> value) {
            this.reasons = value;
            return this;
        }

        /** How many approvals it needs. */
        public Builder requiredApprovals(int value) {
            this.requiredApprovals = value;
            return this;
        }

        /** The decisions so far. */
        public Builder decisions(List<Decision> value) {
            this.decisions = value;
            return this;
        }

        /** The reservation. */
        public Builder reservedAmount(BigDecimal value) {
            this.reservedAmount = value;
            return this;
        }

        /** When it was placed. */
        public Builder placedAt(Instant value) {
            this.placedAt = value;
            return this;
        }

        /** When it stopped waiting. */
        public Builder closedAt(Instant value) {
            this.closedAt = value;
            return this;
        }

        /** The deadlines. */
        public Builder deadlines(Instant remind, Instant escalate, Instant expire) {
            this.remindAt = remind;
            this.escalateAt = escalate;
            this.expireAt = expire;
            return this;
        }

        /** How far the deadlines have run. */
        public Builder deadlineStage(DeadlineStage value) {
            this.deadlineStage = value;
            return this;
        }

        /** The stored version. */
        public Builder version(long value) {
            this.version = value;
            return this;
        }

        /** The order request. */
        public OrderRequest build() {
            return new OrderRequest(this);
        }
    }
}
