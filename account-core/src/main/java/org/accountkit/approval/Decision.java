package org.accountkit.approval;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.shared.UserId;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One approver's decision on an order request: "approved by X on behalf of Y at T".
 *
 * @param tier       which approval this is, 1 for the first approver
 * @param decidedBy  who decided
 * @param onBehalfOf the absent approver they stood in for, or {@code null} when they decided in their own name
 * @param verdict    approved or rejected
 * @param reason     the reason of a rejection, or {@code null}
 * @param at         when
 */
@ValueObject
public record Decision(int tier, UserId decidedBy, UserId onBehalfOf, Verdict verdict, String reason, Instant at) {

    /** Refuses missing parts, and a rejection without a reason. */
    public Decision {
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(at, "at");
        if (verdict == Verdict.REJECTED && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a rejection has a reason");
        }
    }

    /** The absent approver the decider stood in for, if any. */
    public Optional<UserId> substituteFor() {
        return Optional.ofNullable(onBehalfOf);
    }

    /** In whose name the decision was taken. */
    public UserId principal() {
        return onBehalfOf != null ? onBehalfOf : decidedBy;
    }

    /** The decision as a person reads it, e.g. "approved by X on behalf of Y". */
    public String describe() {
        return (verdict == Verdict.APPROVED ? "approved" : "rejected") + " by " + decidedBy
                + (onBehalfOf != null ? " on behalf of " + onBehalfOf : "")
                + (reason != null ? ": " + reason : "");
    }
}
