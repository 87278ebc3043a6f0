package org.accountkit.ordering;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Where placed orders go: the host's ERP or order pipeline. Called once per placed order, after the placement is
 * stored. A failure here does not undo the placement: the order stays recorded (see the overviews) and the
 * failure is logged.
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
