package org.accountkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.accountkit.AccountKit;

/**
 * A slow receiver's view of the outbox: whether one entry was ever being delivered twice at the same time, and how
 * often each entry arrived. {@link #race} lets two servers' dispatchers drain the outbox at once.
 */
final class OverlapWatch {

    private final Map<UUID, AtomicInteger> inFlight = new ConcurrentHashMap<>();
    final Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    final AtomicBoolean overlap = new AtomicBoolean();

    /** Receives entry {@code id}, taking a few milliseconds; counts it when {@code counted}. */
    void receive(UUID id, boolean counted) {
        if (inFlight.computeIfAbsent(id, entry -> new AtomicInteger()).incrementAndGet() > 1) {
            overlap.set(true);
        }
        try {
            Thread.sleep(5);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        if (counted) {
            deliveries.computeIfAbsent(id, entry -> new AtomicInteger()).incrementAndGet();
        }
        inFlight.get(id).decrementAndGet();
    }

    /** Two servers' dispatchers, each on its own thread, delivering three entries at a time, twenty times. */
    static void race(AccountKit serverA, AccountKit serverB) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (AccountKit server : List.of(serverA, serverB)) {
                runs.add(threads.submit(() -> {
                    int delivered = 0;
                    for (int round = 0; round < 20; round++) {
                        delivered += server.deliverOutbox().deliver(3).delivered();
                    }
                    return delivered;
                }));
            }
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
