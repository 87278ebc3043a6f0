package org.accountkit.address;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user chooses the primary delivery address ("primair afleveradres"). */
@PrimaryPort
public interface SetPrimaryAddress {

    /**
     * Makes the address primary; the previous primary stops being primary. Needs the right to manage addresses; recorded in the audit trail.
     *
     * @throws InvalidCommand         when a field is invalid, naming each
     * @throws NotPermitted           when the actor lacks {@link org.accountkit.user.Right#MANAGE_ADDRESSES}
     * @throws NotFound               when the address is not in the actor's customer number's book
     * @throws ConcurrentModification when someone changed the address book at the same moment
     */
    void makePrimary(Actor actor, SetPrimaryAddressCommand command);
}
