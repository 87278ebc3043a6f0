package org.accountkit.service;

import org.accountkit.AccountException;

/** A service case cannot move from where it stands to where it was asked to: the state machine does not allow it. */
public final class TransitionNotAllowed extends AccountException {

    private static final long serialVersionUID = 1L;

    /**
     * @param caseNumber the case
     * @param from       where it stands
     * @param to         where it was asked to move
     */
    public TransitionNotAllowed(String caseNumber, ServiceCaseStatus from, ServiceCaseStatus to) {
        super("error.transition-not-allowed", caseNumber, from.name(), to.name());
    }
}
