package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Customer service handled a sticker or crate request. */
@PrimaryPort
public interface FulfilServiceRequest {

    /**
     * Marks a pending request fulfilled.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid
     * @throws NotPermitted when the actor is not customer service
     * @throws NotFound     when there is no such pending request of that customer number
     */
    void fulfil(Actor actor, FulfilServiceRequestCommand command);
}
