package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The service page's list of cases. */
@PrimaryPort
public interface ListServiceCases {

    /**
     * One page of cases, newest first: every case of the customer number for administrators, one's own for other
     * users; needs {@code REGISTER_RETURNS_AND_SERVICE}, which administrators hold.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotPermitted when the actor is not a user, or lacks the right
     */
    Page<ServiceCase> list(Actor actor, ServiceCaseQuery query);
}
