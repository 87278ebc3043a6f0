package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.accountkit.AccountKit;
import org.accountkit.NotPermitted;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.audit.AuditRecord;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.orders.ConfirmOrderCommand;
import org.accountkit.orders.ExpectedDelivery;
import org.accountkit.orders.InvoiceLine;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.orders.RecordInvoiceCommand;
import org.accountkit.orders.RecordShipmentCommand;
import org.accountkit.orders.VatTotal;
import org.accountkit.outbox.DeliveryReport;
import org.accountkit.outbox.Notice;
import org.accountkit.outbox.Notifications;
import org.accountkit.outbox.ParkedNotice;
import org.accountkit.profile.ChangeEmailSettingsCommand;
import org.accountkit.service.DecideServiceCaseCommand;
import org.accountkit.service.RegisterReturnCommand;
import org.accountkit.service.Resolution;
import org.accountkit.service.ReturnReason;
import org.accountkit.service.ServiceCaseStatus;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.AuditTrail;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.Test;

/**
 * Notices through the outbox on an adapter's storage: written with the change that caused them, delivered at least
 * once (after a mail server outage too), in order per customer number, never by two dispatchers at the same time,
 * parked for customer service after the last attempt, never sent for a change that was rolled back.
 */
public abstract class NoticeOutboxContract {

    /** A storage to test: a new one, or a shared one (tests use their own customer numbers). */
    protected abstract AccountStorage newStorage();

    /** The same storage as a second server sees it (its own connection pool, say); by default the storage itself. */
    protected AccountStorage anotherServer(AccountStorage storage) {
        return storage;
    }

    /** A mail server that can be down, and that records what it was given. */
    static final class Mailserver implements Notifications {
        final AtomicBoolean down = new AtomicBoolean();
        final List<Notice> received = new CopyOnWriteArrayList<>();

        @Override
        public void send(Notice notice) {
            if (down.get()) {
                throw new IllegalStateException("connection refused");
            }
            received.add(notice);
        }

        List<Notice> to(UserId recipient) {
            return received.stream().filter(notice -> notice.recipient().equals(recipient)).toList();
        }
    }

    /** Jansen: Petra administers, Jan orders on EUR 100 a month, Kees approves. */
    private record Shop(AccountKit kit, CustomerNumber number, Actor petra, Actor.UserActor jan,
            Actor.UserActor kees) {
    }

    private static Shop shop(AccountKit kit) {
        CustomerNumber number = Fixtures.customerNumber();
        Actor petra = Actor.user(number, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(number, Fixtures.email("petra"))).administrator());
        Actor.UserActor jan = Actor.user(number, kit.addUser().add(petra, new AddUserCommand(
                Fixtures.email("jan").value(), "Jan", Role.USER, Set.of(Right.PLACE_ORDERS), Fixtures.PASSWORD)));
        Actor.UserActor kees = Actor.user(number, kit.addUser().add(petra, new AddUserCommand(
                Fixtures.email("kees").value(), "Kees", Role.USER, Set.of(Right.APPROVE_ORDERS), Fixtures.PASSWORD)));
        kit.setBudget().set(petra, new SetBudgetCommand(jan.user(), Money.euro("100.00"), BudgetPeriod.MONTH));
        return new Shop(kit, number, petra, jan, kees);
    }

    private static OrderRequestId pressTool(Shop shop) {
        ApprovalOutcome outcome = shop.kit().submitOrder().submit(shop.jan(), new SubmitOrderCommand(List.of(
                new CartLine(TestCatalog.PRESS_TOOL, 1))));
        assertThat(outcome).isInstanceOf(ApprovalOutcome.AwaitingApproval.class);
        return outcome.order();
    }

    @Test
    void notices_written_while_the_mail_server_is_down_are_delivered_once_it_is_back_in_order() {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        Mailserver mail = new Mailserver();
        Shop shop = shop(Fixtures.builder(newStorage(), clock).notifications(mail)
                .outboxRetries(5, Duration.ofMinutes(1)).build());
        mail.down.set(true);

        OrderRequestId first = pressTool(shop);
        OrderRequestId second = pressTool(shop);
        shop.kit().rejectOrder().reject(shop.kees(), new RejectOrderCommand(first, "Huur er een"));

        assertThat(shop.kit().viewOrderRequest().view(shop.jan(), first).status()).as("the change stands")
                .isEqualTo(OrderStatus.REJECTED);
        assertThat(mail.received).isEmpty();
        assertThat(shop.kit().deliverOutbox().deliver(100).delivered()).as("not due yet").isZero();

        mail.down.set(false);
        clock.advance(Duration.ofMinutes(1));
        DeliveryReport report = shop.kit().deliverOutbox().deliver(100);

        assertThat(report.delivered()).as("two approvers twice, the requester once").isEqualTo(5)
                .isEqualTo(mail.received.size());
        assertThat(mail.to(shop.kees().user())).extracting(Notice::order).containsExactly(first, second);
        assertThat(mail.to(shop.jan().user())).extracting(Notice::kind).containsExactly(Notice.Kind.ORDER_REJECTED);
        assertThat(shop.kit().deliverOutbox().deliver(100).delivered()).as("delivered once").isZero();
        assertThat(mail.received).extracting(Notice::id).doesNotHaveDuplicates();
    }

    @Test
    void a_notice_that_keeps_failing_is_parked_for_customer_service_and_does_not_hold_up_the_next() {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        AtomicInteger refusals = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<UserId> unreachable = new java.util.concurrent.atomic.AtomicReference<>();
        List<Notice> delivered = new CopyOnWriteArrayList<>();
        Notifications picky = notice -> {
            if (notice.recipient().equals(unreachable.get())) {
                refusals.incrementAndGet();
                throw new IllegalStateException("550 mailbox unavailable");
            }
            delivered.add(notice);
        };
        Shop shop = shop(Fixtures.builder(newStorage(), clock).notifications(picky)
                .outboxRetries(3, Duration.ofMinutes(1)).build());
        unreachable.set(shop.kees().user());
        OrderRequestId order = pressTool(shop);
        shop.kit().rejectOrder().reject(shop.petra(), new RejectOrderCommand(order, "Te duur"));

        clock.advance(Duration.ofMinutes(1));
        shop.kit().deliverOutbox().deliver(100);
        assertThat(delivered).as("the rejection waits behind Kees's notice").extracting(Notice::kind)
                .doesNotContain(Notice.Kind.ORDER_REJECTED);
        clock.advance(Duration.ofMinutes(2));
        DeliveryReport last = shop.kit().deliverOutbox().deliver(100);

        assertThat(refusals).hasValue(3);
        assertThat(last.parked()).isEqualTo(1);
        assertThat(delivered).extracting(Notice::kind).containsExactlyInAnyOrder(Notice.Kind.APPROVAL_REQUESTED,
                Notice.Kind.ORDER_REJECTED);
        List<ParkedNotice> parked = Pages.all(50, page -> shop.kit().listParkedNotices().list(
                Actor.customerService("Anja"), page)).stream()
                .filter(entry -> entry.notice().customerNumber().equals(shop.number())).toList();
        assertThat(parked).singleElement().satisfies(entry -> {
            assertThat(entry.notice().kind()).isEqualTo(Notice.Kind.APPROVAL_REQUESTED);
            assertThat(entry.notice().recipient()).isEqualTo(shop.kees().user());
            assertThat(entry.attempts()).isEqualTo(3);
            assertThat(entry.lastError()).contains("550 mailbox unavailable");
        });
        assertThatThrownBy(() -> shop.kit().listParkedNotices().list(shop.petra(), PageRequest.first(5)))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void a_change_that_is_rolled_back_after_its_notice_was_written_sends_nothing() {
        Mailserver mail = new Mailserver();
        AtomicBoolean failAudit = new AtomicBoolean();
        AccountStorage failing = new ForwardingAccountStorage(newStorage()) {
            @Override
            public AuditTrail auditTrail() {
                AuditTrail trail = super.auditTrail();
                return new AuditTrail() {
                    @Override
                    public void append(org.accountkit.audit.AuditRecord record) {
                        if (failAudit.get()) {
                            throw new IllegalStateException("injected: the database went away before the commit");
                        }
                        trail.append(record);
                    }

                    @Override
                    public org.accountkit.shared.Page<org.accountkit.audit.AuditRecord> list(CustomerNumber number,
                            PageRequest page) {
                        return trail.list(number, page);
                    }
                };
            }
        };
        Shop shop = shop(Fixtures.builder(failing, Fixtures.clock()).notifications(mail).build());
        OrderRequestId order = pressTool(shop);
        mail.received.clear();
        failAudit.set(true);

        assertThatThrownBy(() -> shop.kit().rejectOrder().reject(shop.kees(), new RejectOrderCommand(order,
                "Te duur"))).hasMessageContaining("injected");
        failAudit.set(false);
        shop.kit().deliverOutbox().deliver(100);

        assertThat(mail.received).as("no rejection was sent for a rejection that did not happen").isEmpty();
        assertThat(shop.kit().viewOrderRequest().view(shop.jan(), order).status())
                .isEqualTo(OrderStatus.AWAITING_APPROVAL);
    }

    @Test
    void two_dispatchers_on_two_servers_never_deliver_one_notice_at_the_same_time() throws Exception {
        AccountStorage storage = newStorage();
        MutableClock clock = new MutableClock(Fixtures.NOW);
        Mailserver quiet = new Mailserver();
        quiet.down.set(true);
        List<Shop> shops = new ArrayList<>();
        AccountKit writer = Fixtures.builder(storage, clock).notifications(quiet).build();
        for (int customer = 0; customer < 6; customer++) {
            Shop shop = shop(writer);
            pressTool(shop);
            pressTool(shop);
            shops.add(shop);
        }
        Set<CustomerNumber> ours = shops.stream().map(Shop::number).collect(java.util.stream.Collectors.toSet());
        OverlapWatch watch = new OverlapWatch();
        Notifications slow = notice -> watch.receive(notice.id(), ours.contains(notice.customerNumber()));
        clock.advance(Duration.ofMinutes(5));
        AccountKit serverA = Fixtures.builder(storage, clock).notifications(slow).build();
        AccountKit serverB = Fixtures.builder(anotherServer(storage), clock).notifications(slow).build();
        OverlapWatch.race(serverA, serverB);

        assertThat(watch.overlap).as("a notice in two deliveries at once").isFalse();
        assertThat(watch.deliveries.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(watch.deliveries).as("two approvers of two orders of six customer numbers").hasSize(24);
    }

    @Test
    void documents_go_to_the_addresses_the_e_mail_settings_give_for_their_kind_once_per_address() {
        Mailserver mail = new Mailserver();
        AccountKit kit = Fixtures.builder(newStorage(), new MutableClock(Fixtures.NOW)).notifications(mail).build();
        CustomerNumber jansen = Fixtures.customerNumber();
        Actor.UserActor petra = Actor.user(jansen, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(jansen, Fixtures.email("petra"))).administrator());
        org.accountkit.shared.EmailAddress janLogin = Fixtures.email("jan");
        Actor.UserActor jan = Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(janLogin.value(), "Jan",
                Role.USER, Set.of(Right.PLACE_ORDERS, Right.REGISTER_RETURNS_AND_SERVICE), Fixtures.PASSWORD)));
        org.accountkit.shared.EmailAddress kees = Fixtures.email("kees");
        Actor.UserActor keesActor = Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(kees.value(), "Kees",
                Role.USER, Set.of(Right.SEE_INVOICES), Fixtures.PASSWORD)));
        String administration = Fixtures.email("administratie").value();
        String janOrders = Fixtures.email("bestellingen").value();
        kit.changeEmailSettings().change(petra, new org.accountkit.profile.ChangeEmailSettingsCommand(administration,
                administration, administration, false));
        kit.changeEmailSettings().change(keesActor, new org.accountkit.profile.ChangeEmailSettingsCommand(
                administration, kees.value(), kees.value(), false));
        kit.changeEmailSettings().change(jan, new org.accountkit.profile.ChangeEmailSettingsCommand(janLogin.value(),
                janOrders, janLogin.value(), false));
        CustomerNumber other = Fixtures.customerNumber();
        org.accountkit.shared.EmailAddress els = Fixtures.email("els");
        kit.registerCustomerAccount().register(Actor.customerService("Anja"), Fixtures.registration(other, els));
        Actor erp = Actor.customerService("ERP");

        OrderRequestId placed = kit.submitOrder().submit(jan, new SubmitOrderCommand(List.of(new CartLine(
                TestCatalog.SCREWS, 2)))).order();
        kit.confirmOrder().confirm(erp, new org.accountkit.orders.ConfirmOrderCommand(jansen.value(), "ORD-9001",
                placed, List.of(new org.accountkit.orders.ExpectedDelivery(1, java.time.LocalDate.of(2026, 3, 3)))));
        kit.recordShipment().record(erp, new org.accountkit.orders.RecordShipmentCommand(jansen.value(), "Z-1",
                "ORD-9001", "DHL", "JVGL0512345678", Fixtures.NOW, List.of(new org.accountkit.orders.LineQuantity(1,
                        2))));
        kit.recordDelivery().record(erp, new org.accountkit.orders.RecordDeliveryCommand(jansen.value(), "PAK-1",
                "ORD-9001", java.time.LocalDate.of(2026, 3, 2), List.of(new org.accountkit.orders.LineQuantity(1, 2))));
        kit.recordInvoice().record(erp, new org.accountkit.orders.RecordInvoiceCommand(jansen.value(), "F-1",
                java.time.LocalDate.of(2026, 3, 2), java.time.LocalDate.of(2026, 4, 1), List.of(
                        new org.accountkit.orders.InvoiceLine("ORD-9001", "Schroeven", Money.euro("25.00"),
                                new java.math.BigDecimal("21"))), List.of(new org.accountkit.orders.VatTotal(
                                        new java.math.BigDecimal("21"), Money.euro("25.00"), Money.euro("5.25"),
                                        Money.euro("30.25")))));
        String returned = kit.registerReturn().register(jan, new org.accountkit.service.RegisterReturnCommand(
                "ORD-9001", List.of(new org.accountkit.orders.LineQuantity(1, 1)),
                org.accountkit.service.ReturnReason.TOO_MANY, ""));
        kit.decideServiceCase().decide(Actor.customerService("Anja"), new org.accountkit.service
                .DecideServiceCaseCommand(jansen.value(), returned, org.accountkit.service.ServiceCaseStatus.RECEIVED,
                        null, ""));
        kit.decideServiceCase().decide(Actor.customerService("Anja"), new org.accountkit.service
                .DecideServiceCaseCommand(jansen.value(), returned, org.accountkit.service.ServiceCaseStatus.RESOLVED,
                        org.accountkit.service.Resolution.CREDITED, "Gecrediteerd"));

        assertThat(mail.received).extracting(notice -> notice.kind() + " " + notice.recipientEmail().value())
                .containsExactlyInAnyOrder(
                        "ORDER_CONFIRMED " + janOrders,
                        "ORDER_SHIPPED " + janLogin.value(),
                        "INVOICE_AVAILABLE " + administration,
                        "RETURN_REGISTERED " + janLogin.value(),
                        "RETURN_RESOLVED " + janLogin.value());
        assertThat(mail.received).filteredOn(notice -> notice.kind() == Notice.Kind.ORDER_SHIPPED).singleElement()
                .satisfies(notice -> assertThat(notice.link()).contains("JVGL0512345678"));
        assertThat(mail.received).filteredOn(notice -> notice.kind() == Notice.Kind.RETURN_RESOLVED)
                .singleElement().satisfies(notice -> assertThat(notice.reason()).isEqualTo("CREDITED: Gecrediteerd"));
        assertThat(mail.received).allSatisfy(notice -> assertThat(notice.customerNumber()).isEqualTo(jansen));
    }

    @Test
    void delivered_notices_are_removed_after_the_retention_period() {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        Mailserver mail = new Mailserver();
        Shop shop = shop(Fixtures.builder(newStorage(), clock).notifications(mail)
                .outboxRetention(Duration.ofDays(7)).build());
        pressTool(shop);
        assertThat(mail.received).as("delivered right after the commit, to both approvers").hasSize(2);

        clock.advance(Duration.ofDays(6));
        shop.kit().deliverOutbox().deliver(10);
        clock.advance(Duration.ofDays(2));

        assertThat(shop.kit().deliverOutbox().deliver(10).purged()).isGreaterThanOrEqualTo(2);
    }
}
