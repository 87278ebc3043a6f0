package org.accountkit.service.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accountkit.address.AddressId;
import org.accountkit.service.NightDeliveryActive;
import org.accountkit.service.NightDeliveryNotActive;
import org.accountkit.service.ServiceRequest;
import org.accountkit.service.ServiceRequestKind;
import org.accountkit.service.ServiceRequestStatus;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.spi.NightDeliverySnapshot;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

/**
 * A customer number's night delivery and the requests that exist only with it: stickers and crates may be asked
 * for only while it is active, and cancelling it ends the pending ones.
 */
public final class NightDelivery implements AggregateRoot<NightDelivery, NightDelivery.Key> {

    private NightDeliverySnapshot state;

    private NightDelivery(NightDeliverySnapshot state) {
        this.state = state;
    }

    /** A night delivery's identity: its customer number, which has one. */
    public record Key(CustomerNumber customerNumber) implements Identifier {
    }

    /** A customer number that never had night delivery, before anything is stored. */
    public static NightDelivery none(CustomerNumber customerNumber) {
        return new NightDelivery(new NightDeliverySnapshot(customerNumber, null, "", null, List.of(), 0));
    }

    /** As stored. */
    public static NightDelivery restore(NightDeliverySnapshot stored) {
        return new NightDelivery(stored);
    }

    /**
     * Starts night delivery.
     *
     * @throws NightDeliveryActive when it is active already
     */
    public void start(AddressId address, String accessInstructions, Instant now) {
        if (state.active()) {
            throw new NightDeliveryActive();
        }
        state = new NightDeliverySnapshot(state.customerNumber(), address, accessInstructions, now, state.requests(),
                state.version());
    }

    /**
     * Changes its address or access instructions.
     *
     * @throws NightDeliveryNotActive when it is not active
     */
    public void change(AddressId address, String accessInstructions) {
        requireActive();
        state = new NightDeliverySnapshot(state.customerNumber(), address, accessInstructions, state.activeSince(),
                state.requests(), state.version());
    }

    /**
     * Cancels it, ending every pending request.
     *
     * @return the requests it ended
     * @throws NightDeliveryNotActive when it is not active
     */
    public List<ServiceRequest> cancel(Instant now) {
        requireActive();
        List<ServiceRequest> ended = new ArrayList<>();
        List<ServiceRequest> requests = new ArrayList<>();
        for (ServiceRequest request : state.requests()) {
            if (request.status() == ServiceRequestStatus.PENDING) {
                request = request.closed(ServiceRequestStatus.ENDED, now);
                ended.add(request);
            }
            requests.add(request);
        }
        state = new NightDeliverySnapshot(state.customerNumber(), null, "", null, requests, state.version());
        return ended;
    }

    /**
     * Asks for stickers or registers crates.
     *
     * @throws NightDeliveryNotActive when it is not active
     */
    public ServiceRequest request(UUID id, ServiceRequestKind kind, int quantity, Instant now) {
        requireActive();
        ServiceRequest request = new ServiceRequest(id, kind, quantity, ServiceRequestStatus.PENDING, now, null);
        List<ServiceRequest> requests = new ArrayList<>(state.requests());
        requests.add(request);
        state = new NightDeliverySnapshot(state.customerNumber(), state.address(), state.accessInstructions(),
                state.activeSince(), requests, state.version());
        return request;
    }

    /** Marks a pending request fulfilled: the request, or empty when there is no such pending request. */
    public Optional<ServiceRequest> fulfil(UUID id, Instant now) {
        List<ServiceRequest> requests = new ArrayList<>(state.requests());
        for (int index = 0; index < requests.size(); index++) {
            ServiceRequest request = requests.get(index);
            if (request.id().equals(id) && request.status() == ServiceRequestStatus.PENDING) {
                ServiceRequest fulfilled = request.closed(ServiceRequestStatus.FULFILLED, now);
                requests.set(index, fulfilled);
                state = new NightDeliverySnapshot(state.customerNumber(), state.address(),
                        state.accessInstructions(), state.activeSince(), requests, state.version());
                return Optional.of(fulfilled);
            }
        }
        return Optional.empty();
    }

    /** Whether it is active. */
    public boolean active() {
        return state.active();
    }

    private void requireActive() {
        if (!state.active()) {
            throw new NightDeliveryNotActive();
        }
    }

    @Override
    public Key getId() {
        return new Key(state.customerNumber());
    }

    /** The state to store. */
    public NightDeliverySnapshot snapshot() {
        return state;
    }
}
