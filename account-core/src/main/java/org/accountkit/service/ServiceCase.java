package org.accountkit.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.shared.UserId;

/**
 * A service case as the customer and customer service see it.
 *
 * @param caseNumber   its number, e.g. {@code RP-2026-000123}: unique within the customer number, never reused
 * @param kind         what it is about
 * @param status       where it stands
 * @param requester    who registered it
 * @param subject      what it concerns: the article (and serial number), or the order (and shipment)
 * @param description  the customer's description
 * @param registeredAt when it was registered
 * @param resolution   how it was resolved, once resolved
 * @param note         customer service's note or reason with the last step, may be empty
 * @param changedAt    when it last moved
 * @param returned     for a return: the order, reason, lines and quantities; empty for the other kinds
 */
public record ServiceCase(String caseNumber, ServiceCaseKind kind, ServiceCaseStatus status, UserId requester,
        String subject, String description, Instant registeredAt, Optional<Resolution> resolution, String note,
        Instant changedAt, Optional<ReturnedGoods> returned) {

    /** Refuses missing parts. */
    public ServiceCase {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(returned, "returned");
        if (returned.isPresent() != (kind == ServiceCaseKind.RETURN)) {
            throw new IllegalArgumentException("a return, and only a return, names returned goods: " + caseNumber);
        }
    }

    /**
     * Whether this case is a return whose goods count as returned: registered, received, or resolved otherwise
     * than rejected. Withdrawn, refused and rejected returns give their quantities back.
     */
    public boolean countsAsReturned() {
        return returned.isPresent() && switch (status) {
            case REGISTERED, RECEIVED -> true;
            case RESOLVED -> resolution.filter(done -> done == Resolution.REJECTED).isEmpty();
            case REFUSED, WITHDRAWN -> false;
        };
    }

    /** This case moved on to {@code to} at {@code at}, with a resolution and note. */
    public ServiceCase movedTo(ServiceCaseStatus to, Optional<Resolution> resolvedAs, String withNote, Instant at) {
        return new ServiceCase(caseNumber, kind, to, requester, subject, description, registeredAt, resolvedAs,
                withNote, at, returned);
    }
}
