package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Cancels night delivery; its pending sticker and crate requests end with it. */
@PrimaryPort
public interface CancelNightDelivery {

    /**
     * Cancels night delivery and ends its pending sticker and crate requests, each recorded in the audit trail.
     * Needs {@code REGISTER_RETURNS_AND_SERVICE}.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotPermitted           when the actor lacks the right
     * @throws NightDeliveryNotActive when night delivery is not active
     */
    void cancel(Actor actor);
}
