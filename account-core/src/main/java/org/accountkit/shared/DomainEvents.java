package org.accountkit.shared;

import java.util.UUID;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.event.types.DomainEvent;

/**
 * Where AccountKit publishes what happened, after it is stored: for a host's own listeners, projections or
 * message broker. Each event is written to the outbox with the change that raised it and published at least once,
 * in order per customer number, on the outbox executor or by {@code DeliverOutbox}; a failing listener does not undo
 * the change, its event is published again later.
 */
@SecondaryPort
@FunctionalInterface
public interface DomainEvents {

    /** Publishes one event. */
    void publish(DomainEvent event);

    /**
     * Publishes one event from the outbox, with the id of its outbox entry: the same id on every delivery of the
     * event (delivery is at least once), so a listener can drop a duplicate by it. By default the id is ignored.
     */
    default void publish(UUID entryId, DomainEvent event) {
        publish(event);
    }

    /** Publishes nothing. */
    static DomainEvents none() {
        return Nothing.INSTANCE;
    }

    /** The one instance of {@link #none()}, so that callers can skip preparing what nobody receives. */
    enum Nothing implements DomainEvents {
        /** The instance. */
        INSTANCE;

        @Override
        public void publish(DomainEvent event) {
            // nobody listens
        }
    }
}
