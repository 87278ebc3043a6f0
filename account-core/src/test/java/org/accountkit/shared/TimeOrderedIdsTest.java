package org.accountkit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    private final AtomicLong clock = new AtomicLong(1_764_000_000_000L);
    private final TimeOrderedIds ids = new TimeOrderedIds(new RandomIds(), clock::get);

    @Test
    void ids_are_version_7_uuids_that_carry_the_millisecond_they_were_drawn_in() {
        UUID id = ids.get();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(1_764_000_000_000L);
        assertThat(new TimeOrderedIds().get().getMostSignificantBits() >>> 16)
                .isBetween(System.currentTimeMillis() - 60_000, System.currentTimeMillis());
    }

    @Test
    void ids_ascend_within_a_millisecond_across_the_counters_end_and_when_the_clock_steps_back() {
        List<UUID> drawn = new ArrayList<>();
        for (int index = 0; index < 10_000; index++) {
            drawn.add(ids.get());
        }
        clock.addAndGet(-5_000);
        for (int index = 0; index < 100; index++) {
            drawn.add(ids.get());
        }
        clock.addAndGet(10_000);
        drawn.add(ids.get());

        for (int index = 1; index < drawn.size(); index++) {
            assertThat(drawn.get(index).getMostSignificantBits())
                    .isGreaterThan(drawn.get(index - 1).getMostSignificantBits());
            assertThat(drawn.get(index).version()).isEqualTo(7);
        }
        // 10,000 in one millisecond do not fit a 12-bit counter: the timestamp ran a few milliseconds ahead
        assertThat(drawn.get(9_999).getMostSignificantBits() >>> 16).isBetween(1_764_000_000_002L,
                1_764_000_000_005L);
        // once the clock is past the ids drawn, they follow it again
        assertThat(drawn.get(drawn.size() - 1).getMostSignificantBits() >>> 16).isEqualTo(1_764_000_005_000L);
    }

    @Test
    void a_clock_before_1970_still_gets_version_7_ids_that_ascend() {
        TimeOrderedIds early = new TimeOrderedIds(new RandomIds(), () -> -5);

        UUID first = early.get();
        UUID second = early.get();

        assertThat(first.version()).isEqualTo(7);
        assertThat(second.version()).isEqualTo(7);
        assertThat(second.getMostSignificantBits()).isGreaterThan(first.getMostSignificantBits());
    }

    @Test
    void the_last_62_bits_are_random() {
        long[] bitsSet = new long[62];
        int count = 20_000;
        for (int index = 0; index < count; index++) {
            long least = ids.get().getLeastSignificantBits();
            for (int bit = 0; bit < 62; bit++) {
                bitsSet[bit] += (least >>> bit) & 1;
            }
        }
        for (long set : bitsSet) {
            assertThat(set).isBetween((long) (count * 0.47), (long) (count * 0.53));
        }
    }

    @Test
    void threads_drawing_at_once_never_get_the_same_id() throws Exception {
        TimeOrderedIds shared = new TimeOrderedIds();
        assertThat(ConcurrentDraws.distinct(shared, 4, 5_000)).hasSize(20_000);
    }
}
