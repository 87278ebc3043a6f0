package org.accountkit.address;

import java.util.List;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Every user of a customer number sees its saved addresses, to choose one when ordering. */
@PrimaryPort
public interface ListAddresses {

    /**
     * The actor's customer number's saved addresses, the primary delivery address first, then in the order added.
     *
     * @throws InvalidCommand when the actor is missing
     * @throws NotPermitted   when the actor is not a known user
     */
    List<SavedAddress> list(Actor actor);
}
