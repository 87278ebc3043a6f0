package org.accountkit.spi;

import java.time.Duration;
import java.util.Objects;

import org.accountkit.approval.ApprovalRecipients;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;

/**
 * A customer number's approval rules as stored.
 *
 * @param customerNumber      the customer number
 * @param orderTotalThreshold orders above it wait for approval, or {@code null} for no threshold
 * @param secondApproverAbove orders above it need a second approver, or {@code null} for never
 * @param remindAfter         when approvers are reminded of a waiting order
 * @param escalateAfter       when a waiting order is escalated to the other approvers
 * @param expireAfter         when a waiting order expires
 * @param recipients          who is told first that an order waits
 * @param version             the stored version it was loaded at; 0 for rules never configured
 */
public record ApprovalPolicySnapshot(CustomerNumber customerNumber, Money orderTotalThreshold,
        Money secondApproverAbove, Duration remindAfter, Duration escalateAfter, Duration expireAfter,
        ApprovalRecipients recipients, long version) {

    /** Refuses missing parts. */
    public ApprovalPolicySnapshot {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(remindAfter, "remindAfter");
        Objects.requireNonNull(escalateAfter, "escalateAfter");
        Objects.requireNonNull(expireAfter, "expireAfter");
        Objects.requireNonNull(recipients, "recipients");
    }
}
