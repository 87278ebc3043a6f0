package org.accountkit.orders;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The shipping information ("verzendinformatie"): shipments with track and trace links. */
@PrimaryPort
public interface ListShipments {

    /**
     * One page of shipments, newest first, of the orders the actor sees in the order overview.
     *
     * @throws InvalidCommand when the page is invalid
     * @throws NotPermitted   when the actor is not a user
     */
    Page<Shipment> list(Actor actor, PageRequest page);
}
