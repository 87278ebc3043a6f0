package org.accountkit.shared.internal;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;

import org.accountkit.shared.DomainEvents;
import org.jmolecules.event.types.DomainEvent;

/**
 * Publishes the events an aggregate raised, after the change is stored. A failing listener is logged and does not
 * undo the change.
 */
public final class EventPublisher {

    private static final System.Logger LOG = System.getLogger("org.accountkit.events");

    private final DomainEvents events;

    /** @param events the host's listener */
    public EventPublisher(DomainEvents events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Whether anybody listens: callers may skip preparing events when nobody does. */
    public boolean listening() {
        return events != DomainEvents.none();
    }

    /** Publishes one event. */
    public void publish(DomainEvent event) {
        if (!listening()) {
            return;
        }
        try {
            events.publish(event);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "publishing " + event + " failed", failure);
        }
    }

    /** Publishes events in order. */
    public void publish(List<? extends DomainEvent> raised) {
        if (!listening()) {
            return;
        }
        for (DomainEvent event : raised) {
            publish(event);
        }
    }
}
