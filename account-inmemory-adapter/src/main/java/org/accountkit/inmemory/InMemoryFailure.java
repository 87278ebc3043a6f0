package org.accountkit.inmemory;

import org.accountkit.StorageFailure;

/** An injected {@link StorageFaults} fault, reported as a database's failure would be: nothing was stored. */
final class InMemoryFailure extends StorageFailure {

    private static final long serialVersionUID = 1L;

    InMemoryFailure(String doing, RuntimeException cause) {
        super(doing, cause);
    }
}
