package org.accountkit.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.accountkit.address.AddressId;
import org.accountkit.service.ServiceRequest;
import org.accountkit.shared.CustomerNumber;

/**
 * A customer number's night delivery as stored, with its sticker and crate requests.
 *
 * @param customerNumber     its customer number
 * @param address            the delivery address while active, or {@code null} when not active
 * @param accessInstructions how the driver gets in, empty when not active
 * @param activeSince        since when it is active, or {@code null}
 * @param requests           its requests, oldest first
 * @param version            the stored version it was loaded at; 0 for a new one
 */
public record NightDeliverySnapshot(CustomerNumber customerNumber, AddressId address, String accessInstructions,
        Instant activeSince, List<ServiceRequest> requests, long version) {

    /** Refuses missing parts and copies the requests. */
    public NightDeliverySnapshot {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(accessInstructions, "accessInstructions");
        requests = List.copyOf(requests);
    }

    /** Whether night delivery is active. */
    public boolean active() {
        return address != null;
    }

    /** This one at another version, as a store hands it back. */
    public NightDeliverySnapshot atVersion(long stored) {
        return new NightDeliverySnapshot(customerNumber, address, accessInstructions, activeSince, requests, stored);
    }
}
