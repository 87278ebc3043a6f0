package org.accountkit.spi;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Everything submitting an order needs to know of the requester, read at once: the user, the customer's time zone,
 * the user's budget settings and the customer number's approval rules.
 *
 * @param user     the requester
 * @param timeZone the customer's time zone, whose calendar budget periods follow
 * @param budget   the requester's budget settings, or {@code null} when none were ever set
 * @param policy   the customer number's approval rules, or {@code null} when never configured
 */
public record OrderingContext(AccountUserSnapshot user, ZoneId timeZone, BudgetSnapshot budget,
        ApprovalPolicySnapshot policy) {

    /** Refuses missing parts, and parts of another user or customer number. */
    public OrderingContext {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(timeZone, "timeZone");
        if (budget != null && !budget.user().equals(user.id())
                || policy != null && !policy.customerNumber().equals(user.customerNumber())) {
            throw new IllegalArgumentException("an ordering context is one user's");
        }
    }
}
