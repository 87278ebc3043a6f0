package org.accountkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.accountkit.AccountKit;
import org.accountkit.argon2.Argon2PasswordHashing;
import org.accountkit.jdbc.JdbcAccountStorage;

/**
 * {@code dispatch-jdbc}: how many outbox entries per second {@code DeliverOutbox} delivers to a receiver that takes
 * anything, with 1 and 2 dispatchers, beside a raw-JDBC loop that claims and deletes batches with
 * {@code FOR UPDATE SKIP LOCKED}. Each round drains a fresh backlog of placed-order hand-offs spread over many
 * customer numbers, on a table that also holds a history of delivered entries (kept for the retention period).
 * The library keeps what the baseline does not: order per customer number (only each queue's head is claimed), a
 * lease instead of a held lock (an entry survives a dispatcher that dies), delivered entries for the retention
 * period, and a decoded {@code PlacedOrder} for the receiver.
 */
final class DispatchBenchmark {

    private static final int CUSTOMERS = 2_000;
    private static final int BATCH = 100;
    /** A placed order as the outbox holds it, with the customer number, order and requester filled in. */
    private static final String PAYLOAD = "'{\"orderId\":\"' || gen_random_uuid() || '\",\"customerNumber\":{\"value\":\"'"
            + " || c || '\"},\"requester\":{\"value\":\"' || gen_random_uuid() || '\"},\"reference\":\"\",\"lines\":[{"
            + "\"articleNumber\":\"SCHROEF-4X40-200\",\"description\":\"Spaanplaatschroef 4x40, doos 200\","
            + "\"quantity\":1,\"unitNetPrice\":{\"amount\":\"12.50\",\"currency\":\"EUR\"},\"vatRate\":\"21\"}],"
            + "\"netTotal\":{\"amount\":\"12.50\",\"currency\":\"EUR\"},\"placedAt\":\"2026-12-01T10:00:00Z\","
            + "\"afterApproval\":false}'";
    private static final String CLAIM_AND_DELETE = "DELETE FROM ak_effect_outbox WHERE (customer_number, effect_id) "
            + "IN (SELECT customer_number, effect_id FROM ak_effect_outbox WHERE status = 'PENDING' "
            + "ORDER BY written_order LIMIT ? FOR UPDATE SKIP LOCKED) RETURNING payload";

    private DispatchBenchmark() {
    }

    /**
     * Runs the rounds and answers a row per number of dispatchers.
     *
     * @param backlog how many pending entries each round drains
     * @param history how many delivered entries the table holds besides
     */
    static List<SubmitBenchmark.Row> run(DataSource pool, int rounds, int backlog, int history) throws Exception {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE ak_effect_outbox");
            statement.execute("INSERT INTO ak_effect_outbox (customer_number, effect_id, channel, payload_type, "
                    + "payload, status, attempts, created_at, next_attempt_at, last_error) SELECT c, "
                    + "gen_random_uuid(), 'HAND_OFF', 'PlacedOrder', " + PAYLOAD + ", 'DELIVERED', 0, "
                    + "now() - interval '1 day', now() - interval '1 day', '' FROM (SELECT 'H' || (g % " + CUSTOMERS
                    + ") AS c FROM generate_series(1, " + history + ") g) h");
            statement.execute("ANALYZE ak_effect_outbox");
        }
        ServerTime.enable(pool);
        System.out.printf("%ndispatch: %d delivered entries of history, backlogs of %d over %d customer numbers%n",
                history, backlog, CUSTOMERS);
        AtomicLong received = new AtomicLong();
        List<SubmitBenchmark.Row> rows = new ArrayList<>();
        for (int dispatchers : new int[] {1, 2}) {
            List<Double> library = new ArrayList<>();
            List<Double> baseline = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                seed(pool, "L" + dispatchers + round, backlog);
                if (round == 0 && dispatchers == 1) {
                    explainClaim(pool);
                }
                ServerTime.reset(pool);
                library.add(drain(dispatchers, backlog, () -> {
                    AccountKit kit = AccountKit.builder().storage(JdbcAccountStorage.withoutMigrating(pool))
                            .passwordHashing(Argon2PasswordHashing.withCost(64, 1, 1)).clock(Clock.systemUTC())
                            .orderHandOff(order -> received.incrementAndGet()).build();
                    return () -> kit.deliverOutbox().deliver(1_000).delivered();
                }));
                if (round == 0) {
                    ServerTime.print(pool, "dispatch-jdbc, library, " + dispatchers + " dispatcher(s)", 10);
                }
                seed(pool, "R" + dispatchers + round, backlog);
                baseline.add(drain(dispatchers, backlog, () -> () -> claimAndDelete(pool)));
            }
            SubmitBenchmark.Row row = new SubmitBenchmark.Row("dispatch-jdbc", dispatchers,
                    Throughput.median(library), Throughput.median(baseline));
            System.out.printf(Locale.ROOT, "dispatch-jdbc %d dispatcher(s): library %s, raw SKIP LOCKED %s entries/s"
                    + " -> ratio %.2f%n", dispatchers, rounded(library), rounded(baseline),
                    row.opsPerSecond() / row.baselineOpsPerSecond());
            rows.add(row);
        }
        if (received.get() != (long) backlog * rounds * 2) {
            throw new IllegalStateException("the receiver got " + received.get() + " hand-offs, expected "
                    + (long) backlog * rounds * 2);
        }
        return rows;
    }

    /** The plan of the library's claim of due heads, on the backlog as seeded. */
    private static void explainClaim(DataSource pool) throws SQLException {
        java.util.Map<Integer, Object> values = new java.util.TreeMap<>();
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        values.put(1, now);
        values.put(2, now);
        values.put(3, BATCH);
        Explain.print(pool, "The library's claim of due heads (DeliverOutbox)", new Explain.Sent("SELECT effect_id "
                + "FROM ak_effect_outbox o WHERE o.status = 'PENDING' AND o.next_attempt_at <= ? AND (o.leased_until "
                + "IS NULL OR o.leased_until <= ?) AND NOT EXISTS (SELECT 1 FROM ak_effect_outbox e WHERE "
                + "e.customer_number = o.customer_number AND e.channel = o.channel AND e.status = 'PENDING' AND "
                + "e.written_order < o.written_order) ORDER BY o.written_order LIMIT ?", values));
        java.util.Map<Integer, Object> pairs = new java.util.TreeMap<>();
        StringBuilder in = new StringBuilder();
        for (int index = 0; index < BATCH; index++) {
            in.append(index == 0 ? "(?, ?)" : ", (?, ?)");
            pairs.put(2 * index + 1, "L10-" + index);
            pairs.put(2 * index + 2, java.util.UUID.randomUUID());
        }
        Explain.print(pool, "The library's batch update (a lease, delivered)", new Explain.Sent("UPDATE "
                + "ak_effect_outbox SET leased_until = NULL WHERE (customer_number, effect_id) IN (" + in + ")",
                pairs));
    }

    /** A backlog of pending hand-offs over {@link #CUSTOMERS} customer numbers. */
    private static void seed(DataSource pool, String prefix, int backlog) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO ak_effect_outbox (customer_number, effect_id, channel, payload_type, "
                    + "payload, status, attempts, created_at, next_attempt_at, last_error) SELECT c, "
                    + "gen_random_uuid(), 'HAND_OFF', 'PlacedOrder', " + PAYLOAD + ", 'PENDING', 0, "
                    + "now() - interval '1 second', now() - interval '1 second', '' FROM (SELECT '" + prefix
                    + "-' || (g % " + CUSTOMERS + ") AS c FROM generate_series(1, " + backlog + ") g) b");
            statement.execute("ANALYZE ak_effect_outbox");
        }
    }

    /** A dispatcher's run: delivers some entries, answers how many; 0 when it found none. */
    private interface Run {
        int deliver() throws Exception;
    }

    private interface Dispatcher {
        Run start() throws Exception;
    }

    /** Entries per second until the backlog is drained by {@code dispatchers} threads. */
    private static double drain(int dispatchers, int backlog, Dispatcher dispatcher) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(dispatchers);
        try {
            List<Future<Long>> runs = new ArrayList<>();
            long start = System.nanoTime();
            for (int thread = 0; thread < dispatchers; thread++) {
                runs.add(threads.submit(() -> {
                    Run run = dispatcher.start();
                    long delivered = 0;
                    for (int done = run.deliver(); done > 0; done = run.deliver()) {
                        delivered += done;
                    }
                    return delivered;
                }));
            }
            long delivered = 0;
            for (Future<Long> run : runs) {
                delivered += run.get(10, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (delivered != backlog) {
                throw new IllegalStateException("delivered " + delivered + " of a backlog of " + backlog);
            }
            return delivered / seconds;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The baseline's batch: claim up to {@link #BATCH} pending entries, skipping locked ones, and delete them. */
    private static int claimAndDelete(DataSource pool) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement claim = connection.prepareStatement(CLAIM_AND_DELETE)) {
            claim.setInt(1, BATCH);
            int delivered = 0;
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    if (rows.getString(1).isEmpty()) {
                        throw new IllegalStateException("an empty payload");
                    }
                    delivered++;
                }
            }
            return delivered;
        }
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(value -> String.format(Locale.ROOT, "%.0f", value)).toList().toString();
    }
}
