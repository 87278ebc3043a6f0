package org.accountkit.shared.internal;

import java.util.function.Supplier;

import org.accountkit.ConcurrentModification;

/**
 * Runs work that reads, decides and stores with a version or key check again when another change got there first:
 * it reads again and decides again, a bounded number of times.
 */
public final class LostRaces {

    /** How often work is tried before the {@link ConcurrentModification} reaches the caller. */
    public static final int ATTEMPTS = 8;

    private LostRaces() {
    }

    /**
     * The work's result, trying again after each lost race.
     *
     * @throws ConcurrentModification when the race was lost {@value #ATTEMPTS} times
     */
    public static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (ConcurrentModification lost) {
                if (attempt == ATTEMPTS) {
                    throw lost;
                }
            }
        }
    }
}
