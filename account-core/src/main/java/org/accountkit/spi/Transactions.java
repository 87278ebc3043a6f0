package org.accountkit.spi;

import java.util.function.Supplier;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Runs a use case's changes as one unit: either everything it stored stays, or, when it throws, nothing does.
 */
@SecondaryPort
public interface Transactions {

    /**
     * Runs {@code work} in a transaction; joins the current one when called inside another.
     *
     * @return what {@code work} returned
     */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} in a transaction; see {@link #inTransaction(Supplier)}. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
