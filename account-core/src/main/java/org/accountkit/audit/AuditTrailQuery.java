package org.accountkit.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.PageRequest;

/**
 * Asks for a page of a customer number's audit trail.
 *
 * @param customerNumber whose trail: required for customer service; an administrator leaves it out ({@code null})
 *                       for their own, or names their own
 * @param page           which page, newest records first
 */
public record AuditTrailQuery(CustomerNumber customerNumber, @NotNull @Valid PageRequest page) {

    /** An administrator's own audit trail. */
    public static AuditTrailQuery own(PageRequest page) {
        return new AuditTrailQuery(null, page);
    }

    /** The audit trail of {@code customerNumber}, as customer service asks for it. */
    public static AuditTrailQuery of(CustomerNumber customerNumber, PageRequest page) {
        return new AuditTrailQuery(customerNumber, page);
    }
}
