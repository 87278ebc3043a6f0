package org.accountkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RandomIdsTest {

    private final RandomIds ids = new RandomIds();

    @Test
    void ids_are_random_version_4_uuids_that_do_not_repeat_across_batches() {
        assertThat(balancedBitsOfDistinctIds(10_000, 0.05)).isEqualTo(122);
    }

    /** 300,000 identifiers: over a thousand renewals of the keystream's key, and one draw from the DRBG. */
    @Test
    void ids_stay_distinct_and_balanced_across_key_renewals_and_a_reseed() {
        assertThat(balancedBitsOfDistinctIds(300_000, 0.01)).isEqualTo(122);
    }

    /**
     * Draws {@code count} identifiers, checking that each is a version 4 UUID not seen before, and answers how many
     * of the 128 bits were set in {@code 0.5 +- tolerance} of them: every random bit, never the six fixed ones.
     */
    private long balancedBitsOfDistinctIds(int count, double tolerance) {
        Set<UUID> seen = new HashSet<>();
        long[] bitsSet = new long[128];
        for (int index = 0; index < count; index++) {
            UUID id = ids.get();
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            assertThat(seen.add(id)).isTrue();
            for (int bit = 0; bit < 64; bit++) {
                bitsSet[bit] += (id.getMostSignificantBits() >>> bit) & 1;
                bitsSet[64 + bit] += (id.getLeastSignificantBits() >>> bit) & 1;
            }
        }
        return java.util.Arrays.stream(bitsSet)
                .filter(set -> set > count * (0.5 - tolerance) && set < count * (0.5 + tolerance)).count();
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
        assertThat(ConcurrentDraws.distinct(ids, 4, 5_000)).hasSize(20_000);
    }
}
