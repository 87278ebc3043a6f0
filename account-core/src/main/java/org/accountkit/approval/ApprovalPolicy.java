package org.accountkit.approval;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.Money;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A customer number's approval rules: the order total above which every order waits, the amount above which a
 * second approver must approve after the first, and the deadlines of a waiting order (reminder, escalation to the
 * other approvers, expiry).
 */
public final class ApprovalPolicy implements AggregateRoot<ApprovalPolicy, CustomerNumber> {

    /** Reminder after one working day, escalation after two, expiry after a week. */
    public static final Duration DEFAULT_REMIND_AFTER = Duration.ofHours(24);
    /** See {@link #DEFAULT_REMIND_AFTER}. */
    public static final Duration DEFAULT_ESCALATE_AFTER = Duration.ofHours(48);
    /** See {@link #DEFAULT_REMIND_AFTER}. */
    public static final Duration DEFAULT_EXPIRE_AFTER = Duration.ofDays(7);

    private final CustomerNumber customerNumber;
    private Money orderTotalThreshold;
    private Money secondApproverAbove;
    private Duration remindAfter;
    private Duration escalateAfter;
    private Duration expireAfter;
    private final long version;

    private ApprovalPolicy(CustomerNumber customerNumber, Money orderTotalThreshold, Money secondApproverAbove,
            Duration remindAfter, Duration escalateAfter, Duration expireAfter, long version) {
        this.customerNumber = Objects.requireNonNull(customerNumber, "customerNumber");
        this.version = version;
        change(orderTotalThreshold, secondApproverAbove, remindAfter, escalateAfter, expireAfter);
    }

    /** The rules of a customer number that never configured any: no threshold, one approver, default deadlines. */
    public static ApprovalPolicy defaults(CustomerNumber customerNumber) {
        return new ApprovalPolicy(customerNumber, null, null, DEFAULT_REMIND_AFTER, DEFAULT_ESCALATE_AFTER,
                DEFAULT_EXPIRE_AFTER, 0);
    }

    /** Rebuilds stored rules; for adapters. */
    public static ApprovalPolicy reconstitute(CustomerNumber customerNumber, Money orderTotalThreshold,
            Money secondApproverAbove, Duration remindAfter, Duration escalateAfter, Duration expireAfter,
            long version) {
        return new ApprovalPolicy(customerNumber, orderTotalThreshold, secondApproverAbove, remindAfter,
                escalateAfter, expireAfter, version);
    }

    /**
     * Changes the rules.
     *
     * @param threshold     orders above it wait for approval; {@code null} for none
     * @param secondAbove   orders above it need a second approver; {@code null} for never
     * @param remind        when to remind the approvers
     * @param escalate      when to escalate to the other approvers, after the reminder
     * @param expire        when the order expires, after the escalation
     * @throws IllegalArgumentException when the deadlines are not positive and in order
     */
    public void change(Money threshold, Money secondAbove, Duration remind, Duration escalate, Duration expire) {
        Objects.requireNonNull(remind, "remind");
        Objects.requireNonNull(escalate, "escalate");
        Objects.requireNonNull(expire, "expire");
        if (remind.isNegative() || remind.isZero() || escalate.compareTo(remind) <= 0
                || expire.compareTo(escalate) <= 0) {
            throw new IllegalArgumentException("deadlines are positive: reminder before escalation before expiry");
        }
        this.orderTotalThreshold = threshold;
        this.secondApproverAbove = secondAbove;
        this.remindAfter = remind;
        this.escalateAfter = escalate;
        this.expireAfter = expire;
    }

    /** How many approvers must approve an order of {@code total}, one after the other: 1 or 2. */
    public int approvalsNeededFor(Money total) {
        return secondApproverAbove != null && secondApproverAbove.inSameCurrencyAs(total)
                && total.isMoreThan(secondApproverAbove) ? 2 : 1;
    }

    /** Whether {@code total} is above the threshold (an order in another currency always is). */
    public boolean isAboveThreshold(Money total) {
        return orderTotalThreshold != null
                && (!orderTotalThreshold.inSameCurrencyAs(total) || total.isMoreThan(orderTotalThreshold));
    }

    @Override
    public CustomerNumber getId() {
        return customerNumber;
    }

    /** The customer number. */
    public CustomerNumber customerNumber() {
        return customerNumber;
    }

    /** Orders above this total wait for approval. */
    public Optional<Money> orderTotalThreshold() {
        return Optional.ofNullable(orderTotalThreshold);
    }

    /** Orders above this total need a second approver. */
    public Optional<Money> secondApproverAbove() {
        return Optional.ofNullable(secondApproverAbove);
    }

    /** When approvers are reminded of a waiting order. */
    public Duration remindAfter() {
        return remindAfter;
    }

    /** When a waiting order is escalated to the other approvers. */
    public Duration escalateAfter() {
        return escalateAfter;
    }

    /** When a waiting order expires. */
    public Duration expireAfter() {
        return expireAfter;
    }

    /** The stored version; 0 for rules never stored. */
    public long version() {
        return version;
    }
}
