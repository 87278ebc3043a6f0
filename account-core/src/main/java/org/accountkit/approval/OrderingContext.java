package org.accountkit.approval;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.budget.UserBudget;
import org.accountkit.user.AccountUser;

/**
 * Everything submitting an order needs to know of the requester, read at once: the user, the customer's time zone,
 * the user's budget settings and the customer number's approval rules.
 *
 * @param user     the requester
 * @param timeZone the customer's time zone, whose calendar budget periods follow
 * @param budget   the requester's budget settings, if any were ever set
 * @param policy   the customer number's approval rules (defaults when never configured)
 */
public record OrderingContext(AccountUser user, ZoneId timeZone, Optional<UserBudget> budget,
        ApprovalPolicy policy) {

    /** Refuses missing parts. */
    public OrderingContext {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(policy, "policy");
    }

    /** The key of the requester's budget period at {@code moment}, in the customer's time zone; "none" without one. */
    public String budgetPeriodAt(Instant moment) {
        return budget.flatMap(UserBudget::limit).map(limit -> limit.period().keyOf(moment, timeZone)).orElse("none");
    }
}
