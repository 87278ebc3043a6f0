package org.accountkit.audit;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Shows who changed what in a customer number: users, rights, addresses and settings. */
@PrimaryPort
public interface ListAuditTrail {

    /**
     * One page of the audit trail, newest first. Administrators see their own customer number's trail
     * ({@link AuditTrailQuery#own}); customer service names the customer number ({@link AuditTrailQuery#of}).
     *
     * @throws InvalidCommand when the query is incomplete, or customer service names no customer number
     * @throws NotPermitted   when the actor is a user but not an administrator
     * @throws NotFound       when the customer number is another one than the administrator's, or unknown
     */
    Page<AuditRecord> list(Actor actor, AuditTrailQuery query);
}
