package org.accountkit.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.PageRequest;

/**
 * Asks for a page of a customer number's audit trail.
 *
 * @param customerNumber whose trail; an administrator passes their own
 * @param page           which page, newest records first
 */
public record AuditTrailQuery(@NotNull CustomerNumber customerNumber, @NotNull @Valid PageRequest page) {
}
