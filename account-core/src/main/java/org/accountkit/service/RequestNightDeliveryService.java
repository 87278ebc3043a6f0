package org.accountkit.service;

import java.util.UUID;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Asks for return stickers or registers crates for pick-up: only while night delivery is active. */
@PrimaryPort
public interface RequestNightDeliveryService {

    /**
     * Records the request and answers its identifier. Needs {@code REGISTER_RETURNS_AND_SERVICE}.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotPermitted           when the actor lacks the right
     * @throws NightDeliveryNotActive when night delivery is not active
     */
    java.util.UUID request(Actor actor, ServiceRequestCommand command);
}
