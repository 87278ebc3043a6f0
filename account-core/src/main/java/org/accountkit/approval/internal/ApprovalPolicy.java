package org.accountkit.approval.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.approval.ApprovalRecipients;
import org.accountkit.approval.ApprovalRulesChanged;
import org.accountkit.approval.ConfigureApprovalRulesCommand;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.spi.ApprovalPolicySnapshot;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A customer number's approval rules: the order total above which every order waits, the amount above which a
 * second approver must approve after the first, the deadlines of a waiting order (reminder, escalation to the
 * other approvers, expiry), and who is told first.
 */
public final class ApprovalPolicy implements AggregateRoot<ApprovalPolicy, CustomerNumber> {

    /** Reminder after one working day, escalation after two, expiry after a week. */
    public static final Duration DEFAULT_REMIND_AFTER = Duration.ofHours(24);
    /** See {@link #DEFAULT_REMIND_AFTER}. */
    public static final Duration DEFAULT_ESCALATE_AFTER = Duration.ofHours(48);
    /** See {@link #DEFAULT_REMIND_AFTER}. */
    public static final Duration DEFAULT_EXPIRE_AFTER = Duration.ofDays(7);

    private ApprovalPolicySnapshot state;

    private ApprovalPolicy(ApprovalPolicySnapshot state) {
        this.state = state;
    }

    /** The rules of a customer number that never configured any: no threshold, one approver, default deadlines. */
    public static ApprovalPolicy defaults(CustomerNumber customerNumber) {
        return new ApprovalPolicy(new ApprovalPolicySnapshot(customerNumber, null, null, DEFAULT_REMIND_AFTER,
                DEFAULT_ESCALATE_AFTER, DEFAULT_EXPIRE_AFTER, ApprovalRecipients.ADMINISTRATORS_AND_APPROVERS, 0));
    }

    /** The rules as stored, or the defaults of {@code customerNumber} when {@code stored} is {@code null}. */
    public static ApprovalPolicy restore(ApprovalPolicySnapshot stored, CustomerNumber customerNumber) {
        return stored == null ? defaults(customerNumber) : new ApprovalPolicy(stored);
    }

    /** Whether the deadlines may be kept: each valid ({@link ConfigureApprovalRulesCommand#isValidDeadline}), in order. */
    public static boolean deadlinesInOrder(Duration remind, Duration escalate, Duration expire) {
        return ConfigureApprovalRulesCommand.isValidDeadline(remind)
                && ConfigureApprovalRulesCommand.isValidDeadline(escalate)
                && ConfigureApprovalRulesCommand.isValidDeadline(expire)
                && escalate.compareTo(remind) > 0 && expire.compareTo(escalate) > 0;
    }

    /**
     * Changes the rules.
     *
     * @param threshold   orders above it wait for approval; {@code null} for none
     * @param secondAbove orders above it need a second approver; {@code null} for never
     * @param remind      when to remind the approvers
     * @param escalate    when to escalate to the other approvers, after the reminder
     * @param expire      when the order expires, after the escalation
     * @param recipients  who is told first
     * @return what happened
     * @throws IllegalArgumentException when the deadlines are not valid and in order
     */
    public ApprovalRulesChanged change(Money threshold, Money secondAbove, Duration remind, Duration escalate,
            Duration expire, ApprovalRecipients recipients, Instant now) {
        if (!deadlinesInOrder(remind, escalate, expire)) {
            throw new IllegalArgumentException("deadlines are from a minute to 366 days: reminder, escalation, expiry");
        }
        state = new ApprovalPolicySnapshot(state.customerNumber(), threshold, secondAbove, remind, escalate, expire,
                Objects.requireNonNull(recipients, "recipients"), state.version());
        return new ApprovalRulesChanged(state.customerNumber(), now);
    }

    /** How many approvers must approve an order of {@code total}, one after the other: 1 or 2. */
    public int approvalsNeededFor(Money total) {
        Money secondAbove = state.secondApproverAbove();
        return secondAbove != null && secondAbove.inSameCurrencyAs(total) && total.isMoreThan(secondAbove) ? 2 : 1;
    }

    /** Whether {@code total} is above the threshold (an order in another currency always is). */
    public boolean isAboveThreshold(Money total) {
        Money threshold = state.orderTotalThreshold();
        return threshold != null && (!threshold.inSameCurrencyAs(total) || total.isMoreThan(threshold));
    }

    /** The state to store. */
    public ApprovalPolicySnapshot snapshot() {
        return state;
    }

    @Override
    public CustomerNumber getId() {
        return state.customerNumber();
    }

    /** The customer number. */
    public CustomerNumber customerNumber() {
        return state.customerNumber();
    }

    /** Orders above this total wait for approval. */
    public Optional<Money> orderTotalThreshold() {
        return Optional.ofNullable(state.orderTotalThreshold());
    }

    /** Orders above this total need a second approver. */
    public Optional<Money> secondApproverAbove() {
        return Optional.ofNullable(state.secondApproverAbove());
    }

    /** When approvers are reminded of a waiting order. */
    public Duration remindAfter() {
        return state.remindAfter();
    }

    /** When a waiting order is escalated to the other approvers. */
    public Duration escalateAfter() {
        return state.escalateAfter();
    }

    /** When a waiting order expires. */
    public Duration expireAfter() {
        return state.expireAfter();
    }

    /** Who is told first that an order waits. */
    public ApprovalRecipients recipients() {
        return state.recipients();
    }

    /** The stored version; 0 for rules never stored. */
    public long version() {
        return state.version();
    }
}
