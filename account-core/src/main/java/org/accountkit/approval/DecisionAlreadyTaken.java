package org.accountkit.approval;

import org.accountkit.AccountException;

/**
 * The order request is no longer waiting for this decision: another approver decided first, the requester
 * withdrew it, or it expired. Nothing was changed.
 */
public final class DecisionAlreadyTaken extends AccountException {

    private static final long serialVersionUID = 1L;

    /** @param request the order request */
    public DecisionAlreadyTaken(OrderRequestId request) {
        super("error.decision-already-taken", request.toString());
    }
}
