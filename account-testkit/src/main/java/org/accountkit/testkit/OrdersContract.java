package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.accountkit.AccountKit;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.orders.AlreadyConfirmed;
import org.accountkit.orders.AmountExceedsOutstanding;
import org.accountkit.orders.CancelOrderLinesCommand;
import org.accountkit.orders.ChannelOrderLine;
import org.accountkit.orders.ConfirmOrderCommand;
import org.accountkit.orders.Delivery;
import org.accountkit.orders.DeliveryStatus;
import org.accountkit.orders.DocumentConflict;
import org.accountkit.orders.ExpectedDelivery;
import org.accountkit.orders.InvoiceBalance;
import org.accountkit.orders.InvoiceLine;
import org.accountkit.orders.InvoiceQuery;
import org.accountkit.orders.InvoiceView;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OpenOrderLine;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.OrderDetails;
import org.accountkit.orders.OrderFilter;
import org.accountkit.orders.OrderQuery;
import org.accountkit.orders.OrderSummary;
import org.accountkit.orders.OrderedLine;
import org.accountkit.orders.QuantityExceedsOpen;
import org.accountkit.orders.RecordChannelOrderCommand;
import org.accountkit.orders.RecordCreditNoteCommand;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.orders.RecordInvoiceCommand;
import org.accountkit.orders.RecordPaymentCommand;
import org.accountkit.orders.RecordShipmentCommand;
import org.accountkit.orders.Shipment;
import org.accountkit.orders.TrackingLinks;
import org.accountkit.orders.VatTotal;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.shared.Violation;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.Budgets;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Orders, shipments and invoices through {@link AccountKit} on an adapter's storage: the ERP feed (back office) and
 * what the customer reads. The cast: Petra administers installer Jansen; Jan orders on a budget of EUR 500 a
 * month; Kees holds {@code SEE_ALL_ORDERS}; the ERP acts as customer service.
 */
public abstract class OrdersContract {

    /** Monday 2 March 2026, 10:15 in Amsterdam. */
    protected static final Instant MONDAY = Instant.parse("2026-03-02T09:15:00Z");
    private static final LocalDate NEXT_WEEK = LocalDate.of(2026, 3, 9);

    protected AccountStorage storage;
    protected AccountKit kit;
    protected MutableClock clock;
    protected CustomerNumber jansen;
    protected Actor erp;
    protected Actor petra;
    protected Actor jan;
    protected Actor kees;

    /** A storage to test: a new one, or a shared one (tests use their own customer numbers). */
    protected abstract AccountStorage newStorage();

    @BeforeEach
    void givenInstallerJansenWhoseErpReports() {
        storage = newStorage();
        clock = new MutableClock(MONDAY);
        kit = Fixtures.builder(storage, clock)
                .trackingLinks(TrackingLinks.defaults().with("Bpost", "https://track.bpost.cloud/btr/web/#/search?itemCode={code}"))
                .build();
        erp = Actor.customerService("ERP-koppeling");
        jansen = Fixtures.customerNumber();
        petra = Actor.user(jansen, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(jansen, Fixtures.email("petra"))).administrator());
        jan = addUser("Jan de Monteur", Right.PLACE_ORDERS);
        kees = addUser("Kees Werkvoorbereiding", Right.PLACE_ORDERS, Right.SEE_ALL_ORDERS);
        kit.setBudget().set(petra, new SetBudgetCommand(id(jan), Money.euro("500.00"), BudgetPeriod.MONTH));
    }

    // --- the feed and the order overview -------------------------------------------------------------------

    @Test
    void a_confirmed_webshop_order_shows_to_its_requester_and_to_whoever_sees_all_orders() {
        OrderRequestId placed = place(jan, cart(2, 3));

        kit.confirmOrder().confirm(erp, confirmation(placed, "ORD-1001", 2));

        OrderSummary seen = kit.listOrders().list(jan, OrderQuery.firstPage(25)).items().get(0);
        assertThat(seen.erpOrderNumber()).isEqualTo("ORD-1001");
        assertThat(seen.channel()).isEqualTo(OrderChannel.WEBSHOP);
        assertThat(seen.orderRequest()).contains(placed);
        assertThat(seen.requester()).contains(id(jan));
        assertThat(seen.reference()).isEqualTo("Project Zonnepark");
        assertThat(seen.status()).isEqualTo(DeliveryStatus.OPEN);
        assertThat(seen.netTotal()).isEqualTo(Money.euro("28.75"));
        assertThat(erpNumbers(kees)).containsExactly("ORD-1001");
        assertThat(erpNumbers(petra)).containsExactly("ORD-1001");
        OrderDetails details = kit.viewOrder().view(jan, "ORD-1001");
        assertThat(details.lines()).extracting(OrderedLine::ordered).containsExactly(2, 3);
        assertThat(details.lines()).extracting(OrderedLine::expectedOn).containsOnly(NEXT_WEEK);
    }

    @Test
    void a_user_sees_only_their_own_orders_and_not_those_of_other_channels() {
        OrderRequestId keesOrder = place(kees, cart(1, 0));
        kit.confirmOrder().confirm(erp, confirmation(keesOrder, "ORD-2001", 1));
        kit.recordChannelOrder().record(erp, phoneOrder("TEL-2002", MONDAY.minusSeconds(3600), 4));

        assertThat(erpNumbers(jan)).isEmpty();
        assertThat(erpNumbers(kees)).containsExactly("ORD-2001", "TEL-2002");
        assertThatThrownBy(() -> kit.viewOrder().view(jan, "ORD-2001")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.viewOrder().view(jan, "TEL-2002")).isInstanceOf(NotFound.class);
        assertThat(kit.viewOrder().view(kees, "TEL-2002").summary().channel()).isEqualTo(OrderChannel.PHONE);
    }

    @Test
    void a_replayed_message_changes_nothing_and_a_different_one_under_its_number_is_refused() {
        OrderRequestId placed = place(jan, cart(5, 0));
        ConfirmOrderCommand confirmation = confirmation(placed, "ORD-3001", 1);
        kit.confirmOrder().confirm(erp, confirmation);
        RecordDeliveryCommand delivery = new RecordDeliveryCommand(jansen.value(), "PAK-1", "ORD-3001",
                LocalDate.of(2026, 3, 3), List.of(new LineQuantity(1, 2)));
        kit.recordDelivery().record(erp, delivery);

        kit.confirmOrder().confirm(erp, confirmation);
        kit.recordDelivery().record(erp, delivery);
        kit.recordDelivery().record(erp, delivery);

        assertThat(line(jan, "ORD-3001", 1).delivered()).isEqualTo(2);
        assertThat(erpNumbers(jan)).containsExactly("ORD-3001");
        assertThatThrownBy(() -> kit.recordDelivery().record(erp, new RecordDeliveryCommand(jansen.value(), "PAK-1",
                "ORD-3001", LocalDate.of(2026, 3, 3), List.of(new LineQuantity(1, 1)))))
                .isInstanceOf(DocumentConflict.class);
        assertThatThrownBy(() -> kit.confirmOrder().confirm(erp, confirmation(placed, "ORD-3002", 1)))
                .isInstanceOf(AlreadyConfirmed.class);
        assertThat(line(jan, "ORD-3001", 1).delivered()).isEqualTo(2);
    }

    @Test
    void deliveries_and_cancellations_move_the_status_and_never_exceed_what_was_ordered() {
        kit.confirmOrder().confirm(erp, confirmation(place(jan, cart(4, 2)), "ORD-4001", 2));

        kit.recordDelivery().record(erp, delivery("PAK-41", "ORD-4001", new LineQuantity(1, 3)));
        assertThat(status(jan, "ORD-4001")).isEqualTo(DeliveryStatus.PARTLY_DELIVERED);
        QuantityExceedsOpen tooMany = catchThrowableOfType(() -> kit.recordDelivery().record(erp,
                delivery("PAK-42", "ORD-4001", new LineQuantity(2, 2), new LineQuantity(1, 2))),
                QuantityExceedsOpen.class);
        assertThat(tooMany).isNotNull();
        assertThat(line(jan, "ORD-4001", 2).delivered()).isZero();

        kit.cancelOrderLines().cancel(erp, new CancelOrderLinesCommand(jansen.value(), "ANN-41", "ORD-4001",
                List.of(new LineQuantity(1, 1))));
        kit.recordDelivery().record(erp, delivery("PAK-43", "ORD-4001", new LineQuantity(2, 2)));

        OrderDetails details = kit.viewOrder().view(jan, "ORD-4001");
        assertThat(details.summary().status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(details.lines()).extracting(OrderedLine::open).containsExactly(0, 0);
        assertThat(details.deliveries()).extracting(Delivery::deliveryNumber, Delivery::deliveredOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PAK-41", LocalDate.of(2026, 3, 3)),
                org.assertj.core.groups.Tuple.tuple("PAK-43", LocalDate.of(2026, 3, 3)));
        assertThat(details.deliveries().get(1).lines()).containsExactly(new LineQuantity(2, 2));
        assertThat(details.lines().get(0)).extracting(OrderedLine::delivered, OrderedLine::cancelled)
                .containsExactly(3, 1);
        assertThat(kit.listOpenOrderLines().list(jan, PageRequest.first(25)).items()).isEmpty();
    }

    @Test
    void a_cancellation_credited_to_the_budget_stays_credited_when_the_administrator_changes_the_limit() {
        kit.confirmOrder().confirm(erp, confirmation(place(jan, cart(4, 0)), "ORD-4101", 1));
        kit.cancelOrderLines().cancel(erp, new CancelOrderLinesCommand(jansen.value(), "ANN-4101", "ORD-4101",
                List.of(new LineQuantity(1, 3))));
        assertThat(kit.viewBudget().view(jan, id(jan)).spent()).as("four boxes, three cancelled")
                .contains(Money.euro("12.50"));

        kit.setBudget().set(petra, new SetBudgetCommand(id(jan), Money.euro("750.00"), BudgetPeriod.MONTH));

        assertThat(kit.viewBudget().view(jan, id(jan)).spent()).contains(Money.euro("12.50"));
    }

    @Test
    void an_order_placed_while_a_cancellation_credits_the_budget_is_booked_all_the_same() throws Exception {
        kit.confirmOrder().confirm(erp, confirmation(place(jan, cart(4, 0)), "ORD-4201", 1));
        ExecutorService otherServer = Executors.newSingleThreadExecutor();
        AtomicBoolean interleave = new AtomicBoolean(true);
        List<Future<?>> placing = new ArrayList<>();
        AccountKit crediting = Fixtures.builder(new ForwardingAccountStorage(storage) {
            @Override
            public Budgets budgets() {
                Budgets real = super.budgets();
                return (Budgets) Proxy.newProxyInstance(Budgets.class.getClassLoader(), new Class<?>[] {Budgets.class},
                        (proxy, method, arguments) -> {
                            Object read;
                            try {
                                read = method.invoke(real, arguments);
                            } catch (InvocationTargetException failed) {
                                throw failed.getCause();
                            }
                            if (method.getName().startsWith("find") && interleave.getAndSet(false)) {
                                // Jan orders on another server between the credit's read and its write
                                placing.add(otherServer.submit(() -> place(jan, cart(1, 0))));
                                try {
                                    placing.get(0).get(300, TimeUnit.MILLISECONDS);
                                } catch (TimeoutException waitsForTheCredit) {
                                    // the credit holds the budget row: the order is placed after its commit
                                }
                            }
                            return read;
                        });
            }
        }, clock).build();
        try {
            crediting.cancelOrderLines().cancel(erp, new CancelOrderLinesCommand(jansen.value(), "ANN-4201",
                    "ORD-4201", List.of(new LineQuantity(1, 3))));
            placing.get(0).get(10, TimeUnit.SECONDS);
        } finally {
            otherServer.shutdownNow();
        }

        assertThat(interleave).as("an order was placed during the credit").isFalse();
        assertThat(kit.viewBudget().view(jan, id(jan)).spent()).as("four boxes, three credited, one more placed")
                .contains(Money.euro("25.00"));
    }

    @Test
    void an_order_cancelled_as_a_whole_is_cancelled() {
        kit.recordChannelOrder().record(erp, phoneOrder("TEL-5001", MONDAY, 2));
        kit.cancelOrderLines().cancel(erp, new CancelOrderLinesCommand(jansen.value(), "ANN-51", "TEL-5001",
                List.of(new LineQuantity(1, 2))));

        assertThat(kit.viewOrder().view(petra, "TEL-5001").summary().status()).isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(kit.listOrders().list(petra, new OrderQuery(new OrderFilter(null, null,
                Set.of(DeliveryStatus.CANCELLED), null, null), PageRequest.first(10))).items())
                .extracting(OrderSummary::erpOrderNumber).containsExactly("TEL-5001");
    }

    @Test
    void a_message_about_an_order_not_received_yet_or_of_another_customer_number_is_refused_as_unknown() {
        assertThatThrownBy(() -> kit.recordDelivery().record(erp, delivery("PAK-61", "ORD-6001",
                new LineQuantity(1, 1)))).isInstanceOf(NotFound.class);
        CustomerNumber other = Fixtures.customerNumber();
        kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(other, Fixtures.email("els")));
        kit.recordChannelOrder().record(erp, phoneOrder("TEL-6002", MONDAY, 3));

        assertThatThrownBy(() -> kit.recordDelivery().record(erp, new RecordDeliveryCommand(other.value(), "PAK-62",
                "TEL-6002", LocalDate.of(2026, 3, 3), List.of(new LineQuantity(1, 1))))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.recordChannelOrder().record(erp, new RecordChannelOrderCommand("ONBEKEND-1",
                "TEL-6003", OrderChannel.PHONE, "", MONDAY, List.of(channelLine(1))))).isInstanceOf(NotFound.class);
        assertThat(line(petra, "TEL-6002", 1).delivered()).isZero();
        assertThatThrownBy(() -> kit.confirmOrder().confirm(erp, new ConfirmOrderCommand(jansen.value(), "ORD-6004",
                new OrderRequestId(java.util.UUID.randomUUID()), List.of(new ExpectedDelivery(1, NEXT_WEEK)))))
                .isInstanceOf(NotFound.class);
        // the delivery refused before its order was known is applied once the ERP sends it again
        kit.recordChannelOrder().record(erp, phoneOrder("ORD-6001", MONDAY, 1));
        kit.recordDelivery().record(erp, delivery("PAK-61", "ORD-6001", new LineQuantity(1, 1)));
        assertThat(status(petra, "ORD-6001")).isEqualTo(DeliveryStatus.DELIVERED);
    }

    @Test
    void only_the_back_office_feeds_and_users_see_nothing_of_another_customer_number() {
        kit.recordChannelOrder().record(erp, phoneOrder("TEL-7001", MONDAY, 1));
        kit.recordChannelOrder().record(erp, phoneOrder("TEL-7003", MONDAY.minusSeconds(60), 1));
        assertThatThrownBy(() -> kit.recordChannelOrder().record(petra, phoneOrder("TEL-7002", MONDAY, 1)))
                .isInstanceOf(NotPermitted.class);
        CustomerNumber other = Fixtures.customerNumber();
        Actor els = Actor.user(other, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(other, Fixtures.email("els"))).administrator());

        assertThatThrownBy(() -> kit.viewOrder().view(els, "TEL-7001")).isInstanceOf(NotFound.class);
        Actor stranger = Actor.user(jansen, new UserId(java.util.UUID.randomUUID()));
        assertThatThrownBy(() -> kit.listOrders().list(stranger, OrderQuery.firstPage(25)))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> kit.listOpenOrderLines().list(stranger, PageRequest.first(25)))
                .isInstanceOf(NotPermitted.class);
        Actor nowhere = Actor.user(new CustomerNumber("NERGENS-1"), id(petra));
        assertThatThrownBy(() -> kit.listOrders().list(nowhere, new OrderQuery(new OrderFilter(
                LocalDate.of(2026, 3, 1), null, Set.of(), null, null), PageRequest.first(5))))
                .isInstanceOf(NotPermitted.class);
        assertThat(kit.listOrders().list(els, OrderQuery.firstPage(25)).items()).isEmpty();
        Page<OrderSummary> petrasPage = kit.listOrders().list(petra, new OrderQuery(OrderFilter.all(),
                PageRequest.first(1)));
        Page<OrderSummary> petrasSecond = kit.listOrders().list(petra, new OrderQuery(OrderFilter.all(),
                petrasPage.nextPage().orElseThrow()));
        assertThat(petrasSecond.items()).extracting(OrderSummary::erpOrderNumber).containsExactly("TEL-7003");
        // Petra's continuation, used by another customer number's user, shows only that customer number's rows
        assertThat(kit.listOrders().list(els, new OrderQuery(OrderFilter.all(), petrasPage.nextPage()
                .orElseThrow())).items()).isEmpty();
    }

    @Test
    void a_cancelled_quantity_of_a_booked_order_credits_the_budget_in_its_period() {
        OrderRequestId placed = place(jan, cart(4, 0));
        assertThat(kit.viewBudget().view(jan, id(jan)).spent()).contains(Money.euro("50.00"));
        kit.confirmOrder().confirm(erp, confirmation(placed, "ORD-8001", 1));

        kit.cancelOrderLines().cancel(erp, new CancelOrderLinesCommand(jansen.value(), "ANN-81", "ORD-8001",
                List.of(new LineQuantity(1, 3))));
        kit.cancelOrderLines().cancel(erp, new CancelOrderLinesCommand(jansen.value(), "ANN-81", "ORD-8001",
                List.of(new LineQuantity(1, 3))));

        assertThat(kit.viewBudget().view(jan, id(jan)).spent()).contains(Money.euro("12.50"));
        clock.advance(Duration.ofDays(31));
        place(jan, cart(1, 0));
        kit.cancelOrderLines().cancel(erp, new CancelOrderLinesCommand(jansen.value(), "ANN-82", "ORD-8001",
                List.of(new LineQuantity(1, 1))));
        assertThat(kit.viewBudget().view(jan, id(jan)).spent())
                .as("an order of March cancelled in April leaves April's budget alone").contains(Money.euro("12.50"));
    }

    // --- shipments -------------------------------------------------------------------------------------------

    @Test
    void shipments_carry_the_tracking_link_of_their_carrier() {
        kit.confirmOrder().confirm(erp, confirmation(place(jan, cart(2, 1)), "ORD-9001", 2));
        kit.recordShipment().record(erp, new RecordShipmentCommand(jansen.value(), "ZEND-1", "ORD-9001", "dhl",
                "JVGL0123456789", MONDAY, List.of(new LineQuantity(1, 2))));
        kit.recordShipment().record(erp, new RecordShipmentCommand(jansen.value(), "ZEND-2", "ORD-9001", "Bpost",
                "3232", MONDAY.plusSeconds(60), List.of(new LineQuantity(2, 1))));

        List<Shipment> shipments = kit.listShipments().list(jan, PageRequest.first(10)).items();
        assertThat(shipments).extracting(Shipment::shipmentNumber).containsExactly("ZEND-2", "ZEND-1");
        assertThat(shipments.get(1).trackingLink()).contains(URI.create(
                "https://www.dhl.com/nl-nl/home/tracking/tracking-parcel.html?tracking-id=JVGL0123456789"));
        assertThat(shipments.get(0).trackingLink()).contains(URI.create(
                "https://track.bpost.cloud/btr/web/#/search?itemCode=3232"));
        assertThat(kit.viewOrder().view(jan, "ORD-9001").shipments()).extracting(Shipment::lines)
                .containsExactly(List.of(new LineQuantity(1, 2)), List.of(new LineQuantity(2, 1)));
        InvalidCommand unknown = catchThrowableOfType(() -> kit.recordShipment().record(erp,
                new RecordShipmentCommand(jansen.value(), "ZEND-3", "ORD-9001", "Duif", "1", MONDAY,
                        List.of(new LineQuantity(3, 1)))), InvalidCommand.class);
        assertThat(unknown.violations()).extracting(Violation::field).containsExactly("carrier");
        assertThat(kit.listShipments().list(jan, PageRequest.first(10)).items()).hasSize(2);
        assertThat(kit.listShipments().list(addUser("Lotte", Right.PLACE_ORDERS), PageRequest.first(10)).items())
                .isEmpty();
    }

    // --- invoices --------------------------------------------------------------------------------------------

    @Test
    void invoices_are_split_into_open_and_paid_and_overdue_ones_are_marked() {
        kit.recordInvoice().record(erp, invoice("F-1", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), "100.00"));
        kit.recordInvoice().record(erp, invoice("F-2", LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 20), "50.00"));
        kit.recordInvoice().record(erp, invoice("F-3", LocalDate.of(2026, 2, 25), LocalDate.of(2026, 3, 25), "10.00"));

        kit.recordPayment().record(erp, payment("BET-1", "F-3", "12.10"));
        kit.recordPayment().record(erp, payment("BET-2", "F-1", "21.00"));
        kit.recordCreditNote().record(erp, new RecordCreditNoteCommand(jansen.value(), "CN-1", "F-2",
                Money.euro("60.50"), LocalDate.of(2026, 3, 2)));

        List<InvoiceView> open = kit.listInvoices().list(petra, InvoiceQuery.open(10)).items();
        assertThat(open).extracting(InvoiceView::invoiceNumber).containsExactly("F-1");
        assertThat(open.get(0).overdue()).isTrue();
        assertThat(open.get(0).outstanding()).isEqualTo(Money.euro("100.00"));
        assertThat(kit.listInvoices().list(petra, InvoiceQuery.paid(10)).items())
                .extracting(InvoiceView::invoiceNumber).containsExactly("F-3", "F-2");
        InvoiceBalance balance = kit.viewInvoiceBalance().balance(petra);
        assertThat(balance.outstanding()).containsExactly(Money.euro("100.00"));
        assertThat(balance.overdue()).containsExactly(Money.euro("100.00"));
        assertThat(balance.openInvoices()).isEqualTo(1);
        assertThatThrownBy(() -> kit.recordPayment().record(erp, payment("BET-3", "F-1", "100.01")))
                .isInstanceOf(AmountExceedsOutstanding.class);
        assertThatThrownBy(() -> kit.recordPayment().record(erp, payment("BET-4", "F-9", "1.00")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.listInvoices().list(jan, InvoiceQuery.open(10)))
                .isInstanceOf(NotPermitted.class);
        assertThat(kit.listInvoices().list(petra, InvoiceQuery.open(10)).items().get(0).paid())
                .isEqualTo(Money.euro("21.00"));
    }

    @Test
    void an_invoice_is_not_overdue_on_its_due_date_in_the_customers_time_zone() {
        kit.recordInvoice().record(erp, invoice("F-10", LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 2), "10.00"));
        clock.set(Instant.parse("2026-03-02T22:59:00Z"));
        assertThat(kit.listInvoices().list(petra, InvoiceQuery.open(10)).items().get(0).overdue()).isFalse();
        clock.set(Instant.parse("2026-03-02T23:30:00Z"));
        assertThat(kit.listInvoices().list(petra, InvoiceQuery.open(10)).items().get(0).overdue())
                .as("past midnight in Amsterdam, still 2 March in UTC").isTrue();
    }

    @Test
    void an_order_shows_its_invoices_to_whoever_sees_invoices() {
        kit.confirmOrder().confirm(erp, confirmation(place(jan, cart(1, 0)), "ORD-1101", 1));
        kit.recordInvoice().record(erp, new RecordInvoiceCommand(jansen.value(), "F-11", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 4, 1), List.of(new InvoiceLine("ORD-1101", "Schroeven", Money.euro("12.50"),
                        new BigDecimal("21"))), List.of(new VatTotal(new BigDecimal("21"), Money.euro("12.50"),
                                Money.euro("2.63"), Money.euro("15.13")))));

        assertThat(kit.viewOrder().view(petra, "ORD-1101").invoices()).extracting(InvoiceView::invoiceNumber)
                .containsExactly("F-11");
        assertThat(kit.viewOrder().view(jan, "ORD-1101").invoices()).isEmpty();
    }

    @Test
    void an_invoice_whose_amounts_do_not_add_up_is_refused_naming_each_field() {
        RecordInvoiceCommand wrong = new RecordInvoiceCommand(jansen.value(), "F-12", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 1), List.of(new InvoiceLine("", "Vracht", Money.euro("10.00"),
                        new BigDecimal("21")), new InvoiceLine("", "Boek", Money.euro("5.00"), new BigDecimal("9"))),
                List.of(new VatTotal(new BigDecimal("21"), Money.euro("10.00"), Money.euro("2.10"),
                        Money.euro("12.00"))));

        InvalidCommand refused = catchThrowableOfType(() -> kit.recordInvoice().record(erp, wrong),
                InvalidCommand.class);

        assertThat(refused.violations()).extracting(Violation::field)
                .containsExactlyInAnyOrder("dueDate", "vat[0]", "vat");
        assertThat(refused.violations()).allSatisfy(violation -> assertThat(violation.dutch()).isNotBlank());
        assertThat(kit.listInvoices().list(petra, InvoiceQuery.open(10)).items()).isEmpty();
    }

    // --- paging and filters ----------------------------------------------------------------------------------

    @Test
    void the_order_overview_pages_newest_first_and_filters() {
        List<String> newestFirst = new ArrayList<>();
        for (int index = 0; index < 60; index++) {
            String number = String.format("TEL-%04d", index);
            Instant at = MONDAY.minus(Duration.ofHours(index / 2));
            kit.recordChannelOrder().record(erp, new RecordChannelOrderCommand(jansen.value(), number,
                    OrderChannel.PHONE, index % 3 == 0 ? "Zonnepark" : "", at, List.of(channelLine(2))));
            newestFirst.add(number);
        }
        newestFirst.sort((left, right) -> right.compareTo(left));
        newestFirst.sort(java.util.Comparator.comparing((String number) -> Integer.parseInt(number.substring(4)) / 2));

        List<String> paged = Pages.all(25, page -> kit.listOrders().list(petra, new OrderQuery(OrderFilter.all(),
                page))).stream().map(OrderSummary::erpOrderNumber).toList();
        assertThat(paged).containsExactlyElementsOf(newestFirst);
        OrderFilter zonnepark = new OrderFilter(null, null, Set.of(), "Zonnepark", null);
        assertThat(Pages.all(7, page -> kit.listOrders().list(petra, new OrderQuery(zonnepark, page)))).hasSize(20);
        assertThat(kit.countOrders().count(petra, zonnepark)).isEqualTo(20);
        OrderFilter sunday = new OrderFilter(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1), Set.of(), null,
                null);
        assertThat(kit.countOrders().count(petra, sunday)).isEqualTo(60 - 2 * 11);
        OrderFilter one = new OrderFilter(null, null, EnumSet.of(DeliveryStatus.OPEN), null, "TEL-0042");
        assertThat(kit.listOrders().list(petra, new OrderQuery(one, PageRequest.first(5))).items())
                .extracting(OrderSummary::erpOrderNumber).containsExactly("TEL-0042");
        InvalidCommand forged = catchThrowableOfType(() -> kit.listOrders().list(petra, new OrderQuery(
                OrderFilter.all(), new PageRequest(25, "AAAAAAAAAAAA"))), InvalidCommand.class);
        assertThat(forged.violations()).extracting(Violation::field).containsExactly("page.after");
    }

    @Test
    void open_order_lines_come_soonest_expected_first_across_orders() {
        kit.recordChannelOrder().record(erp, new RecordChannelOrderCommand(jansen.value(), "TEL-1201",
                OrderChannel.COUNTER, "", MONDAY, List.of(channelLine(1, LocalDate.of(2026, 3, 20)),
                        channelLine(1, LocalDate.of(2026, 3, 5)))));
        kit.recordChannelOrder().record(erp, new RecordChannelOrderCommand(jansen.value(), "TEL-1202",
                OrderChannel.EDI, "Hal 3", MONDAY, List.of(channelLine(3, LocalDate.of(2026, 3, 10)))));
        kit.recordDelivery().record(erp, delivery("PAK-1201", "TEL-1202", new LineQuantity(1, 1)));

        List<OpenOrderLine> open = Pages.all(2, page -> kit.listOpenOrderLines().list(petra, page));

        assertThat(open).extracting(line -> line.erpOrderNumber() + "/" + line.line().lineNumber())
                .containsExactly("TEL-1201/2", "TEL-1202/1", "TEL-1201/1");
        assertThat(open.get(1).line().open()).isEqualTo(2);
        assertThat(open.get(1).reference()).isEqualTo("Hal 3");
        assertThat(kit.listOpenOrderLines().list(jan, PageRequest.first(10)).items()).isEmpty();
    }

    // --- concurrency -----------------------------------------------------------------------------------------

    @Test
    void two_deliveries_of_one_line_at_the_same_moment_never_deliver_more_than_was_ordered() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String order = "TEL-R" + round;
                String delivered = "PAK-A" + round;
                String cancelled = "ANN-B" + round;
                kit.recordChannelOrder().record(erp, phoneOrder(order, MONDAY, 5));
                List<Object> outcomes = atTheSameMoment(threads,
                        () -> kit.recordDelivery().record(erp, delivery(delivered, order, new LineQuantity(1, 3))),
                        () -> kit.cancelOrderLines().cancel(erp, new CancelOrderLinesCommand(jansen.value(),
                                cancelled, order, List.of(new LineQuantity(1, 3)))));

                assertThat(outcomes).filteredOn(Race.DONE::equals).hasSize(1);
                assertThat(outcomes).filteredOn(outcome -> outcome instanceof QuantityExceedsOpen).hasSize(1);
                OrderedLine line = line(petra, order, 1);
                assertThat(line.delivered() + line.cancelled()).isEqualTo(3);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void the_same_message_twice_at_the_same_moment_is_applied_once() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String order = "TEL-S" + round;
                kit.recordChannelOrder().record(erp, phoneOrder(order, MONDAY, 5));
                RecordDeliveryCommand delivery = delivery("PAK-S" + round, order, new LineQuantity(1, 2));
                List<Object> outcomes = atTheSameMoment(threads, () -> kit.recordDelivery().record(erp, delivery),
                        () -> kit.recordDelivery().record(erp, delivery));

                assertThat(outcomes).containsOnly(Race.DONE);
                assertThat(line(petra, order, 1).delivered()).isEqualTo(2);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void two_payments_of_one_invoice_at_the_same_moment_never_pay_more_than_it_asks() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                String number = "F-R" + round;
                kit.recordInvoice().record(erp, invoice(number, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1),
                        "100.00"));
                String first = "BET-A" + round;
                String second = "BET-B" + round;
                List<Object> outcomes = atTheSameMoment(threads,
                        () -> kit.recordPayment().record(erp, payment(first, number, "70.00")),
                        () -> kit.recordPayment().record(erp, payment(second, number, "70.00")));

                assertThat(outcomes).filteredOn(Race.DONE::equals).hasSize(1);
                assertThat(outcomes).filteredOn(outcome -> outcome instanceof AmountExceedsOutstanding).hasSize(1);
                InvoiceView paid = Pages.all(page -> kit.listInvoices().list(petra, new InvoiceQuery(false, page)))
                        .stream().filter(invoice -> invoice.invoiceNumber().equals(number)).findFirst().orElseThrow();
                assertThat(paid.paid()).isEqualTo(Money.euro("70.00"));
                assertThat(paid.outstanding()).isEqualTo(Money.euro("51.00"));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Runs both at the same moment on two threads: {@link Race#DONE} or the refusal each met. */
    private static List<Object> atTheSameMoment(ExecutorService threads, Runnable one, Runnable other)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        Future<Object> first = threads.submit(Race.attempt(start, one));
        Future<Object> second = threads.submit(Race.attempt(start, other));
        start.countDown();
        return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
    }

    protected Actor addUser(String name, Right... rights) {
        return Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(Fixtures.email("collega").value(),
                name, Role.USER, Set.of(rights), Fixtures.PASSWORD)));
    }

    protected static UserId id(Actor actor) {
        return ((Actor.UserActor) actor).user();
    }

    /** A cart of screws and cable (a line of zero is left out). */
    private static SubmitOrderCommand cart(int screws, int cable) {
        List<CartLine> lines = new ArrayList<>();
        if (screws > 0) {
            lines.add(new CartLine(TestCatalog.SCREWS, screws));
        }
        if (cable > 0) {
            lines.add(new CartLine(TestCatalog.CABLE, cable));
        }
        return new SubmitOrderCommand(lines, "Project Zonnepark");
    }

    private OrderRequestId place(Actor requester, SubmitOrderCommand cart) {
        ApprovalOutcome outcome = kit.submitOrder().submit(requester, cart);
        assertThat(outcome).isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        return outcome.order();
    }

    private ConfirmOrderCommand confirmation(OrderRequestId placed, String erpOrderNumber, int lines) {
        List<ExpectedDelivery> expected = new ArrayList<>();
        for (int line = 1; line <= lines; line++) {
            expected.add(new ExpectedDelivery(line, NEXT_WEEK));
        }
        return new ConfirmOrderCommand(jansen.value(), erpOrderNumber, placed, expected);
    }

    private RecordChannelOrderCommand phoneOrder(String erpOrderNumber, Instant at, int quantity) {
        return new RecordChannelOrderCommand(jansen.value(), erpOrderNumber, OrderChannel.PHONE, "", at,
                List.of(channelLine(quantity)));
    }

    private static ChannelOrderLine channelLine(int quantity) {
        return channelLine(quantity, NEXT_WEEK);
    }

    private static ChannelOrderLine channelLine(int quantity, LocalDate expectedOn) {
        return new ChannelOrderLine(TestCatalog.DRILL, "Accuboormachine 18V", quantity, Money.euro("199.00"),
                new BigDecimal("21"), expectedOn);
    }

    private RecordDeliveryCommand delivery(String number, String erpOrderNumber, LineQuantity... lines) {
        return new RecordDeliveryCommand(jansen.value(), number, erpOrderNumber, LocalDate.of(2026, 3, 3),
                List.of(lines));
    }

    private RecordInvoiceCommand invoice(String number, LocalDate date, LocalDate due, String net) {
        Money netAmount = Money.euro(net);
        Money vat = netAmount.times(new BigDecimal("0.21"));
        return new RecordInvoiceCommand(jansen.value(), number, date, due,
                List.of(new InvoiceLine("", "Levering", netAmount, new BigDecimal("21"))),
                List.of(new VatTotal(new BigDecimal("21"), netAmount, vat, netAmount.plus(vat))));
    }

    private RecordPaymentCommand payment(String number, String invoice, String amount) {
        return new RecordPaymentCommand(jansen.value(), number, invoice, Money.euro(amount), LocalDate.of(2026, 3, 2));
    }

    private List<String> erpNumbers(Actor viewer) {
        return Pages.all(page -> kit.listOrders().list(viewer, new OrderQuery(OrderFilter.all(), page))).stream()
                .map(OrderSummary::erpOrderNumber).toList();
    }

    private OrderedLine line(Actor viewer, String erpOrderNumber, int number) {
        return kit.viewOrder().view(viewer, erpOrderNumber).lines().get(number - 1);
    }

    private DeliveryStatus status(Actor viewer, String erpOrderNumber) {
        return kit.viewOrder().view(viewer, erpOrderNumber).summary().status();
    }
}
