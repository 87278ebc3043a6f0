package org.accountkit.orders.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.accountkit.budget.CalendarPeriod;
import org.accountkit.ordering.OrderLine;
import org.accountkit.orders.ChannelOrderLine;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.OrderedLine;
import org.accountkit.orders.QuantityExceedsOpen;
import org.accountkit.orders.RecordChannelOrderCommand;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Moments;
import org.accountkit.shared.Money;
import org.accountkit.spi.OrderRequestSnapshot;
import org.accountkit.spi.SalesOrderSnapshot;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

/**
 * An order the ERP confirmed or reported, and what became of its lines. It keeps the rule that delivered and
 * cancelled together never exceed what was ordered, per line; a message that would break it changes nothing.
 */
public final class SalesOrder implements AggregateRoot<SalesOrder, SalesOrder.Key> {

    private final String erpOrderNumber;
    private SalesOrderSnapshot state;

    private SalesOrder(SalesOrderSnapshot state) {
        this.erpOrderNumber = state.erpOrderNumber();
        this.state = state;
    }

    /** An order's identity: its ERP order number within its customer number. */
    public record Key(CustomerNumber customerNumber, String erpOrderNumber) implements Identifier {
    }

    @Override
    public Key getId() {
        return new Key(state.customerNumber(), erpOrderNumber);
    }

    /** The order as stored. */
    public static SalesOrder restore(SalesOrderSnapshot stored) {
        return new SalesOrder(stored);
    }

    /**
     * A placed webshop order, confirmed by the ERP.
     *
     * @param placed       the placed order request
     * @param expectedOn   the expected delivery date per line number, for every line
     * @param bookedPeriod the budget period the order was booked in, or {@code null}
     */
    public static SalesOrder confirm(OrderRequestSnapshot placed, String erpOrderNumber,
            Map<Integer, LocalDate> expectedOn, CalendarPeriod bookedPeriod) {
        List<OrderedLine> lines = new ArrayList<>(placed.lines().size());
        for (int index = 0; index < placed.lines().size(); index++) {
            OrderLine line = placed.lines().get(index);
            lines.add(new OrderedLine(index + 1, line.articleNumber(), line.description(), line.quantity(), 0, 0,
                    line.unitNetPrice(), line.vatRate(), expectedOn.get(index + 1)));
        }
        return new SalesOrder(new SalesOrderSnapshot(placed.customerNumber(), erpOrderNumber, OrderChannel.WEBSHOP,
                placed.id(), placed.requester(), placed.reference(), placed.placedAt(), lines, bookedPeriod, 0));
    }

    /** An order of another channel, as the ERP reported it. */
    public static SalesOrder fromChannel(CustomerNumber customerNumber, RecordChannelOrderCommand command) {
        List<OrderedLine> lines = new ArrayList<>(command.lines().size());
        for (int index = 0; index < command.lines().size(); index++) {
            ChannelOrderLine line = command.lines().get(index);
            lines.add(new OrderedLine(index + 1, line.articleNumber(), line.description(), line.quantity(), 0, 0,
                    line.unitNetPrice(), line.vatRate(), line.expectedOn()));
        }
        return new SalesOrder(new SalesOrderSnapshot(customerNumber, command.erpOrderNumber(), command.channel(),
                null, null, command.reference(), Moments.stored(command.orderedAt()), lines, null, 0));
    }

    /**
     * Records delivered quantities.
     *
     * @param quantities per line, each line on the order and named once
     * @throws QuantityExceedsOpen when a line has less open; nothing changes then
     */
    public void deliver(List<LineQuantity> quantities) {
        change(quantities, false);
    }

    /**
     * Records cancelled quantities.
     *
     * @return what the cancelled quantities were worth, excluding VAT
     * @throws QuantityExceedsOpen when a line has less open; nothing changes then
     */
    public Money cancel(List<LineQuantity> quantities) {
        change(quantities, true);
        Money worth = Money.zero(state.currency());
        for (LineQuantity quantity : quantities) {
            worth = worth.plus(state.lines().get(quantity.lineNumber() - 1).unitNetPrice()
                    .times(java.math.BigDecimal.valueOf(quantity.quantity())));
        }
        return worth;
    }

    private void change(List<LineQuantity> quantities, boolean cancelling) {
        List<OrderedLine> lines = new ArrayList<>(state.lines());
        for (LineQuantity quantity : quantities) {
            OrderedLine line = lines.get(quantity.lineNumber() - 1);
            if (quantity.quantity() > line.open()) {
                throw new QuantityExceedsOpen(erpOrderNumber, line.lineNumber(), line.open());
            }
            lines.set(quantity.lineNumber() - 1,
                    cancelling ? line.cancel(quantity.quantity()) : line.deliver(quantity.quantity()));
        }
        state = state.withLines(lines);
    }

    /** How many lines the order has. */
    public int lineCount() {
        return state.lines().size();
    }

    /** The state to store. */
    public SalesOrderSnapshot snapshot() {
        return state;
    }
}
