package org.accountkit.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.address.AddressId;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.outbox.internal.EffectQueue;
import org.accountkit.service.AvailableServices;
import org.accountkit.service.CancelNightDelivery;
import org.accountkit.service.ChangeNightDelivery;
import org.accountkit.service.FulfilServiceRequest;
import org.accountkit.service.FulfilServiceRequestCommand;
import org.accountkit.service.NightDeliveryCancelled;
import org.accountkit.service.NightDeliveryCommand;
import org.accountkit.service.NightDeliveryStarted;
import org.accountkit.service.NightDeliveryStatus;
import org.accountkit.service.RequestNightDeliveryService;
import org.accountkit.service.ServiceRequest;
import org.accountkit.service.ServiceRequestCommand;
import org.accountkit.service.ServiceRequestFulfilled;
import org.accountkit.service.ServiceRequested;
import org.accountkit.service.StartNightDelivery;
import org.accountkit.service.ViewAvailableServices;
import org.accountkit.service.ViewNightDelivery;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.NightDeliverySnapshot;
import org.accountkit.user.Right;
import org.accountkit.user.internal.AccessPolicy;
import org.accountkit.user.internal.AccountUser;
import org.jmolecules.event.types.DomainEvent;

/** Night delivery and its sticker and crate requests: the use cases of the service page so far. */
public final class NightDeliveryDesk implements StartNightDelivery, ChangeNightDelivery, CancelNightDelivery,
        RequestNightDeliveryService, ViewNightDelivery, ViewAvailableServices, FulfilServiceRequest {

    private final AccountStorage storage;
    private final CommandValidation validation;
    private final AccessPolicy access;
    private final EffectQueue events;
    private final Clock clock;
    private final Supplier<UUID> ids;

    /** Wires the use cases to their ports. */
    public NightDeliveryDesk(AccountStorage storage, CommandValidation validation, EffectQueue events, Clock clock,
            Supplier<UUID> ids) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.access = new AccessPolicy(storage.users());
    }

    @Override
    public void start(Actor actor, NightDeliveryCommand command) {
        set(actor, command, false);
    }

    @Override
    public void change(Actor actor, NightDeliveryCommand command) {
        set(actor, command, true);
    }

    private void set(Actor actor, NightDeliveryCommand command, boolean changing) {
        validation.validate(actor, command);
        AccountUser user = access.requireRight(actor, Right.REGISTER_RETURNS_AND_SERVICE);
        String address = savedAddress(user.customerNumber(), command.address());
        Instant now = clock.instant();
        change(user, nightDelivery -> {
            if (changing) {
                nightDelivery.change(command.address(), command.accessInstructions());
            } else {
                nightDelivery.start(command.address(), command.accessInstructions(), now);
            }
            return List.of(new Change(AuditAction.NIGHT_DELIVERY_SET, "night delivery", address,
                    new NightDeliveryStarted(user.customerNumber(), command.address(), changing, now)));
        });
    }

    @Override
    public void cancel(Actor actor) {
        validation.validateActor(actor);
        AccountUser user = access.requireRight(actor, Right.REGISTER_RETURNS_AND_SERVICE);
        Instant now = clock.instant();
        change(user, nightDelivery -> {
            List<ServiceRequest> ended = nightDelivery.cancel(now);
            List<Change> changes = new ArrayList<>();
            changes.add(new Change(AuditAction.NIGHT_DELIVERY_CANCELLED, "night delivery",
                    ended.size() + " pending requests ended",
                    new NightDeliveryCancelled(user.customerNumber(), ended.size(), now)));
            for (ServiceRequest request : ended) {
                changes.add(new Change(AuditAction.SERVICE_REQUEST_ENDED, request.kind().name(),
                        describe(request), null));
            }
            return changes;
        });
    }

    @Override
    public UUID request(Actor actor, ServiceRequestCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.requireRight(actor, Right.REGISTER_RETURNS_AND_SERVICE);
        Instant now = clock.instant();
        UUID id = ids.get();
        change(user, nightDelivery -> {
            ServiceRequest request = nightDelivery.request(id, command.kind(), command.quantity(), now);
            return List.of(new Change(AuditAction.SERVICE_REQUESTED, request.kind().name(), describe(request),
                    new ServiceRequested(user.customerNumber(), request, now)));
        });
        return id;
    }

    @Override
    public NightDeliveryStatus view(Actor actor) {
        validation.validateActor(actor);
        AccountUser user = access.actingUser(actor);
        NightDeliverySnapshot stored = stored(user.customerNumber());
        List<ServiceRequest> newestFirst = new ArrayList<>(stored.requests());
        Collections.reverse(newestFirst);
        return new NightDeliveryStatus(stored.active(), Optional.ofNullable(stored.address()),
                stored.accessInstructions(), Optional.ofNullable(stored.activeSince()), newestFirst);
    }

    @Override
    public AvailableServices available(Actor actor) {
        validation.validateActor(actor);
        AccountUser user = access.actingUser(actor);
        boolean allowed = user.holds(Right.REGISTER_RETURNS_AND_SERVICE);
        boolean nightDelivery = stored(user.customerNumber()).active();
        return new AvailableServices(allowed, nightDelivery, allowed && nightDelivery, allowed && nightDelivery);
    }

    @Override
    public void fulfil(Actor actor, FulfilServiceRequestCommand command) {
        validation.validate(actor, command);
        if (!(actor instanceof Actor.CustomerServiceActor service)) {
            throw new NotPermitted("CUSTOMER_SERVICE");
        }
        CustomerNumber owner = new CustomerNumber(command.customerNumber());
        Instant now = clock.instant();
        storage.transactions().run(() -> {
            NightDelivery nightDelivery = storage.nightDeliveries().find(owner).map(NightDelivery::restore)
                    .orElseThrow(NightDeliveryDesk::unknownRequest);
            ServiceRequest fulfilled = nightDelivery.fulfil(command.request(), now)
                    .orElseThrow(NightDeliveryDesk::unknownRequest);
            storage.nightDeliveries().update(nightDelivery.snapshot());
            storage.auditTrail().append(new AuditRecord(owner, service.describe(),
                    AuditAction.SERVICE_REQUEST_FULFILLED, fulfilled.kind().name(), describe(fulfilled), now));
            events.publish(owner, new ServiceRequestFulfilled(owner, fulfilled, now));
        });
        events.deliverSoon(owner);
    }

    /** A change to record: its audit line and the event it raised, if any. */
    private record Change(AuditAction action, String subject, String details, DomainEvent event) {
    }

    private void change(AccountUser user, Function<NightDelivery, List<Change>> change) {
        Instant now = clock.instant();
        storage.transactions().run(() -> {
            Optional<NightDeliverySnapshot> stored = storage.nightDeliveries().find(user.customerNumber());
            NightDelivery nightDelivery = stored.map(NightDelivery::restore)
                    .orElseGet(() -> NightDelivery.none(user.customerNumber()));
            List<Change> changes = change.apply(nightDelivery);
            if (stored.isPresent()) {
                storage.nightDeliveries().update(nightDelivery.snapshot());
            } else {
                storage.nightDeliveries().add(nightDelivery.snapshot());
            }
            List<DomainEvent> raised = new ArrayList<>();
            for (Change done : changes) {
                storage.auditTrail().append(new AuditRecord(user.customerNumber(), user.email().value(),
                        done.action(), done.subject(), done.details(), now));
                if (done.event() != null) {
                    raised.add(done.event());
                }
            }
            events.publish(user.customerNumber(), raised);
        });
        events.deliverSoon(user.customerNumber());
    }

    private NightDeliverySnapshot stored(CustomerNumber customerNumber) {
        return storage.nightDeliveries().find(customerNumber)
                .orElseGet(() -> NightDelivery.none(customerNumber).snapshot());
    }

    /** The saved address as one line, for the audit trail. */
    private String savedAddress(CustomerNumber customerNumber, AddressId address) {
        return storage.addressBooks().find(customerNumber).flatMap(book -> book.addresses().stream()
                .filter(saved -> saved.id().equals(address)).findFirst())
                .map(saved -> saved.label() + ": " + saved.address().singleLine())
                .orElseThrow(() -> new NotFound("address"));
    }

    private static String describe(ServiceRequest request) {
        return request.quantity() + " x " + request.kind().name() + " (" + request.id() + ")";
    }

    private static NotFound unknownRequest() {
        return new NotFound("service request");
    }
}
