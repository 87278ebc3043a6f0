package org.accountkit.orders.internal;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.approval.OrderStatus;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.internal.UserBudget;
import org.accountkit.orders.AlreadyConfirmed;
import org.accountkit.orders.CancelOrderLines;
import org.accountkit.orders.CancelOrderLinesCommand;
import org.accountkit.orders.ChannelOrderLine;
import org.accountkit.orders.ConfirmOrder;
import org.accountkit.orders.ConfirmOrderCommand;
import org.accountkit.orders.Delivery;
import org.accountkit.orders.DocumentConflict;
import org.accountkit.orders.ErpDocument;
import org.accountkit.orders.ExpectedDelivery;
import org.accountkit.orders.InvoiceLine;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.RecordChannelOrder;
import org.accountkit.orders.RecordChannelOrderCommand;
import org.accountkit.orders.RecordCreditNote;
import org.accountkit.orders.RecordCreditNoteCommand;
import org.accountkit.orders.RecordDelivery;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.orders.RecordInvoice;
import org.accountkit.orders.RecordInvoiceCommand;
import org.accountkit.orders.RecordPayment;
import org.accountkit.orders.RecordPaymentCommand;
import org.accountkit.orders.RecordShipment;
import org.accountkit.orders.RecordShipmentCommand;
import org.accountkit.orders.TrackingLinks;
import org.accountkit.orders.VatTotal;
import org.accountkit.outbox.Notice;
import org.accountkit.outbox.internal.NoticeQueue;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Moments;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.shared.Violation;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.shared.internal.Fingerprint;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.spi.CustomerAccountSnapshot;
import org.accountkit.spi.DeliverySnapshot;
import org.accountkit.spi.OrderRequestSnapshot;
import org.accountkit.spi.SalesOrderSnapshot;
import org.accountkit.spi.ShipmentSnapshot;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.accountkit.user.internal.AccountUser;

/**
 * The ERP feed: every message validated, then applied in one transaction together with the record of its document,
 * so that it is applied once. When two messages change the same order or invoice at once, the one that lost reads
 * again and applies again (or finds its document received, when it was the same message).
 */
public final class ErpFeed implements ConfirmOrder, RecordChannelOrder, RecordDelivery, CancelOrderLines,
        RecordShipment, RecordInvoice, RecordPayment, RecordCreditNote {

    private static final int ATTEMPTS = 8;

    private final AccountStorage storage;
    private final CommandValidation validation;
    private final TrackingLinks trackingLinks;
    private final NoticeQueue notices;

    /** Wires the feed to its ports. */
    public ErpFeed(AccountStorage storage, CommandValidation validation, TrackingLinks trackingLinks,
            NoticeQueue notices) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.trackingLinks = Objects.requireNonNull(trackingLinks, "trackingLinks");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /** The order's requester, or the customer number's administrators for an order of another channel. */
    private List<AccountUserSnapshot> toldOf(CustomerNumber owner, UserId requester) {
        if (requester != null) {
            return storage.users().find(owner, requester).map(List::of).orElse(List.of());
        }
        return storage.users().allOf(owner).stream().filter(user -> user.role() == Role.ADMINISTRATOR).toList();
    }

    @Override
    public void confirm(Actor actor, ConfirmOrderCommand command) {
        receive(actor, command, command == null ? null : command.customerNumber(),
                ErpDocument.Kind.ORDER_CONFIRMATION, () -> command.erpOrderNumber(), (owner, account) -> {
                    OrderRequestSnapshot placed = storage.orderRequests().find(owner, command.orderRequest())
                            .filter(request -> request.status() == OrderStatus.PLACED
                                    || request.status() == OrderStatus.APPROVED)
                            .orElseThrow(() -> new NotFound("order"));
                    Map<Integer, LocalDate> expected = expectedPerLine(command.expectedDeliveries(),
                            placed.lines().size());
                    Optional<String> earlier = storage.salesOrders().confirmationOf(owner, placed.id());
                    if (earlier.isPresent()) {
                        throw new AlreadyConfirmed(placed.id(), earlier.get());
                    }
                    requireNewOrderNumber(owner, command.erpOrderNumber(), ErpDocument.Kind.ORDER_CONFIRMATION);
                    storage.salesOrders().add(SalesOrder.confirm(placed, command.erpOrderNumber(), expected,
                            bookedPeriod(placed, account.timeZone())).snapshot());
                    notices.queueDocument(Notice.Kind.ORDER_CONFIRMED, owner, toldOf(owner, placed.requester()),
                            placed.netTotal(), command.erpOrderNumber(), null, null);
                });
    }

    @Override
    public void record(Actor actor, RecordChannelOrderCommand command) {
        receive(actor, command, command == null ? null : command.customerNumber(), ErpDocument.Kind.CHANNEL_ORDER,
                () -> {
                    List<Violation> violations = new ArrayList<>();
                    if (command.channel() == OrderChannel.WEBSHOP) {
                        violations.add(CommandValidation.violation("channel",
                                "org.accountkit.orders.WebshopChannel.message"));
                    }
                    Money total = null;
                    for (int index = 0; index < command.lines().size(); index++) {
                        ChannelOrderLine line = command.lines().get(index);
                        Money lineTotal = line.unitNetPrice().times(BigDecimal.valueOf(line.quantity()));
                        if (total != null && !total.inSameCurrencyAs(lineTotal)) {
                            violations.add(CommandValidation.violation("lines[" + index + "].unitNetPrice",
                                    "org.accountkit.orders.OneCurrency.message"));
                        } else {
                            total = total == null ? lineTotal : total.plus(lineTotal);
                        }
                    }
                    if (total != null && !total.isStorable()) {
                        violations.add(CommandValidation.violation("lines",
                                "org.accountkit.AmountTooLarge.message"));
                    }
                    refuseIfAny(violations);
                    return command.erpOrderNumber();
                }, (owner, account) -> {
                    requireNewOrderNumber(owner, command.erpOrderNumber(), ErpDocument.Kind.CHANNEL_ORDER);
                    storage.salesOrders().add(SalesOrder.fromChannel(owner, command).snapshot());
                });
    }

    @Override
    public void record(Actor actor, RecordDeliveryCommand command) {
        receive(actor, command, command == null ? null : command.customerNumber(), ErpDocument.Kind.DELIVERY,
                () -> command.deliveryNumber(), (owner, account) -> {
                    SalesOrder order = orderOf(owner, command.erpOrderNumber(), command.lines());
                    order.deliver(command.lines());
                    storage.salesOrders().update(order.snapshot());
                    storage.salesOrders().addDelivery(new DeliverySnapshot(owner, command.erpOrderNumber(),
                            new Delivery(command.deliveryNumber(), command.deliveredOn(), command.lines())));
                });
    }

    @Override
    public void cancel(Actor actor, CancelOrderLinesCommand command) {
        receive(actor, command, command == null ? null : command.customerNumber(), ErpDocument.Kind.CANCELLATION,
                () -> command.cancellationNumber(), (owner, account) -> {
                    SalesOrder order = orderOf(owner, command.erpOrderNumber(), command.lines());
                    Money worth = order.cancel(command.lines());
                    storage.salesOrders().update(order.snapshot());
                    SalesOrderSnapshot cancelled = order.snapshot();
                    if (cancelled.requester() != null && cancelled.bookedPeriod() != null) {
                        storage.budgets().findForUpdate(owner, cancelled.requester()).map(UserBudget::restore)
                                .filter(budget -> budget.credit(worth, cancelled.bookedPeriod()))
                                .ifPresent(budget -> storage.budgets().update(budget.snapshot()));
                    }
                });
    }

    @Override
    public void record(Actor actor, RecordShipmentCommand command) {
        receive(actor, command, command == null ? null : command.customerNumber(), ErpDocument.Kind.SHIPMENT,
                () -> {
                    if (!trackingLinks.knows(command.carrier())) {
                        refuseIfAny(List.of(CommandValidation.violation("carrier",
                                "org.accountkit.orders.UnknownCarrier.message")));
                    }
                    return command.shipmentNumber();
                }, (owner, account) -> {
                    SalesOrder order = orderOf(owner, command.erpOrderNumber(), command.lines());
                    storage.salesOrders().addShipment(new ShipmentSnapshot(owner, command.shipmentNumber(),
                            command.erpOrderNumber(), order.snapshot().requester(), command.carrier().strip(),
                            command.trackingCode(), Moments.stored(command.shippedAt()), command.lines()));
                    notices.queueDocument(Notice.Kind.ORDER_SHIPPED, owner, toldOf(owner, order.snapshot().requester()),
                            order.snapshot().netTotal(), command.erpOrderNumber(), trackingLinks.linkFor(
                                    command.carrier().strip(), command.trackingCode()).map(URI::toString).orElse(""),
                            null);
                });
    }

    @Override
    public void record(Actor actor, RecordInvoiceCommand command) {
        receive(actor, command, command == null ? null : command.customerNumber(), ErpDocument.Kind.INVOICE,
                () -> {
                    refuseIfAny(invoiceViolations(command));
                    return command.invoiceNumber();
                }, (owner, account) -> {
                    if (storage.invoices().find(owner, command.invoiceNumber()).isPresent()) {
                        throw new DocumentConflict(ErpDocument.Kind.INVOICE, command.invoiceNumber());
                    }
                    storage.invoices().add(Invoice.issue(owner, command).snapshot());
                    notices.queueDocument(Notice.Kind.INVOICE_AVAILABLE, owner, storage.users().allOf(owner).stream()
                            .filter(user -> AccountUser.restore(user).holds(Right.SEE_INVOICES)).toList(),
                            command.vat().stream().map(VatTotal::gross).reduce(Money::plus).orElseThrow(),
                            command.invoiceNumber(), null, null);
                });
    }

    @Override
    public void record(Actor actor, RecordPaymentCommand command) {
        receive(actor, command, command == null ? null : command.customerNumber(), ErpDocument.Kind.PAYMENT,
                () -> command.paymentNumber(), (owner, account) -> {
                    Invoice invoice = invoiceOf(owner, command.invoiceNumber(), command.amount());
                    invoice.pay(command.amount());
                    storage.invoices().update(invoice.snapshot());
                });
    }

    @Override
    public void record(Actor actor, RecordCreditNoteCommand command) {
        receive(actor, command, command == null ? null : command.customerNumber(), ErpDocument.Kind.CREDIT_NOTE,
                () -> command.creditNoteNumber(), (owner, account) -> {
                    Invoice invoice = invoiceOf(owner, command.invoiceNumber(), command.amount());
                    invoice.credit(command.amount());
                    storage.invoices().update(invoice.snapshot());
                });
    }

    // --- the one way every message is received --------------------------------------------------------------

    /** What a message does once validated, within the transaction that records its document. */
    @FunctionalInterface
    private interface Effect {
        void apply(CustomerNumber owner, CustomerAccountSnapshot account);
    }

    /** Checks what Bean Validation cannot, before anything is read; answers the document number. */
    @FunctionalInterface
    private interface Checks {
        String documentNumber();
    }

    private void receive(Actor actor, Object command, String customerNumber, ErpDocument.Kind kind, Checks checks,
            Effect effect) {
        InvalidCommand invalid = null;
        try {
            validation.validate(actor, command);
        } catch (InvalidCommand refused) {
            invalid = refused;
        }
        String number = null;
        if (command != null) {
            // the rules Bean Validation cannot express, also on a command it refused, so that one error names all
            try {
                number = checks.documentNumber();
            } catch (InvalidCommand refused) {
                invalid = invalid == null ? refused : merged(invalid, refused);
            } catch (RuntimeException unchecked) {
                if (invalid == null) {
                    throw unchecked;
                }
                // a part these rules read is missing or malformed, which the refusal names already
            }
        }
        if (invalid != null) {
            throw invalid;
        }
        if (!(actor instanceof Actor.CustomerServiceActor)) {
            throw new NotPermitted("CUSTOMER_SERVICE");
        }
        String documentNumber = number;
        CustomerNumber owner = new CustomerNumber(customerNumber);
        String fingerprint = fingerprint(command);
        for (int attempt = 1; ; attempt++) {
            try {
                storage.transactions().run(() -> {
                    Optional<String> received = storage.erpDocuments().fingerprint(owner, kind, documentNumber);
                    if (received.isPresent()) {
                        if (!received.get().equals(fingerprint)) {
                            throw new DocumentConflict(kind, documentNumber);
                        }
                        return;
                    }
                    CustomerAccountSnapshot account = storage.customerAccounts().find(owner)
                            .orElseThrow(() -> new NotFound("customer account"));
                    effect.apply(owner, account);
                    storage.erpDocuments().record(owner, kind, documentNumber, fingerprint);
                });
                notices.deliverSoon(owner);
                return;
            } catch (ConcurrentModification lost) {
                if (attempt == ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }

    /** A digest of the message's content: the same message gives the same digest. */
    static String fingerprint(Object command) {
        return Fingerprint.of(command.toString());
    }

    private static InvalidCommand merged(InvalidCommand first, InvalidCommand second) {
        List<Violation> violations = new ArrayList<>(first.violations());
        second.violations().stream().filter(violation -> !violations.contains(violation)).forEach(violations::add);
        return new InvalidCommand(violations);
    }

    private static void refuseIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidCommand(violations);
        }
    }

    // --- orders ----------------------------------------------------------------------------------------------

    private void requireNewOrderNumber(CustomerNumber owner, String erpOrderNumber, ErpDocument.Kind kind) {
        if (storage.salesOrders().find(owner, erpOrderNumber).isPresent()) {
            throw new DocumentConflict(kind, erpOrderNumber);
        }
    }

    /** The order, with the lines a message names checked against it: each on the order, each once. */
    private SalesOrder orderOf(CustomerNumber owner, String erpOrderNumber, List<LineQuantity> named) {
        SalesOrder order = storage.salesOrders().find(owner, erpOrderNumber).map(SalesOrder::restore)
                .orElseThrow(() -> new NotFound("order"));
        List<Violation> violations = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int index = 0; index < named.size(); index++) {
            int line = named.get(index).lineNumber();
            if (line > order.lineCount()) {
                violations.add(CommandValidation.violation("lines[" + index + "].lineNumber",
                        "org.accountkit.orders.UnknownLine.message"));
            } else if (!seen.add(line)) {
                violations.add(CommandValidation.violation("lines[" + index + "].lineNumber",
                        "org.accountkit.orders.LineTwice.message"));
            }
        }
        refuseIfAny(violations);
        return order;
    }

    private static Map<Integer, LocalDate> expectedPerLine(List<ExpectedDelivery> expected, int lines) {
        Map<Integer, LocalDate> perLine = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (int index = 0; index < expected.size(); index++) {
            ExpectedDelivery delivery = expected.get(index);
            if (delivery.lineNumber() > lines) {
                violations.add(CommandValidation.violation("expectedDeliveries[" + index + "].lineNumber",
                        "org.accountkit.orders.UnknownLine.message"));
            } else if (perLine.putIfAbsent(delivery.lineNumber(), delivery.expectedOn()) != null) {
                violations.add(CommandValidation.violation("expectedDeliveries[" + index + "].lineNumber",
                        "org.accountkit.orders.LineTwice.message"));
            }
        }
        if (violations.isEmpty() && perLine.size() != lines) {
            violations.add(CommandValidation.violation("expectedDeliveries",
                    "org.accountkit.orders.EveryLineOnce.message"));
        }
        refuseIfAny(violations);
        return perLine;
    }

    /** The budget period a placed order was booked in: the requester's period at its placing, in its currency. */
    private CalendarPeriod bookedPeriod(OrderRequestSnapshot placed, ZoneId zone) {
        return storage.budgets().find(placed.customerNumber(), placed.requester()).map(UserBudget::restore)
                .filter(budget -> budget.tracks(placed.currency()))
                .flatMap(budget -> budget.periodAt(placed.placedAt(), zone))
                .orElse(null);
    }

    // --- invoices --------------------------------------------------------------------------------------------

    private Invoice invoiceOf(CustomerNumber owner, String invoiceNumber, Money amount) {
        Invoice invoice = storage.invoices().find(owner, invoiceNumber).map(Invoice::restore)
                .orElseThrow(() -> new NotFound("invoice"));
        if (!invoice.currency().equals(amount.currency())) {
            refuseIfAny(List.of(CommandValidation.violation("amount",
                    "org.accountkit.orders.OneCurrency.message")));
        }
        return invoice;
    }

    private static List<Violation> invoiceViolations(RecordInvoiceCommand command) {
        List<Violation> violations = new ArrayList<>();
        if (command.dueDate().isBefore(command.invoiceDate())) {
            violations.add(CommandValidation.violation("dueDate",
                    "org.accountkit.orders.DueBeforeInvoice.message"));
        }
        java.util.Currency currency = command.vat().get(0).gross().currency();
        Map<BigDecimal, Money> linesNet = new HashMap<>();
        for (int index = 0; index < command.lines().size(); index++) {
            InvoiceLine line = command.lines().get(index);
            if (!line.netAmount().currency().equals(currency)) {
                violations.add(CommandValidation.violation("lines[" + index + "].netAmount",
                        "org.accountkit.orders.OneCurrency.message"));
            } else {
                linesNet.merge(line.vatRate(), line.netAmount(), Money::plus);
            }
        }
        Set<BigDecimal> rates = new HashSet<>();
        Money gross = Money.zero(currency);
        for (int index = 0; index < command.vat().size(); index++) {
            VatTotal total = command.vat().get(index);
            String field = "vat[" + index + "]";
            if (!total.net().currency().equals(currency) || !total.vat().currency().equals(currency)
                    || !total.gross().currency().equals(currency)) {
                violations.add(CommandValidation.violation(field, "org.accountkit.orders.OneCurrency.message"));
                continue;
            }
            if (!rates.add(total.vatRate())) {
                violations.add(CommandValidation.violation(field + ".vatRate",
                        "org.accountkit.orders.RateWithoutTotal.message"));
                continue;
            }
            if (!Invoice.addsUp(total, linesNet.getOrDefault(total.vatRate(), Money.zero(currency)))) {
                violations.add(CommandValidation.violation(field, "org.accountkit.orders.NotAddingUp.message"));
            }
            gross = gross.plus(total.gross());
        }
        if (!rates.containsAll(linesNet.keySet())) {
            violations.add(CommandValidation.violation("vat",
                    "org.accountkit.orders.RateWithoutTotal.message"));
        }
        if (!gross.isStorable()) {
            violations.add(CommandValidation.violation("vat", "org.accountkit.AmountTooLarge.message"));
        }
        return violations;
    }
}
