package org.accountkit.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.accountkit.address.AddressId;

/**
 * A customer number's night delivery ("nachtbezorging"): deliveries before 08:00 at one saved address.
 *
 * @param active             whether it is active
 * @param address            the saved delivery address it delivers to, while active
 * @param accessInstructions how the driver gets in (key safe, gate code), while active
 * @param activeSince        since when, while active
 * @param requests           its sticker and crate requests, newest first
 */
public record NightDeliveryStatus(boolean active, Optional<AddressId> address, String accessInstructions,
        Optional<Instant> activeSince, List<ServiceRequest> requests) {

    /** Copies the requests. */
    public NightDeliveryStatus {
        requests = List.copyOf(requests);
    }
}
