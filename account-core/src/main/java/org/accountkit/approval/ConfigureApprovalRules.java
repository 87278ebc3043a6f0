package org.accountkit.approval;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** An administrator sets the customer number's approval rules. */
@PrimaryPort
public interface ConfigureApprovalRules {

    /**
     * Replaces the rules; orders submitted from now on follow them. Recorded in the audit trail.
     *
     * @throws InvalidCommand         when a field is invalid or the deadlines are not in order
     * @throws NotPermitted           when the actor is not an administrator
     * @throws ConcurrentModification when the rules changed at the same moment
     */
    void configure(Actor actor, ConfigureApprovalRulesCommand command);
}
