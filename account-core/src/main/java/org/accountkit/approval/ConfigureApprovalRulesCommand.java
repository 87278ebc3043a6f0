package org.accountkit.approval;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * A customer number's approval rules.
 *
 * @param orderTotalThreshold orders above this total wait for approval; {@code null} for no threshold
 * @param secondApproverAbove orders above this total need a second approver; {@code null} for never
 * @param currency            the currency of both amounts
 * @param remindAfter         when approvers are reminded of a waiting order
 * @param escalateAfter       when it is escalated to the other approvers; after the reminder
 * @param expireAfter         when it expires; after the escalation
 */
public record ConfigureApprovalRulesCommand(
        @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal orderTotalThreshold,
        @DecimalMin("0.01") @Digits(integer = 13, fraction = 2) BigDecimal secondApproverAbove,
        @NotNull Currency currency,
        @NotNull Duration remindAfter,
        @NotNull Duration escalateAfter,
        @NotNull Duration expireAfter) {
}
