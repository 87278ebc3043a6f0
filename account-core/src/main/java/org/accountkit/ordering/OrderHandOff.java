package org.accountkit.ordering;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where placed orders go: the host's ERP or order pipeline. Each placed order is written to the outbox with the
 * placement and handed off at least once, after it is stored, on the outbox executor or by {@code DeliverOutbox}:
 * drop a duplicate by {@link PlacedOrder#orderId()}. A failure here does not undo the placement: the hand-off is
 * tried again later, and parked for customer service after the last attempt.
 */
@SecondaryPort
@FunctionalInterface
public interface OrderHandOff {

    /** Takes a placed order for fulfilment. */
    void handOff(PlacedOrder order);

    /** A hand-off that does nothing, for hosts that read placed orders from the overviews instead. */
    static OrderHandOff none() {
        return Nothing.INSTANCE;
    }

    /** The one instance of {@link #none()}, so that callers can skip preparing what nobody receives. */
    enum Nothing implements OrderHandOff {
        /** The instance. */
        INSTANCE;

        @Override
        public void handOff(PlacedOrder order) {
            // nobody listens
        }
    }
}
