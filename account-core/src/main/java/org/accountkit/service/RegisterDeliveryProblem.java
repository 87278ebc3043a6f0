package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user reports a problem with a delivery. */
@PrimaryPort
public interface RegisterDeliveryProblem {

    /**
     * Registers a delivery problem for an order the user sees in the order overview, and answers its case number. Needs
     * {@code REGISTER_RETURNS_AND_SERVICE}.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotPermitted when the actor lacks the right
     * @throws NotFound     when the order (or the shipment of it) is unknown, another customer number's, or not the
     *                      user's to see
     */
    String register(Actor actor, RegisterDeliveryProblemCommand command);
}
