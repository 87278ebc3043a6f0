package org.accountkit.approval;

import org.accountkit.AccountException;

/** Nobody approves or rejects their own order, also not as someone's substitute. */
public final class OwnOrderCannotBeDecided extends AccountException {

    private static final long serialVersionUID = 1L;

    /** @param request the order request */
    public OwnOrderCannotBeDecided(OrderRequestId request) {
        super("error.own-order", request.toString());
    }
}
