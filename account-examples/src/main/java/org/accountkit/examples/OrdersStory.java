package org.accountkit.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.accountkit.AccountKit;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.ordering.PlacedOrder;
import org.accountkit.orders.CancelOrderLinesCommand;
import org.accountkit.orders.ChannelOrderLine;
import org.accountkit.orders.ConfirmOrderCommand;
import org.accountkit.orders.ExpectedDelivery;
import org.accountkit.orders.InvoiceBalance;
import org.accountkit.orders.InvoiceLine;
import org.accountkit.orders.InvoiceQuery;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OpenOrderLine;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.OrderQuery;
import org.accountkit.orders.OrderSummary;
import org.accountkit.orders.RecordChannelOrderCommand;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.orders.RecordInvoiceCommand;
import org.accountkit.orders.RecordPaymentCommand;
import org.accountkit.orders.RecordShipmentCommand;
import org.accountkit.orders.Shipment;
import org.accountkit.orders.VatTotal;
import org.accountkit.shared.Actor;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.shared.Money;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.PasswordHashing;
import org.accountkit.user.Right;
import org.accountkit.user.Role;

/**
 * The seed's order pages ("Bestellingen", "Openstaande orderregels", "Verzendinformatie", "Facturen"), fed by the
 * wholesaler's ERP: a mechanic's webshop order goes to the ERP, which confirms it, ships part of it with DHL,
 * cancels the rest of a line (crediting the mechanic's budget) and invoices what was delivered; the buyer also
 * phoned an order in. Then the buyer reads the overview, the open lines, the shipments with their tracking links
 * and the invoices.
 */
public final class OrdersStory {

    private final AccountKit kit;
    private final List<PlacedOrder> handedToErp = new ArrayList<>();
    private final Clock clock;
    private final PrintStream out;

    /**
     * @param storage where the story is stored
     * @param hashing how passwords are hashed
     * @param clock   the clock the story's moments come from
     * @param out     where the story is told
     */
    public OrdersStory(AccountStorage storage, PasswordHashing hashing, Clock clock, PrintStream out) {
        this.kit = AccountKit.builder().storage(storage).passwordHashing(hashing).clock(clock)
                .articleCatalog(new ExampleCatalog()).orderHandOff(handedToErp::add).build();
        this.clock = clock;
        this.out = out;
    }

    /** Tells the story; every step goes through a use case. */
    public AccountKit tell() {
        Actor.UserActor buyer = kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                new RegisterCustomerAccountCommand("300777", "Elektrotechniek Bakker", "34567890", "NL345678901B01",
                        new AddressFields("Bakker administratie", "Dijkweg", "9", "1601 AA", "Enkhuizen", Country.NL),
                        ZoneId.of("Europe/Amsterdam"), "sanne@bakker.example", "Sanne Inkoop", "Kabelgoot-2026!"))
                .administratorActor();
        Actor.UserActor mechanic = buyer.colleague(kit.addUser().add(buyer, new AddUserCommand("tim@bakker.example",
                "Tim de Monteur", Role.USER, EnumSet.of(Right.PLACE_ORDERS), "Stekkerdoos-2026")));
        kit.setBudget().set(buyer, new SetBudgetCommand(mechanic.user(), Money.euro("500.00"), BudgetPeriod.MONTH));
        kit.submitOrder().submit(mechanic, new SubmitOrderCommand(List.of(new CartLine("SCHROEF-4X40-200", 4),
                new CartLine("KABEL-3G2.5", 20)), "Project Dijkweg"));
        PlacedOrder placed = handedToErp.get(0);
        say("A. Tim orders screws and cable on his budget; the order goes to the ERP: " + placed.netTotal());

        Actor erp = Actor.customerService("ERP");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam")));
        OrderRequestId webshopOrder = new OrderRequestId(placed.orderId());
        kit.confirmOrder().confirm(erp, new ConfirmOrderCommand("300777", "ORD-88001", webshopOrder, List.of(
                new ExpectedDelivery(1, today.plusDays(1)), new ExpectedDelivery(2, today.plusDays(7)))));
        kit.recordDelivery().record(erp, new RecordDeliveryCommand("300777", "PAK-1", "ORD-88001",
                today, List.of(new LineQuantity(1, 4), new LineQuantity(2, 5))));
        kit.recordShipment().record(erp, new RecordShipmentCommand("300777", "ZEND-1", "ORD-88001", "DHL",
                "JVGL0512345678", clock.instant(), List.of(new LineQuantity(1, 4), new LineQuantity(2, 5))));
        kit.cancelOrderLines().cancel(erp, new CancelOrderLinesCommand("300777", "ANN-1", "ORD-88001",
                List.of(new LineQuantity(2, 15))));
        kit.recordDelivery().record(erp, new RecordDeliveryCommand("300777", "PAK-1", "ORD-88001",
                today, List.of(new LineQuantity(1, 4), new LineQuantity(2, 5))));
        say("B. The ERP confirms it as ORD-88001, delivers and ships part of it with DHL, cancels the other 15 m of "
                + "cable, and sends the delivery note again by mistake: nothing changes");
        say("   Tim's budget after the cancellation: spent " + kit.viewBudget().view(mechanic, mechanic.user())
                .spent().orElseThrow());
        kit.recordChannelOrder().record(erp, new RecordChannelOrderCommand("300777", "TEL-88002", OrderChannel.PHONE,
                "Storing school", clock.instant().minusSeconds(3600), List.of(new ChannelOrderLine("BOOR-18V",
                        "Accuboormachine 18V", 1, Money.euro("199.00"), new BigDecimal("21"), today.plusDays(2)))));
        say("C. Sanne phoned an order in; the ERP reports it as TEL-88002");
        kit.recordInvoice().record(erp, new RecordInvoiceCommand("300777", "F-2026-0412", today, today.plusDays(30),
                List.of(new InvoiceLine("ORD-88001", "Levering ORD-88001", Money.euro("56.25"), new BigDecimal("21"))),
                List.of(new VatTotal(new BigDecimal("21"), Money.euro("56.25"), Money.euro("11.81"),
                        Money.euro("68.06")))));
        kit.recordPayment().record(erp, new RecordPaymentCommand("300777", "BET-1", "F-2026-0412",
                Money.euro("50.00"), today));
        say("D. The ERP invoices the delivery (EUR 68.06) and reports a payment of EUR 50.00");

        List<OrderSummary> overview = kit.listOrders().list(buyer, OrderQuery.firstPage(25)).items();
        say("E. Sanne's order overview: " + overview.stream().map(order -> order.erpOrderNumber() + " "
                + order.channel() + " " + order.status() + " " + order.netTotal()).toList());
        say("   Tim sees only his own: " + kit.listOrders().list(mechanic, OrderQuery.firstPage(25)).items().stream()
                .map(OrderSummary::erpOrderNumber).toList());
        List<OpenOrderLine> open = kit.listOpenOrderLines().list(buyer, PageRequest.first(25)).items();
        say("   Open order lines: " + open.stream().map(line -> line.erpOrderNumber() + "/" + line.line().lineNumber()
                + " " + line.line().open() + "x " + line.line().description() + " expected "
                + line.line().expectedOn()).toList());
        Shipment shipment = kit.listShipments().list(buyer, PageRequest.first(25)).items().get(0);
        say("   Shipment " + shipment.shipmentNumber() + ": " + shipment.carrier() + " "
                + shipment.trackingLink().orElseThrow());
        InvoiceBalance balance = kit.viewInvoiceBalance().balance(buyer);
        say("   Open invoices: " + kit.listInvoices().list(buyer, InvoiceQuery.open(25)).items().stream()
                .map(invoice -> invoice.invoiceNumber() + " outstanding " + invoice.outstanding()).toList()
                + "; owed in total " + balance.outstanding() + ", overdue " + balance.overdue());
        return kit;
    }

    private void say(String line) {
        out.println(line);
    }
}
