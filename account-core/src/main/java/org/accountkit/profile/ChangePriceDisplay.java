package org.accountkit.profile;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user chooses how prices are shown ("opgeslagen prijsinstellingen"). */
@PrimaryPort
public interface ChangePriceDisplay {

    /**
     * Changes the acting user's price display and records it in the audit trail.
     *
     * @throws InvalidCommand         when a choice is missing
     * @throws NotPermitted           when the actor is not a known user
     * @throws ConcurrentModification when the user changed at the same moment
     */
    void change(Actor actor, ChangePriceDisplayCommand command);
}
