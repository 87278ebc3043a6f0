package org.accountkit.approval;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.Money;
import org.accountkit.shared.ValidAmount;

/**
 * A customer number's approval rules.
 *
 * @param orderTotalThreshold orders above this total wait for approval; {@code null} for no threshold
 * @param secondApproverAbove orders above this total need a second approver; {@code null} for never
 * @param remindAfter         when approvers are reminded of a waiting order; from {@link #SHORTEST_DEADLINE} to
 *                            {@link #LONGEST_DEADLINE} in whole seconds, like the other deadlines
 * @param escalateAfter       when it is escalated to the other approvers; after the reminder
 * @param expireAfter         when it expires; after the escalation
 * @param recipients          who is told first that an order waits
 */
public record ConfigureApprovalRulesCommand(
        @ValidAmount(min = "0.01") Money orderTotalThreshold,
        @ValidAmount(min = "0.01") Money secondApproverAbove,
        @NotNull @ValidDeadline Duration remindAfter,
        @NotNull @ValidDeadline Duration escalateAfter,
        @NotNull @ValidDeadline Duration expireAfter,
        @NotNull ApprovalRecipients recipients) {

    /** The shortest deadline: a minute. */
    public static final Duration SHORTEST_DEADLINE = Duration.ofMinutes(1);
    /** The longest deadline: 366 days. */
    public static final Duration LONGEST_DEADLINE = Duration.ofDays(366);

    /** Rules that tell administrators and approvers alike, the default. */
    public ConfigureApprovalRulesCommand(Money orderTotalThreshold, Money secondApproverAbove, Duration remindAfter,
            Duration escalateAfter, Duration expireAfter) {
        this(orderTotalThreshold, secondApproverAbove, remindAfter, escalateAfter, expireAfter,
                ApprovalRecipients.ADMINISTRATORS_AND_APPROVERS);
    }

    /**
     * Whether {@code deadline} lies between {@link #SHORTEST_DEADLINE} and {@link #LONGEST_DEADLINE}, in whole
     * seconds (what every store keeps).
     */
    public static boolean isValidDeadline(Duration deadline) {
        return deadline != null && deadline.getNano() == 0 && deadline.compareTo(SHORTEST_DEADLINE) >= 0
                && deadline.compareTo(LONGEST_DEADLINE) <= 0;
    }
}
