package org.accountkit.approval;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a submission assumed about the requester's budget when the rules were applied. The adapter stores the
 * submission only while it still holds, atomically with the ledger change.
 *
 * @param settingsVersion the version of the budget settings read, or {@link #NO_SETTINGS} when there were none
 * @param periodKey       the current period's key, for booking spent
 * @param enforceLimit    whether a placement must fit the budget (false for administrators)
 */
@ValueObject
public record BudgetExpectation(long settingsVersion, String periodKey, boolean enforceLimit) {

    /** The requester had no budget settings. */
    public static final long NO_SETTINGS = -1;

    /** Refuses a missing period. */
    public BudgetExpectation {
        Objects.requireNonNull(periodKey, "periodKey");
    }
}
