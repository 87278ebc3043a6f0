package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accountkit.AccountKit;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.address.AddAddressCommand;
import org.accountkit.address.AddressId;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.audit.AuditTrailQuery;
import org.accountkit.service.AvailableServices;
import org.accountkit.service.FulfilServiceRequestCommand;
import org.accountkit.service.NightDeliveryActive;
import org.accountkit.service.NightDeliveryCancelled;
import org.accountkit.service.NightDeliveryCommand;
import org.accountkit.service.NightDeliveryNotActive;
import org.accountkit.service.NightDeliveryStatus;
import org.accountkit.service.ServiceRequest;
import org.accountkit.service.ServiceRequestCommand;
import org.accountkit.service.ServiceRequestKind;
import org.accountkit.service.ServiceRequestStatus;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Night delivery with return stickers and crate pick-up through {@link AccountKit} on an adapter's storage. The
 * cast: Petra administers installer Jansen; Jan may register returns and service; Kees may only order.
 */
public abstract class NightDeliveryContract {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:15:00Z");

    protected AccountKit kit;
    protected MutableClock clock;
    protected Recorder recorder;
    protected CustomerNumber jansen;
    protected Actor petra;
    protected Actor jan;
    protected Actor kees;
    protected AddressId workshop;

    /** A storage to test: a new one, or a shared one (tests use their own customer numbers). */
    protected abstract AccountStorage newStorage();

    @BeforeEach
    void givenInstallerJansenWithAWorkshop() {
        AccountStorage storage = newStorage();
        clock = new MutableClock(MONDAY);
        recorder = new Recorder();
        kit = Fixtures.builder(storage, clock).domainEvents(recorder).build();
        jansen = Fixtures.customerNumber();
        petra = Actor.user(jansen, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(jansen, Fixtures.email("petra"))).administrator());
        jan = addUser("Jan de Monteur", Right.REGISTER_RETURNS_AND_SERVICE);
        kees = addUser("Kees", Right.PLACE_ORDERS);
        workshop = kit.addAddress().add(petra, new AddAddressCommand("Werkplaats", Fixtures.addressFields("Werkplaats"),
                true));
    }

    @Test
    void stickers_and_crates_exist_only_while_night_delivery_is_active() {
        assertThat(kit.viewAvailableServices().available(jan)).isEqualTo(new AvailableServices(true, false, false,
                false));
        assertThatThrownBy(() -> kit.requestNightDeliveryService().request(jan,
                new ServiceRequestCommand(ServiceRequestKind.RETURN_STICKERS, 10)))
                .isInstanceOf(NightDeliveryNotActive.class);

        kit.startNightDelivery().start(jan, new NightDeliveryCommand(workshop,
                "Sleutelkluis links van de deur, code 4711"));

        assertThat(kit.viewAvailableServices().available(jan)).isEqualTo(new AvailableServices(true, true, true,
                true));
        assertThat(kit.viewAvailableServices().available(kees)).isEqualTo(new AvailableServices(false, true, false,
                false));
        UUID stickers = kit.requestNightDeliveryService().request(jan,
                new ServiceRequestCommand(ServiceRequestKind.RETURN_STICKERS, 10));
        clock.advance(Duration.ofMinutes(1));
        UUID crates = kit.requestNightDeliveryService().request(jan,
                new ServiceRequestCommand(ServiceRequestKind.CRATE_PICKUP, 3));
        NightDeliveryStatus status = kit.viewNightDelivery().view(kees);
        assertThat(status.active()).isTrue();
        assertThat(status.address()).contains(workshop);
        assertThat(status.accessInstructions()).isEqualTo("Sleutelkluis links van de deur, code 4711");
        assertThat(status.activeSince()).contains(MONDAY);
        assertThat(status.requests()).extracting(ServiceRequest::id).containsExactly(crates, stickers);
        assertThat(status.requests()).extracting(ServiceRequest::status).containsOnly(ServiceRequestStatus.PENDING);
        assertThatThrownBy(() -> kit.requestNightDeliveryService().request(kees,
                new ServiceRequestCommand(ServiceRequestKind.CRATE_PICKUP, 1))).isInstanceOf(NotPermitted.class);
    }

    @Test
    void cancelling_night_delivery_ends_the_pending_requests_in_the_audit_trail() {
        kit.startNightDelivery().start(jan, new NightDeliveryCommand(workshop, ""));
        UUID handled = kit.requestNightDeliveryService().request(jan,
                new ServiceRequestCommand(ServiceRequestKind.RETURN_STICKERS, 5));
        UUID pending = kit.requestNightDeliveryService().request(jan,
                new ServiceRequestCommand(ServiceRequestKind.CRATE_PICKUP, 2));
        kit.fulfilServiceRequest().fulfil(Actor.customerService("Anja"),
                new FulfilServiceRequestCommand(jansen.value(), handled));
        clock.advance(Duration.ofDays(1));

        kit.cancelNightDelivery().cancel(petra);

        NightDeliveryStatus status = kit.viewNightDelivery().view(jan);
        assertThat(status.active()).isFalse();
        assertThat(status.address()).isEmpty();
        // asked for at the same moment: newest first means the one asked for last first, on every store
        assertThat(status.requests()).extracting(ServiceRequest::id, ServiceRequest::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(pending, ServiceRequestStatus.ENDED),
                org.assertj.core.groups.Tuple.tuple(handled, ServiceRequestStatus.FULFILLED));
        assertThat(kit.viewAvailableServices().available(jan).cratePickup()).isFalse();
        List<AuditAction> actions = Pages.all(page -> kit.listAuditTrail().list(petra, AuditTrailQuery.own(page)))
                .stream().map(AuditRecord::action).toList();
        assertThat(actions).contains(AuditAction.NIGHT_DELIVERY_SET, AuditAction.SERVICE_REQUESTED,
                AuditAction.SERVICE_REQUEST_FULFILLED, AuditAction.NIGHT_DELIVERY_CANCELLED,
                AuditAction.SERVICE_REQUEST_ENDED);
        assertThat(recorder.events()).filteredOn(NightDeliveryCancelled.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((NightDeliveryCancelled) event).endedRequests()).isEqualTo(1));
        assertThatThrownBy(() -> kit.cancelNightDelivery().cancel(petra)).isInstanceOf(NightDeliveryNotActive.class);
        assertThatThrownBy(() -> kit.fulfilServiceRequest().fulfil(Actor.customerService("Anja"),
                new FulfilServiceRequestCommand(jansen.value(), pending))).isInstanceOf(NotFound.class);
    }

    @Test
    void night_delivery_is_started_once_and_changed_while_active() {
        AddressId site = kit.addAddress().add(petra, new AddAddressCommand("Bouwplaats", Fixtures.addressFields(
                "Bouwplaats"), false));
        assertThatThrownBy(() -> kit.changeNightDelivery().change(jan, new NightDeliveryCommand(site, "")))
                .isInstanceOf(NightDeliveryNotActive.class);
        kit.startNightDelivery().start(jan, new NightDeliveryCommand(workshop, "Achterom"));
        assertThatThrownBy(() -> kit.startNightDelivery().start(jan, new NightDeliveryCommand(site, "")))
                .isInstanceOf(NightDeliveryActive.class);

        kit.changeNightDelivery().change(jan, new NightDeliveryCommand(site, "Poort 3, bel niet aan"));

        NightDeliveryStatus status = kit.viewNightDelivery().view(jan);
        assertThat(status.address()).contains(site);
        assertThat(status.accessInstructions()).isEqualTo("Poort 3, bel niet aan");
        assertThat(status.activeSince()).contains(MONDAY);
    }

    @Test
    void another_customer_numbers_address_and_requests_answer_as_unknown_ones() {
        CustomerNumber other = Fixtures.customerNumber();
        Actor els = Actor.user(other, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(other, Fixtures.email("els"))).administrator());
        AddressId elsAddress = kit.addAddress().add(els, new AddAddressCommand("Loods", Fixtures.addressFields("Loods"),
                true));
        assertThatThrownBy(() -> kit.startNightDelivery().start(jan, new NightDeliveryCommand(elsAddress, "")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.startNightDelivery().start(jan, new NightDeliveryCommand(
                new AddressId(UUID.randomUUID()), ""))).isInstanceOf(NotFound.class);
        kit.startNightDelivery().start(jan, new NightDeliveryCommand(workshop, ""));
        UUID stickers = kit.requestNightDeliveryService().request(jan,
                new ServiceRequestCommand(ServiceRequestKind.RETURN_STICKERS, 1));

        assertThatThrownBy(() -> kit.fulfilServiceRequest().fulfil(Actor.customerService("Anja"),
                new FulfilServiceRequestCommand(other.value(), stickers))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.fulfilServiceRequest().fulfil(petra,
                new FulfilServiceRequestCommand(jansen.value(), stickers))).isInstanceOf(NotPermitted.class);
        assertThat(kit.viewNightDelivery().view(els).active()).isFalse();
        assertThat(kit.viewNightDelivery().view(els).requests()).isEmpty();
    }

    private Actor addUser(String name, Right... rights) {
        return Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(Fixtures.email("collega").value(),
                name, Role.USER, Set.of(rights), Fixtures.PASSWORD)));
    }
}
