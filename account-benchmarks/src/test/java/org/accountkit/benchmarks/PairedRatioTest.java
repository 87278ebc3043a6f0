package org.accountkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The ratio of a database cell: slices compared with their neighbours in time, not the medians of each side. */
class PairedRatioTest {

    @Test
    void a_change_of_pace_in_the_middle_of_a_cell_falls_on_both_sides_of_every_pair() {
        // the machine halves its pace between the fifth baseline slice and the fifth library slice; the library is
        // as fast as the baseline throughout, but has one slow slice more (the ratio of the medians says 0.76)
        List<Throughput.Result> library = slices(5000, 5200, 5600, 5700, 2600, 3000, 3100, 2900, 2800, 2900);
        List<Throughput.Result> baseline = slices(5100, 5000, 5500, 5600, 5300, 2950, 3050, 2950, 2850, 2900);

        assertThat(SubmitBenchmark.pairedRatio(library, baseline)).isCloseTo(1.0, within(0.03));
    }

    @Test
    void a_slower_library_shows_in_every_pair() {
        List<Throughput.Result> library = slices(800, 810, 790, 400, 410);
        List<Throughput.Result> baseline = slices(1000, 1000, 1000, 500, 500);

        assertThat(SubmitBenchmark.pairedRatio(library, baseline)).isCloseTo(0.8, within(0.011));
    }

    private static List<Throughput.Result> slices(double... rates) {
        return Arrays.stream(rates).mapToObj(rate -> new Throughput.Result(rate, (long) (rate * 1.5), 1.5,
                new CpuTime(0, 0, 0, 0), 0, 0)).toList();
    }
}
