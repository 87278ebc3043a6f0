package org.accountkit.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.accountkit.shared.CustomerNumber;

/**
 * An order hand-off or a domain event that could not be delivered.
 *
 * @param id             the entry's id
 * @param customerNumber whose change caused it
 * @param handOff        {@code true} for a placed order's hand-off, {@code false} for a domain event
 * @param type           the event's or placed order's type name, e.g. {@code OrderPlaced}
 * @param payload        what would have been delivered, as the JSON text kept in the outbox
 * @param attempts       how often delivery was tried
 * @param createdAt      when it was written
 * @param lastError      what the last attempt reported
 */
public record ParkedEffect(UUID id, CustomerNumber customerNumber, boolean handOff, String type, String payload,
        int attempts, Instant createdAt, String lastError) {

    /** Refuses missing parts. */
    public ParkedEffect {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastError, "lastError");
    }
}
