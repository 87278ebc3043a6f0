package org.accountkit.outbox;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Customer service's list of notices that could not be delivered. */
@PrimaryPort
public interface ListParkedNotices {

    /**
     * One page of parked notices of every customer number, oldest first, with why their last attempt failed.
     *
     * @throws InvalidCommand when the actor or the page is missing or invalid
     * @throws NotPermitted   when the actor is not customer service
     */
    Page<ParkedNotice> list(Actor actor, PageRequest page);
}
