package org.accountkit.approval;

import java.util.Objects;
import java.util.Optional;

import org.accountkit.shared.UserId;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Who may decide on an order: an approver in their own name, or a substitute on behalf of an absent approver.
 *
 * @param decider   who decides
 * @param principal in whose name: the decider, or the absent approver they stand in for
 */
@ValueObject
public record Approver(UserId decider, UserId principal) {

    /** Refuses missing parts. */
    public Approver {
        Objects.requireNonNull(decider, "decider");
        Objects.requireNonNull(principal, "principal");
    }

    /** An approver deciding in their own name. */
    public static Approver own(UserId approver) {
        return new Approver(approver, approver);
    }

    /** The absent approver this decider stands in for, if any. */
    public Optional<UserId> onBehalfOf() {
        return decider.equals(principal) ? Optional.empty() : Optional.of(principal);
    }
}
