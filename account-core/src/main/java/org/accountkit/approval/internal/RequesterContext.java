package org.accountkit.approval.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.internal.UserBudget;
import org.accountkit.spi.OrderingContext;
import org.accountkit.spi.SubmissionGuard;
import org.accountkit.shared.Money;
import org.accountkit.user.internal.AccountUser;

/**
 * A requester's ordering context with its aggregates restored: the user, the customer's time zone, the user's budget
 * and the customer number's approval rules.
 *
 * @param user   the requester
 * @param zone   the customer's time zone
 * @param budget the requester's budget settings, if any were ever set
 * @param policy the customer number's approval rules
 */
record RequesterContext(AccountUser user, ZoneId zone, Optional<UserBudget> budget, ApprovalPolicy policy) {

    RequesterContext {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(policy, "policy");
    }

    /** The context as the storage read it. */
    static RequesterContext of(OrderingContext stored) {
        AccountUser user = AccountUser.restore(stored.user());
        return new RequesterContext(user, stored.timeZone(), Optional.ofNullable(stored.budget())
                .map(UserBudget::restore), ApprovalPolicy.restore(stored.policy(), user.customerNumber()));
    }

    /** The budget's calendar period at {@code moment}, or {@code null} without one. */
    CalendarPeriod periodAt(Instant moment) {
        if (budget.isEmpty()) {
            return null;
        }
        return budget.get().periodAt(moment, zone).orElse(null);
    }

    /**
     * What a submission decided on this context assumes.
     *
     * @param mostCommitted the most the ledger may hold, or {@code null} when the budget does not limit the order
     * @param book          whether placing the order books it on the ledger
     */
    SubmissionGuard guard(CalendarPeriod period, Money mostCommitted, boolean book) {
        if (budget.isEmpty()) {
            return new SubmissionGuard(user.version(), policy.version(), SubmissionGuard.NO_BUDGET, null, null, false);
        }
        return new SubmissionGuard(user.version(), policy.version(), budget.get().version(), period, mostCommitted,
                book);
    }
}
