package org.accountkit.service;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.approval.IdempotencyKeyReused;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user returns delivered goods ("retour aanmelden"). */
@PrimaryPort
public interface RegisterReturn {

    /**
     * Registers a return of delivered lines of an order the user sees, and answers its return number (such as
     * {@code RT-2026-000123}). Needs {@code REGISTER_RETURNS_AND_SERVICE}.
     * <p>
     * Per line, at most what was delivered less what earlier returns send back: returns that are registered,
     * received, or resolved otherwise than {@link Resolution#REJECTED} count; withdrawn, refused and rejected ones
     * do not. Two returns of one line registered at the same moment never together exceed it. A line may be
     * returned within the return period (30 days unless the host sets {@code AccountKit.builder().returnPeriod})
     * counted from its latest delivery, in the customer number's time zone. Under an idempotency key, a second call
     * with the key answers the first call's return number, also at the same moment on another server.
     *
     * @throws InvalidCommand        when the actor or the command is missing or invalid, including a line named twice
     *                               and reason {@code OTHER} without a remark
     * @throws NotPermitted          when the actor lacks the right
     * @throws NotFound              when the order or one of its lines is unknown or not the user's to see
     * @throws ReturnExceedsDelivered when a line was not delivered, or not that many are left to return
     * @throws OutsideReturnPeriod   when a line's return period has passed
     * @throws IdempotencyKeyReused   when the key was used for something else
     */
    String register(Actor actor, RegisterReturnCommand command);
}
