package org.accountkit.approval;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a submission assumed when the rules were applied: the versions of the requester, of the customer number's
 * approval rules and of the requester's budget settings, as read. The adapter stores the submission only while all
 * three still hold, atomically with the ledger change; otherwise the submission reads again and decides again.
 * This is what lets AccountKit keep recently read contexts without ever acting on a stale one.
 *
 * @param userVersion     the requester's version as read (a removed user never matches)
 * @param policyVersion   the approval rules' version as read, 0 for rules never configured
 * @param settingsVersion the budget settings' version as read, or {@link #NO_SETTINGS} when there were none
 * @param periodKey       the current budget period's key, for booking spent
 * @param enforceLimit    whether a placement must fit the budget (false for administrators)
 */
@ValueObject
public record SubmissionCheck(long userVersion, long policyVersion, long settingsVersion, String periodKey,
        boolean enforceLimit) {

    /** The requester had no budget settings. */
    public static final long NO_SETTINGS = -1;

    /** Refuses a missing period. */
    public SubmissionCheck {
        Objects.requireNonNull(periodKey, "periodKey");
    }

    /** The check for a submission based on {@code context}. */
    public static SubmissionCheck of(OrderingContext context, String periodKey, boolean enforceLimit) {
        return new SubmissionCheck(context.user().version(), context.policy().version(),
                context.budget().map(budget -> budget.version()).orElse(NO_SETTINGS), periodKey, enforceLimit);
    }
}
