package org.accountkit.orders.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.orders.CountOrders;
import org.accountkit.orders.Delivery;
import org.accountkit.orders.ErpDocument;
import org.accountkit.orders.InvoiceBalance;
import org.accountkit.orders.InvoiceQuery;
import org.accountkit.orders.InvoiceView;
import org.accountkit.orders.ListInvoices;
import org.accountkit.orders.ListOpenOrderLines;
import org.accountkit.orders.ListOrders;
import org.accountkit.orders.ListShipments;
import org.accountkit.orders.OpenOrderLine;
import org.accountkit.orders.OrderDetails;
import org.accountkit.orders.OrderFilter;
import org.accountkit.orders.OrderQuery;
import org.accountkit.orders.OrderSummary;
import org.accountkit.orders.Shipment;
import org.accountkit.orders.TrackingLinks;
import org.accountkit.orders.ViewInvoiceBalance;
import org.accountkit.orders.ViewOrder;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Moments;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.DeliverySnapshot;
import org.accountkit.spi.SalesOrderFilter;
import org.accountkit.spi.SalesOrderSnapshot;
import org.accountkit.spi.ShipmentSnapshot;
import org.accountkit.spi.Viewed;
import org.accountkit.user.Right;
import org.accountkit.user.internal.AccessPolicy;
import org.accountkit.user.internal.AccountUser;

/**
 * What the customer reads of orders, shipments and invoices. A user sees their own webshop orders; administrators
 * and holders of {@link Right#SEE_ALL_ORDERS} every order of the customer number; invoices need
 * {@link Right#SEE_INVOICES}.
 */
public final class OrderViews implements ListOrders, CountOrders, ViewOrder, ListOpenOrderLines,
        ListInvoices, ViewInvoiceBalance {

    private static final java.util.regex.Pattern ERP_NUMBER = java.util.regex.Pattern
            .compile(ErpDocument.NUMBER_PATTERN);

    private final AccountStorage storage;
    private final CommandValidation validation;
    private final AccessPolicy access;
    private final TrackingLinks trackingLinks;
    private final Clock clock;

    /** Wires the views to their ports. */
    public OrderViews(AccountStorage storage, CommandValidation validation, TrackingLinks trackingLinks,
            Clock clock) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.trackingLinks = Objects.requireNonNull(trackingLinks, "trackingLinks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = new AccessPolicy(storage.users());
    }

    @Override
    public Page<OrderSummary> list(Actor actor, OrderQuery query) {
        validation.validate(actor, query);
        Actor.UserActor asked = AccessPolicy.userActor(actor);
        SalesOrderFilter everyOrder = filterFor(asked.customerNumber(), null, query.filter());
        Viewed<OrderSummary> viewed = storage.salesOrders().listForViewer(asked.customerNumber(), asked.user(),
                everyOrder, query.page()).orElseThrow(() -> new NotPermitted("KNOWN_USER"));
        if (AccountUser.holds(viewed.role(), viewed.granted(), Right.SEE_ALL_ORDERS)) {
            return viewed.everyone();
        }
        return storage.salesOrders().list(asked.customerNumber(), everyOrder.of(asked.user()), query.page());
    }

    @Override
    public long count(Actor actor, OrderFilter filter) {
        validation.validate(actor, filter, "filter");
        AccountUser viewer = access.actingUser(actor);
        return storage.salesOrders().count(viewer.customerNumber(),
                filterFor(viewer.customerNumber(), seesAll(viewer) ? null : viewer.id(), filter));
    }

    @Override
    public OrderDetails view(Actor actor, String erpOrderNumber) {
        validation.validate(actor, erpOrderNumber, "erpOrderNumber");
        if (!ERP_NUMBER.matcher(erpOrderNumber).matches()) {
            throw new InvalidCommand(List.of(CommandValidation.violation("erpOrderNumber",
                    "org.accountkit.orders.ErpNumber.message")));
        }
        AccountUser viewer = access.actingUser(actor);
        SalesOrderSnapshot order = storage.salesOrders().find(viewer.customerNumber(), erpOrderNumber)
                .filter(found -> seesAll(viewer) || viewer.id().equals(found.requester()))
                .orElseThrow(() -> new NotFound("order"));
        List<Shipment> shipments = storage.salesOrders().shipmentsOf(viewer.customerNumber(), erpOrderNumber)
                .stream().map(this::shipment).toList();
        List<InvoiceView> invoices = List.of();
        if (viewer.holds(Right.SEE_INVOICES)) {
            LocalDate today = today(viewer);
            invoices = storage.invoices().invoicesOf(viewer.customerNumber(), erpOrderNumber).stream()
                    .map(invoice -> Invoice.view(invoice, today)).toList();
        }
        List<Delivery> deliveries = storage.salesOrders().deliveriesOf(viewer.customerNumber(), erpOrderNumber)
                .stream().map(DeliverySnapshot::delivery).toList();
        return new OrderDetails(order.summary(), order.lines(), deliveries, shipments, invoices);
    }

    @Override
    public Page<OpenOrderLine> list(Actor actor, PageRequest page) {
        validation.validate(actor, page, "page");
        Actor.UserActor asked = AccessPolicy.userActor(actor);
        Viewed<OpenOrderLine> viewed = storage.salesOrders().openLinesForViewer(asked.customerNumber(), asked.user(),
                page).orElseThrow(() -> new NotPermitted("KNOWN_USER"));
        if (AccountUser.holds(viewed.role(), viewed.granted(), Right.SEE_ALL_ORDERS)) {
            return viewed.everyone();
        }
        return storage.salesOrders().openLines(asked.customerNumber(), asked.user(), page);
    }

    /** The shipping information; see {@link ListShipments}. */
    public ListShipments shipments() {
        return (actor, page) -> {
            validation.validate(actor, page, "page");
            AccountUser viewer = access.actingUser(actor);
            return storage.salesOrders().shipments(viewer.customerNumber(), seesAll(viewer) ? null : viewer.id(),
                    page).map(this::shipment);
        };
    }

    @Override
    public Page<InvoiceView> list(Actor actor, InvoiceQuery query) {
        validation.validate(actor, query);
        AccountUser viewer = access.requireRight(actor, Right.SEE_INVOICES);
        LocalDate today = today(viewer);
        return storage.invoices().list(viewer.customerNumber(), query.paid(), query.page())
                .map(invoice -> Invoice.view(invoice, today));
    }

    @Override
    public InvoiceBalance balance(Actor actor) {
        validation.validateActor(actor);
        AccountUser viewer = access.requireRight(actor, Right.SEE_INVOICES);
        return storage.invoices().balance(viewer.customerNumber(), today(viewer));
    }

    private static boolean seesAll(AccountUser viewer) {
        return viewer.holds(Right.SEE_ALL_ORDERS);
    }

    /** The store's filter for {@code filter}: of {@code requester}'s orders, or of every order when {@code null}. */
    private SalesOrderFilter filterFor(CustomerNumber customerNumber, UserId requester, OrderFilter filter) {
        Instant from = null;
        Instant until = null;
        if (filter.from() != null || filter.until() != null) {
            ZoneId zone = zoneOf(customerNumber);
            from = filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant();
            until = filter.until() == null ? null : filter.until().plusDays(1).atStartOfDay(zone).toInstant();
            if (until != null && until.isAfter(Moments.LATEST)) {
                until = null;
            }
        }
        return new SalesOrderFilter(requester, from, until, filter.statuses(), filter.reference(),
                filter.erpOrderNumber());
    }

    private ZoneId zoneOf(CustomerNumber customerNumber) {
        // no customer number, no user of it: answered as for any unknown user, so nothing tells whether it exists
        return storage.customerAccounts().find(customerNumber)
                .orElseThrow(() -> new NotPermitted("KNOWN_USER")).timeZone();
    }

    private LocalDate today(AccountUser viewer) {
        return LocalDate.ofInstant(clock.instant(), zoneOf(viewer.customerNumber()));
    }

    private Shipment shipment(ShipmentSnapshot shipment) {
        return new Shipment(shipment.shipmentNumber(), shipment.erpOrderNumber(), shipment.carrier(),
                shipment.trackingCode(), trackingLinks.linkFor(shipment.carrier(), shipment.trackingCode()),
                shipment.shippedAt(), shipment.lines());
    }
}
