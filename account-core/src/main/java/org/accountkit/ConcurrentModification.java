package org.accountkit;

import org.accountkit.shared.Messages;

/**
 * Someone else changed the same record between reading and saving it; this change was not stored. Reload and try
 * again. Adapters detect it with a version number on each aggregate (optimistic locking).
 */
public final class ConcurrentModification extends AccountException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what the kind of record, e.g. {@code "user"}
     * @param id   its identifier
     */
    public ConcurrentModification(String what, Object id) {
        super("error.concurrent-modification", new Messages.Term(what), String.valueOf(id));
    }
}
