package org.accountkit.spi;

import java.util.Objects;

import org.accountkit.service.ServiceCase;
import org.accountkit.shared.CustomerNumber;

/**
 * A service case as stored.
 *
 * @param customerNumber its customer number
 * @param serviceCase    the case
 * @param version        the stored version it was loaded at; 0 for a new case
 */
public record ServiceCaseSnapshot(CustomerNumber customerNumber, ServiceCase serviceCase, long version) {

    /** Refuses missing parts. */
    public ServiceCaseSnapshot {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(serviceCase, "serviceCase");
    }
}
