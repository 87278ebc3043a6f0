package org.accountkit.outbox;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Tells people about order requests: approvers that an order waits, requesters how it was decided. Called after
 * the change is stored; a failure to notify does not undo the change.
 */
@SecondaryPort
@FunctionalInterface
public interface Notifications {

    /** Delivers one notice. */
    void send(Notice notice);

    /** Delivers nothing. */
    static Notifications none() {
        return Nothing.INSTANCE;
    }

    /** The one instance of {@link #none()}, so that callers can skip preparing what nobody receives. */
    enum Nothing implements Notifications {
        /** The instance. */
        INSTANCE;

        @Override
        public void send(Notice notice) {
            // nobody listens
        }
    }
}
