package org.accountkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmark harness from rotting: a tiny run (fractions of a second per cell) must produce every row
 * with positive numbers. It says nothing about performance; the benchmark itself is run by hand.
 */
class SubmitBenchmarkSmokeTest {

    @Test
    void a_tiny_run_produces_every_row() throws Exception {
        SubmitBenchmark.Options options = SubmitBenchmark.Options.parse(new String[] {"--seconds", "0.2",
            "--warmup", "0.1", "--jit-warmup", "0.2", "--rounds", "1", "--slices", "1", "--slice-seconds", "0.2",
            "--slice-warmup", "0.1", "--threads", "1,2", "--users", "3",
            "--history", "2000", "--replay", "--no-durable", "--dispatch-backlog", "300", "--dispatch-history",
            "1000"});

        List<SubmitBenchmark.Row> rows = SubmitBenchmark.run(options);

        assertThat(rows).extracting(SubmitBenchmark.Row::benchmark).containsExactly("submit-inmemory",
                "submit-decide-inmemory", "submit-jdbc-random", "submit-jdbc-random", "submit-jdbc-hot",
                "submit-jdbc-hot", "submit-jdbc-random-history", "submit-jdbc-random-history",
                "submit-jdbc-hot-history", "submit-jdbc-hot-history", "dispatch-jdbc", "dispatch-jdbc");
        assertThat(rows).allSatisfy(row -> assertThat(row.opsPerSecond()).isPositive());
        assertThat(rows.get(1).csv()).matches("submit-decide-inmemory,1,\\d+,,");
        assertThat(rows.get(2).csv()).matches("submit-jdbc-random,1,\\d+,\\d+,\\d+\\.\\d\\d");
    }
}
