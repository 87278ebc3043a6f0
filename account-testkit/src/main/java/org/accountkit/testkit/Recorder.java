package org.accountkit.testkit;

import java.util.ArrayList;
import java.util.List;

import org.accountkit.ordering.OrderHandOff;
import org.accountkit.ordering.PlacedOrder;
import org.accountkit.outbox.Notice;
import org.accountkit.outbox.Notifications;
import org.accountkit.shared.DomainEvents;
import org.jmolecules.event.types.DomainEvent;

/** Records what AccountKit sends out: notices, placed orders and events. Thread-safe. */
public final class Recorder implements Notifications, OrderHandOff, DomainEvents {

    private final List<Notice> notices = new ArrayList<>();
    private final List<PlacedOrder> placed = new ArrayList<>();
    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void send(Notice notice) {
        notices.add(notice);
    }

    @Override
    public synchronized void handOff(PlacedOrder order) {
        placed.add(order);
    }

    @Override
    public synchronized void publish(DomainEvent event) {
        events.add(event);
    }

    /** The notices sent so far. */
    public synchronized List<Notice> notices() {
        return List.copyOf(notices);
    }

    /** The orders handed off so far. */
    public synchronized List<PlacedOrder> placedOrders() {
        return List.copyOf(placed);
    }

    /** The events published so far. */
    public synchronized List<DomainEvent> events() {
        return List.copyOf(events);
    }

    /** The events of one type. */
    public synchronized <T extends DomainEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
