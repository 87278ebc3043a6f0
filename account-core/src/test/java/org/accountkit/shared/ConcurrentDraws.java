package org.accountkit.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Draws identifiers from one generator on several threads at once, for the generators' tests. */
final class ConcurrentDraws {

    private ConcurrentDraws() {
    }

    /** The distinct identifiers that {@code threads} threads got, drawing {@code each} each at the same time. */
    static Set<UUID> distinct(Supplier<UUID> ids, int threads, int each) throws Exception {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> draws = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                draws.add(pool.submit(() -> {
                    for (int index = 0; index < each; index++) {
                        seen.add(ids.get());
                    }
                }));
            }
            for (Future<?> draw : draws) {
                draw.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return seen;
    }
}
