package org.accountkit.audit;

import java.time.Instant;
import java.util.Objects;

import org.accountkit.shared.CustomerNumber;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One change, recorded for the customer number it concerns: who did what, to what, and when.
 *
 * @param customerNumber the customer number the change belongs to
 * @param actor          who made the change, e.g. {@code user 1f0c...} or {@code customer service Anja}
 * @param action         what kind of change
 * @param subject        what was changed, e.g. a user's e-mail address or an address label
 * @param details        the new state in a few words, e.g. the rights granted; never a password
 * @param occurredAt     when, from the injected clock
 */
@ValueObject
public record AuditRecord(CustomerNumber customerNumber, String actor, AuditAction action, String subject,
        String details, Instant occurredAt) {

    /** Refuses missing parts. */
    public AuditRecord {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
