package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user claims warranty for a delivered article. */
@PrimaryPort
public interface RegisterWarrantyClaim {

    /**
     * Registers a warranty claim for a delivered line of an order the user sees, within the article's warranty
     * period counted from its last delivery (from the host's {@code ArticleCatalog}), and answers its case number.
     * Needs {@code REGISTER_RETURNS_AND_SERVICE}.
     *
     * @throws InvalidCommand  when the actor or the command is missing or invalid
     * @throws NotPermitted    when the actor lacks the right
     * @throws NotFound        when the order or its line is unknown, not the user's to see, or not delivered
     * @throws OutsideWarranty when the warranty ended (or the article has none): a repair request is the way then
     */
    String register(Actor actor, RegisterWarrantyClaimCommand command);
}
