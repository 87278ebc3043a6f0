package org.accountkit.service;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A request for return stickers or a crate pick-up.
 *
 * @param id          its identifier
 * @param kind        stickers or crates
 * @param quantity    how many stickers, or how many crates
 * @param status      where it stands
 * @param requestedAt when it was asked for
 * @param closedAt    when it was fulfilled or ended, or {@code null} while pending
 */
public record ServiceRequest(UUID id, ServiceRequestKind kind, int quantity, ServiceRequestStatus status,
        Instant requestedAt, Instant closedAt) {

    /** Refuses missing parts. */
    public ServiceRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    /** This request closed with {@code closing} at {@code at}. */
    public ServiceRequest closed(ServiceRequestStatus closing, Instant at) {
        return new ServiceRequest(id, kind, quantity, closing, requestedAt, at);
    }
}
