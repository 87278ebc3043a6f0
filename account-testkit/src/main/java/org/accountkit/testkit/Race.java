package org.accountkit.testkit;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.accountkit.AccountException;

/** Starts several attempts at the same moment and collects how each ended, for concurrency tests. */
public final class Race {

    /** What an attempt that succeeded returns. */
    public static final String DONE = "done";

    private Race() {
    }

    /**
     * An attempt that waits for {@code start}, then runs {@code action}: {@link #DONE}, or the business refusal it
     * met. Anything else fails the attempt.
     */
    public static Callable<Object> attempt(CountDownLatch start, Runnable action) {
        return () -> {
            start.await();
            try {
                action.run();
                return DONE;
            } catch (AccountException refused) {
                return refused;
            }
        };
    }
}
