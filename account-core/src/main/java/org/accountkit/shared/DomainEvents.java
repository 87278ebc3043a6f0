package org.accountkit.shared;

import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.event.types.DomainEvent;

/**
 * Where AccountKit publishes what happened, after it is stored: for a host's own listeners, projections or
 * message broker. Called on the thread of the use case; a failing listener does not undo the change.
 */
@SecondaryPort
@FunctionalInterface
public interface DomainEvents {

    /** Publishes one event. */
    void publish(DomainEvent event);

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
