package org.accountkit.approval;

import org.accountkit.AccountException;

/**
 * The order needs one more approval, from another approver than the one(s) who already approved it (separation of
 * duties); the same person, or their substitute in their name, cannot approve twice.
 */
public final class SecondApproverRequired extends AccountException {

    private static final long serialVersionUID = 1L;

    /** @param request the order request */
    public SecondApproverRequired(OrderRequestId request) {
        super("error.second-approver-required", request.toString());
    }
}
