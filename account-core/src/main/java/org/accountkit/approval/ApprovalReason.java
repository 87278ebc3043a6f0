package org.accountkit.approval;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Why an order waits for approval. */
public enum ApprovalReason {
    /** The order is more than what is left of the requester's budget. */
    OVER_BUDGET,
    /** The order is in another currency than the requester's budget, so the budget cannot vouch for it. */
    BUDGET_IN_OTHER_CURRENCY,
    /** The requester is marked "every order needs approval". */
    EVERY_ORDER_NEEDS_APPROVAL,
    /** The order total is above the customer number's threshold. */
    ORDER_TOTAL_THRESHOLD;

    /** Every combination of reasons, as an unmodifiable set, by the bit mask of their ordinals. */
    private static final Set<ApprovalReason>[] COMBINATIONS = combinations();

    /**
     * The same reasons as an unmodifiable set in declaration order. There are few combinations, so they are made
     * once and shared rather than copied for every order.
     */
    public static Set<ApprovalReason> setOf(Set<ApprovalReason> reasons) {
        if (reasons.isEmpty()) {
            return COMBINATIONS[0];
        }
        int mask = 0;
        for (ApprovalReason reason : reasons) {
            mask |= 1 << reason.ordinal();
        }
        return COMBINATIONS[mask];
    }

    @SuppressWarnings("unchecked")
    private static Set<ApprovalReason>[] combinations() {
        ApprovalReason[] all = values();
        Set<ApprovalReason>[] sets = new Set[1 << all.length];
        for (int mask = 0; mask < sets.length; mask++) {
            EnumSet<ApprovalReason> set = EnumSet.noneOf(ApprovalReason.class);
            for (ApprovalReason reason : all) {
                if ((mask & (1 << reason.ordinal())) != 0) {
                    set.add(reason);
                }
            }
            sets[mask] = Collections.unmodifiableSet(set);
        }
        return sets;
    }
}
