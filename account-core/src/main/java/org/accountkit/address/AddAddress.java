package org.accountkit.address;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user saves a delivery address for the customer number. */
@PrimaryPort
public interface AddAddress {

    /** The most addresses one customer number keeps. */
    int CAPACITY = 500;

    /**
     * Adds the address; it becomes primary when asked, or when it is the first. Returns its identifier. Needs the
     * right to manage addresses; recorded in the audit trail.
     *
     * @throws InvalidCommand         when a field is invalid, naming each
     * @throws NotPermitted           when the actor lacks {@link org.accountkit.user.Right#MANAGE_ADDRESSES}
     * @throws AddressBookFull        when the book holds {@value #CAPACITY} addresses
     * @throws ConcurrentModification when someone changed the address book at the same moment
     */
    AddressId add(Actor actor, AddAddressCommand command);
}
