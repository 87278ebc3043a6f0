package org.accountkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class RandomIdsTest {

    private final RandomIds ids = new RandomIds();

    @Test
    void ids_are_random_version_4_uuids_that_do_not_repeat_across_batches() {
        Set<UUID> seen = new HashSet<>();
        int[] bitsSet = new int[128];
        int count = 10_000;
        for (int index = 0; index < count; index++) {
            UUID id = ids.get();
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(seen.add(id)).isTrue();
            for (int bit = 0; bit < 64; bit++) {
                bitsSet[bit] += (int) (id.getMostSignificantBits() >>> bit) & 1;
                bitsSet[64 + bit] += (int) (id.getLeastSignificantBits() >>> bit) & 1;
            }
        }
        // every random bit is set about half of the time; the six fixed ones always or never
        long balanced = java.util.Arrays.stream(bitsSet).filter(set -> set > count * 0.45 && set < count * 0.55)
                .count();
        assertThat(balanced).isEqualTo(122);
    }

    /** 300,000 identifiers: over a thousand renewals of the keystream's key, and one draw from the DRBG. */
    @Test
    void ids_stay_distinct_and_balanced_across_key_renewals_and_a_reseed() {
        Set<UUID> seen = new HashSet<>();
        long[] bitsSet = new long[128];
        int count = 300_000;
        for (int index = 0; index < count; index++) {
            UUID id = ids.get();
            assertThat(seen.add(id)).isTrue();
            for (int bit = 0; bit < 64; bit++) {
                bitsSet[bit] += (id.getMostSignificantBits() >>> bit) & 1;
                bitsSet[64 + bit] += (id.getLeastSignificantBits() >>> bit) & 1;
            }
        }
        long balanced = java.util.Arrays.stream(bitsSet).filter(set -> set > count * 0.49 && set < count * 0.51)
                .count();
        assertThat(balanced).isEqualTo(122);
    }

    @Test
    void a_hosts_own_generator_is_used_as_it_is() {
        RandomIds fromHost = new RandomIds(new java.security.SecureRandom());
        Set<UUID> seen = new HashSet<>();
        for (int index = 0; index < 1_000; index++) {
            UUID id = fromHost.get();
            assertThat(id.version()).isEqualTo(4);
            assertThat(seen.add(id)).isTrue();
        }
    }

    @Test
    void threads_drawing_at_once_never_get_the_same_id() throws Exception {
        Set<UUID> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> draws = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                draws.add(pool.submit(() -> {
                    for (int index = 0; index < 5_000; index++) {
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
        assertThat(seen).hasSize(20_000);
    }
}
