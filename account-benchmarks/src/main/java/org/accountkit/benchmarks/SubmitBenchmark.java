package org.accountkit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.accountkit.AccountKit;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.ApprovalResult;
import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.argon2.Argon2PasswordHashing;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.ChangeApprovalRequirementCommand;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.jdbc.JdbcAccountStorage;
import org.accountkit.ordering.Article;
import org.accountkit.ordering.ArticleCatalog;
import org.accountkit.ordering.CartLine;
import org.accountkit.shared.Actor;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.RandomIds;
import org.accountkit.shared.TimeOrderedIds;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;

/**
 * Submit-order throughput: first the in-memory adapter on one thread (submit; submit and approve), then
 * AccountKit's JDBC adapter beside a raw-JDBC baseline writing the same rows, on an embedded PostgreSQL, at several
 * thread counts, with users picked at random (low contention) and with every thread on one user's budget (a hot
 * row). On the database every submission carries an idempotency key and writes its order's hand-off to the outbox;
 * the baseline writes the same rows. Then {@link DispatchBenchmark}: the outbox drained by 1 and 2 dispatchers. On
 * the database, library and baseline run in short slices in strict alternation; a cell's ratio is the median of each
 * library slice's ratio to the baseline slice beside it ({@link #pairedRatio}). Writes
 * {@code account-benchmarks/target/benchmark-results.csv}.
 *
 * <p>Arguments: {@code --seconds S} (measurement per in-memory round, default 3), {@code --warmup S} (before each
 * in-memory round, default 1), {@code --rounds N} (in-memory rounds, default 5; dispatch rounds, at most 3),
 * {@code --slices N} (slices per side of a database cell, default 10), {@code --slice-seconds S} (measurement per
 * slice, default 1.5), {@code --slice-warmup S} (before each slice, default 0.5), {@code --jit-warmup S} (once per
 * database, before all runs, default 10), {@code --threads 1,2,4,8}, {@code --users N} (default 200),
 * {@code --no-durable} (skip the run with fsync and synchronous_commit on), {@code --only jdbc|inmemory|dispatch|overviews},
 * {@code --modes random,hot}, {@code --dispatch-backlog N} and {@code --dispatch-history N} (the outbox entries
 * each dispatch round drains, default 40,000, and the delivered ones the table holds, default 400,000),
 * {@code --history N} (earlier orders loaded before the history rows, default
 * 1,000,000; 0 skips them), {@code --replay} (also sends the library's recorded statement by hand in every cell, to
 * tell the statement's cost apart from the library's work around it; printed, not written to the CSV),
 * {@code --ids random} (the library and the baseline draw random version 4 ids instead of AccountKit's default
 * time-ordered ones, to compare the two).
 */
public final class SubmitBenchmark {

    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
    private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");
    private static final Logger ZONKY = Logger.getLogger("io.zonky");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final SubmitOrderCommand ONE_BOX = new SubmitOrderCommand(
            List.of(new CartLine("SCHROEF-4X40-200", 1)));
    private static final java.util.Optional<Article> SCREWS = java.util.Optional.of(new Article("SCHROEF-4X40-200",
            "Spaanplaatschroef 4x40, doos 200", Money.euro("12.50"), new BigDecimal("21")));
    /** A host's catalog keeps its articles; this one has one. */
    private static final ArticleCatalog CATALOG = (customer, number) -> SCREWS;
    /**
     * Where the library's and the baseline's new ids come from: AccountKit's default, unless {@code --ids random};
     * set before anything runs.
     */
    static volatile Supplier<UUID> ids = new TimeOrderedIds();

    private SubmitBenchmark() {
    }

    /**
     * One line of the results.
     *
     * @param ratio the library against the baseline, {@code null} without a baseline
     */
    record Row(String benchmark, int threads, double opsPerSecond, Double baselineOpsPerSecond, Double ratio) {

        /** A line whose ratio is that of the two rates. */
        Row(String benchmark, int threads, double opsPerSecond, Double baselineOpsPerSecond) {
            this(benchmark, threads, opsPerSecond, baselineOpsPerSecond,
                    baselineOpsPerSecond == null ? null : opsPerSecond / baselineOpsPerSecond);
        }

        String csv() {
            return String.format(Locale.ROOT, "%s,%d,%.0f,%s,%s", benchmark, threads, opsPerSecond,
                    baselineOpsPerSecond == null ? "" : String.format(Locale.ROOT, "%.0f", baselineOpsPerSecond),
                    ratio == null ? "" : String.format(Locale.ROOT, "%.2f", ratio));
        }
    }

    /** The benchmark's settings. */
    record Options(double seconds, double warmup, double jitWarmup, int rounds, int slices, double sliceSeconds,
            double sliceWarmup, int[] threads, int users, int history, boolean durable, String only,
            List<String> modes, boolean replay, boolean overviews, int dispatchBacklog, int dispatchHistory,
            Path out) {

        static Options parse(String[] args) {
            double seconds = 3;
            double warmup = 1;
            double jitWarmup = 10;
            int rounds = 5;
            int slices = 10;
            double sliceSeconds = 1.5;
            double sliceWarmup = 0.5;
            int[] threads = {1, 2, 4, 8};
            int users = 200;
            int history = 1_000_000;
            boolean durable = true;
            boolean replay = false;
            boolean overviews = true;
            String only = "all";
            List<String> modes = List.of("random", "hot");
            int dispatchBacklog = 40_000;
            int dispatchHistory = 400_000;
            for (int index = 0; index < args.length; index++) {
                switch (args[index]) {
                    case "--seconds" -> seconds = Double.parseDouble(args[++index]);
                    case "--warmup" -> warmup = Double.parseDouble(args[++index]);
                    case "--jit-warmup" -> jitWarmup = Double.parseDouble(args[++index]);
                    case "--rounds" -> rounds = Integer.parseInt(args[++index]);
                    case "--slices" -> slices = Integer.parseInt(args[++index]);
                    case "--slice-seconds" -> sliceSeconds = Double.parseDouble(args[++index]);
                    case "--slice-warmup" -> sliceWarmup = Double.parseDouble(args[++index]);
                    case "--threads" -> threads = Arrays.stream(args[++index].split(",")).mapToInt(Integer::parseInt)
                            .toArray();
                    case "--users" -> users = Integer.parseInt(args[++index]);
                    case "--history" -> history = Integer.parseInt(args[++index]);
                    case "--no-durable" -> durable = false;
                    case "--ids" -> ids = switch (args[++index]) {
                        case "random" -> new RandomIds();
                        case "time-ordered" -> new TimeOrderedIds();
                        default -> throw new IllegalArgumentException("--ids takes random or time-ordered");
                    };
                    case "--replay" -> replay = true;
                    case "--only" -> only = args[++index];
                    case "--no-overviews" -> overviews = false;
                    case "--modes" -> modes = List.of(args[++index].split(","));
                    case "--dispatch-backlog" -> dispatchBacklog = Integer.parseInt(args[++index]);
                    case "--dispatch-history" -> dispatchHistory = Integer.parseInt(args[++index]);
                    default -> throw new IllegalArgumentException("unknown argument " + args[index]);
                }
            }
            Path module = Path.of("account-benchmarks");
            Path out = (Files.isDirectory(module) ? module.resolve("target") : Path.of("target"))
                    .resolve("benchmark-results.csv");
            return new Options(seconds, warmup, jitWarmup, rounds, slices, sliceSeconds, sliceWarmup, threads, users,
                    history, durable, only, modes, replay, overviews, dispatchBacklog, dispatchHistory, out);
        }
    }

    /**
     * Runs the benchmark.
     *
     * @param args see the class comment
     */
    public static void main(String[] args) throws Exception {
        FLYWAY.setLevel(Level.WARNING);
        HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
        ZONKY.setLevel(Level.WARNING);
        Options options = Options.parse(args);
        if (!options.only().equals("overviews")) {
            List<Row> rows = run(options);
            Files.createDirectories(options.out().getParent());
            List<String> lines = new ArrayList<>(List.of("benchmark,threads,ops_per_s,baseline_ops_per_s,ratio"));
            rows.forEach(row -> lines.add(row.csv()));
            Files.write(options.out(), lines);
            System.out.println();
            lines.forEach(System.out::println);
            System.out.println("written to " + options.out().toAbsolutePath());
        }
        if (options.overviews() && (options.only().equals("all") || options.only().equals("overviews"))) {
            OverviewLatency.run(options.out().resolveSibling("latency-results.csv"));
        }
    }

    static List<Row> run(Options options) throws Exception {
        List<Row> rows = new ArrayList<>();
        // in memory first, on a fresh heap that no database run has filled or compiled for
        if (options.only().equals("all") || options.only().equals("inmemory")) {
            rows.addAll(inMemory(options));
        }
        if (!options.only().equals("inmemory")) {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track_planning", "on")
                    .setServerConfig("pg_stat_statements.track", "all").start()) {
                if (!options.only().equals("dispatch")) {
                    rows.addAll(jdbc(options, postgres, "", options.threads(), options.modes(), options.slices(),
                            options.history()));
                }
                if (options.only().equals("all") || options.only().equals("jdbc")
                        || options.only().equals("dispatch")) {
                    try (HikariDataSource pool = pool(postgres, 6)) {
                        JdbcAccountStorage.migrate(pool);
                        rows.addAll(DispatchBenchmark.run(pool, Math.min(options.rounds(), 3),
                                options.dispatchBacklog(), options.dispatchHistory()));
                    }
                }
            }
        }
        if (options.durable() && options.only().equals("all")) {
            try (EmbeddedPostgres durable = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on").start()) {
                // five slices a side: with fsync on, a slice's rate moves with the disk as well
                rows.addAll(jdbc(options, durable, "-durable", new int[] {4}, List.of("random"),
                        Math.min(options.slices(), 5), 0));
            }
        }
        return rows;
    }

    private static List<Row> jdbc(Options options, EmbeddedPostgres postgres, String suffix, int[] threadCounts,
            List<String> modes, int slices, int history) throws Exception {
        int poolSize = Arrays.stream(threadCounts).max().orElse(1) * 2 + 2;
        try (HikariDataSource pool = pool(postgres, poolSize)) {
            System.out.printf("%nPostgreSQL %s: fsync=%s, synchronous_commit=%s%n", show(pool, "server_version"),
                    show(pool, "fsync"), show(pool, "synchronous_commit"));
            AccountStorage storage = JdbcAccountStorage.migrate(pool);
            boolean serverTime = suffix.isEmpty();
            if (serverTime) {
                ServerTime.enable(pool);
            }
            Clock clock = Clock.systemUTC();
            Scenario scenario = Scenario.createWithOutbox(storage, clock, options.users());
            String period = BudgetPeriod.YEAR.periodAt(clock.instant(), AMSTERDAM).orElseThrow().key();
            List<UUID> allIds = scenario.users().stream().map(UserId::value).toList();
            System.out.printf("JIT warm-up: library %.0f ops/s, raw JDBC %.0f ops/s (not counted)%n",
                    Throughput.measure(2, 0, options.jitWarmup(), () -> librarySubmit(scenario, scenario.users())),
                    Throughput.measure(2, 0, options.jitWarmup() / 2,
                            () -> new RawJdbcSubmit(pool, allIds, scenario.customer().value(), period, clock)));
            Explain.Sent statement = recordLibraryStatement(pool, scenario, clock);
            Contenders contenders = new Contenders(pool, scenario, period, clock,
                    options.replay() ? statement : null);
            List<Row> rows = new ArrayList<>(measure(options, contenders, suffix, threadCounts, modes, slices,
                    serverTime));
            if (history > 0) {
                List<UUID> everyone = new ArrayList<>(allIds);
                everyone.add(scenario.hotUser().value());
                CalendarPeriod year = BudgetPeriod.YEAR.periodAt(clock.instant(), AMSTERDAM).orElseThrow();
                History.load(pool, scenario.customer().value(), everyone, history, year.start(AMSTERDAM));
                explain(pool, scenario, statement, period, clock);
                rows.addAll(measure(options, contenders, suffix + "-history", threadCounts, modes, slices,
                        serverTime));
            }
            scenario.verifyLedgers(storage, clock);
            if (suffix.isEmpty()) {
                OverspendCheck.run(storage, clock);
            }
            return rows;
        }
    }

    /** The library's submission statement for one order of the scenario's first user, as it is sent. */
    private static Explain.Sent recordLibraryStatement(DataSource pool, Scenario scenario, Clock clock) {
        AtomicReference<Explain.Sent> sent = new AtomicReference<>();
        AccountKit recorded = Scenario.builder(JdbcAccountStorage.withoutMigrating(Explain.recording(pool,
                "WITH b AS (UPDATE", sent)), clock, true).build();
        recorded.submitOrder().submit(Actor.user(scenario.customer(), scenario.users().get(0)),
                ONE_BOX.withIdempotencyKey("bench-" + UUID.randomUUID()));
        return sent.get();
    }

    /** The plans of the library's submission statement and the baseline's, on the tables as they are now. */
    private static void explain(DataSource pool, Scenario scenario, Explain.Sent library, String period, Clock clock)
            throws Exception {
        UUID user = scenario.users().get(0).value();
        Map<Integer, Object> fresh = new java.util.TreeMap<>(library.values());
        fresh.replaceAll((index, value) -> value instanceof UUID id && !id.equals(user) ? UUID.randomUUID()
                : value instanceof String key && key.startsWith("bench-") ? "bench-" + UUID.randomUUID() : value);
        Explain.print(pool, "AccountKit's submission statement", new Explain.Sent(library.sql(), fresh));
        Explain.print(pool, "The raw-JDBC baseline's statement", RawJdbcSubmit.sample(user,
                scenario.customer().value(), period, clock));
    }

    /**
     * What a cell measures: the library and the baseline, and when asked the library's recorded statement sent by
     * hand ({@code replayed} is {@code null} otherwise).
     */
    private record Contenders(DataSource pool, Scenario scenario, String period, Clock clock,
            Explain.Sent replayed) {

        Supplier<Throughput.Operation> library(List<UserId> users) {
            return () -> librarySubmit(scenario, users);
        }

        Supplier<Throughput.Operation> baseline(List<UUID> users) {
            return () -> new RawJdbcSubmit(pool, users, scenario.customer().value(), period, clock);
        }

        Supplier<Throughput.Operation> replay(List<UUID> users) {
            return () -> new ReplayedSubmit(pool, replayed, scenario.users().get(0).value(), users);
        }
    }

    private static List<Row> measure(Options options, Contenders contenders, String suffix, int[] threadCounts,
            List<String> modes, int slices, boolean serverTime) throws Exception {
        Scenario scenario = contenders.scenario();
        List<Row> rows = new ArrayList<>();
        int cell = 0;
        for (String mode : modes) {
            List<UserId> users = mode.equals("hot") ? List.of(scenario.hotUser()) : scenario.users();
            List<UUID> ids = users.stream().map(UserId::value).toList();
            for (int threads : threadCounts) {
                List<Throughput.Result> library = new ArrayList<>();
                List<Throughput.Result> baseline = new ArrayList<>();
                List<Throughput.Result> replayed = new ArrayList<>();
                if (serverTime) {
                    ServerTime.reset(contenders.pool());
                }
                // short slices in strict alternation (L B L B ..., or B L B L ... in every other cell): a burst of
                // other load on this shared machine falls on both sides alike, where longer rounds that took turns
                // going first (L B, B L, L B ...) put two of one side's rounds next to each other; and neither side
                // always meets the database the other one left behind (grown tables, autovacuum, checkpoints)
                boolean libraryFirst = cell++ % 2 == 0;
                for (int slice = 0; slice < slices; slice++) {
                    for (boolean libraryTurn : new boolean[] {libraryFirst, !libraryFirst}) {
                        if (libraryTurn) {
                            library.add(Throughput.run(threads, options.sliceWarmup(), options.sliceSeconds(),
                                    contenders.library(users)));
                        } else {
                            baseline.add(Throughput.run(threads, options.sliceWarmup(), options.sliceSeconds(),
                                    contenders.baseline(ids)));
                        }
                    }
                    if (contenders.replayed() != null) {
                        replayed.add(Throughput.run(threads, options.sliceWarmup(), options.sliceSeconds(),
                                contenders.replay(ids)));
                    }
                }
                Row row = new Row("submit-jdbc-" + mode + suffix, threads,
                        median(library, Throughput.Result::opsPerSecond),
                        median(baseline, Throughput.Result::opsPerSecond), pairedRatio(library, baseline));
                System.out.printf(Locale.ROOT, "%-28s %d threads: library %s, raw JDBC %s -> ratio %.2f (median of "
                        + "the slices' ratios to their neighbours; ratio of the medians %.2f)%n", row.benchmark(),
                        threads, rates(library), rates(baseline), row.ratio(),
                        row.opsPerSecond() / row.baselineOpsPerSecond());
                printCpu("library", library);
                printCpu("raw JDBC", baseline);
                if (!replayed.isEmpty()) {
                    System.out.printf(Locale.ROOT, "  library's statement sent by hand: %s -> ratio %.2f%n",
                            rates(replayed), median(replayed, Throughput.Result::opsPerSecond)
                                    / row.baselineOpsPerSecond());
                    printCpu("library's statement by hand", replayed);
                }
                if (serverTime) {
                    ServerTime.print(contenders.pool(), row.benchmark() + ", " + threads + " threads", 100);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The median of the ratios of each library slice to the baseline slice next to it in time (the i-th of each
     * side). A change of the machine's pace in the middle of a cell (another load starting or ending) moves both
     * slices of a pair, so it cancels out of every pair but the one it falls in; out of the ratio of the two medians
     * it does not when it falls so that one side has more slices before it than the other.
     */
    static double pairedRatio(List<Throughput.Result> library, List<Throughput.Result> baseline) {
        List<Double> ratios = new ArrayList<>();
        for (int index = 0; index < Math.min(library.size(), baseline.size()); index++) {
            ratios.add(library.get(index).opsPerSecond() / baseline.get(index).opsPerSecond());
        }
        return Throughput.median(ratios);
    }

    private static double median(List<Throughput.Result> results, ToDoubleFunction<Throughput.Result> value) {
        return Throughput.median(results.stream().map(value::applyAsDouble).toList());
    }

    /** Where each order's CPU went, medians over the slices, and what other processes took from the cores. */
    private static void printCpu(String who, List<Throughput.Result> results) {
        System.out.printf(Locale.ROOT, "  CPU per order, %s: JVM %.0f µs, PostgreSQL %.0f µs; cores busy with other "
                + "processes per slice %s%n", who, median(results, Throughput.Result::jvmMicrosPerOperation),
                median(results, Throughput.Result::databaseMicrosPerOperation),
                format(results, Throughput.Result::otherCores));
    }

    /**
     * Submits one box for a random user of {@code users}; in a scenario with the outbox, under a fresh idempotency
     * key (as a shop keys each cart), and the order's hand-off is written to the outbox with it.
     */
    private static Throughput.Operation librarySubmit(Scenario scenario, List<UserId> users) {
        AccountKit kit = scenario.kit();
        List<Actor> actors = users.stream().map(user -> (Actor) Actor.user(scenario.customer(), user)).toList();
        return () -> {
            Actor user = actors.get(ThreadLocalRandom.current().nextInt(actors.size()));
            ApprovalOutcome outcome = kit.submitOrder().submit(user, scenario.outbox()
                    ? ONE_BOX.withIdempotencyKey("bench-" + UUID.randomUUID()) : ONE_BOX);
            if (!(outcome instanceof ApprovalOutcome.PlacedDirectly)) {
                throw new IllegalStateException("expected the order to be placed: " + outcome);
            }
            return 1;
        };
    }

    private static List<Row> inMemory(Options options) throws Exception {
        Clock clock = Clock.systemUTC();
        List<Row> rows = new ArrayList<>();
        List<Throughput.Result> submits = new ArrayList<>();
        List<Throughput.Result> submitsAndDecisions = new ArrayList<>();
        keepHeapAfterCollections();
        // compile the hot paths before the first measured round, as the database runs do
        onOwnStore(0, options.jitWarmup() / 2, () -> Scenario.create(new InMemoryAccountStorage(), clock, 1),
                direct -> librarySubmit(direct, List.of(direct.hotUser())));
        onOwnStore(0, options.jitWarmup() / 2, () -> approvingScenario(clock), SubmitBenchmark::submitAndApprove);
        for (int round = 0; round < options.rounds(); round++) {
            // every round starts on an empty store, as a test suite's would; within a round the store keeps
            // every order, so its growth is part of what is measured
            submits.add(onOwnStore(options.warmup(), options.seconds(),
                    () -> Scenario.create(new InMemoryAccountStorage(), clock, 1),
                    direct -> librarySubmit(direct, List.of(direct.hotUser()))));
            submitsAndDecisions.add(onOwnStore(options.warmup(), options.seconds(), () -> approvingScenario(clock),
                    SubmitBenchmark::submitAndApprove));
        }
        rows.add(new Row("submit-inmemory", 1, median(submits, Throughput.Result::opsPerSecond), null));
        rows.add(new Row("submit-decide-inmemory", 1, median(submitsAndDecisions, Throughput.Result::opsPerSecond),
                null));
        System.out.printf(Locale.ROOT, "%nin memory, 1 thread: submit %s ops/s; submit + approve %s ops/s%n",
                rates(submits), rates(submitsAndDecisions));
        printRounds("submit", submits);
        printRounds("submit + approve", submitsAndDecisions);
        return rows;
    }

    /**
     * Runs {@code operation} on a new store, after collecting the stores before it (the warm-up's, the rounds').
     * The store lives only as long as this method, so that the next round does not run beside it: a round leaves
     * millions of orders behind, most of a gigabyte, and a heap that still held the stores before (as local
     * variables of one long method did, until this was a method of its own) made the collector mark and copy them
     * during the rounds after, slowing the benchmark's own thread too.
     */
    private static Throughput.Result onOwnStore(double warmupSeconds, double seconds, Supplier<Scenario> scenario,
            Function<Scenario, Throughput.Operation> operation) throws Exception {
        Scenario store = scenario.get();
        System.gc();
        return Throughput.run(1, warmupSeconds, seconds, () -> operation.apply(store));
    }

    /**
     * Per round, the CPU per operation of the benchmark's thread and of the whole JVM (with the collector's and the
     * compiler's threads), the bytes the thread allocated per operation (the same from round to round, unlike the
     * times, so it shows a change's effect on a noisy machine), the JVM's minor page faults (fresh memory touched,
     * paid for in the kernel) and how many of the machine's cores other processes kept busy meanwhile: a slow round
     * beside a busy machine is the machine's doing, a slow round with more CPU per operation is not.
     */
    private static void printRounds(String what, List<Throughput.Result> rounds) {
        System.out.printf(Locale.ROOT, "  %s per round, CPU per operation: the benchmark's thread %s µs, "
                + "the whole JVM %s µs; allocated per operation %s bytes; page faults per 1,000 operations %s; "
                + "cores busy with other processes %s%n", what,
                format(rounds, Throughput.Result::workerMicrosPerOperation),
                format(rounds, Throughput.Result::jvmMicrosPerOperation),
                rounds.stream().map(round -> String.format(Locale.ROOT, "%.0f", round.bytesPerOperation())).toList(),
                rounds.stream().map(round -> String.format(Locale.ROOT, "%.1f", round.faultsPerOperation() * 1000))
                        .toList(),
                format(rounds, Throughput.Result::otherCores));
    }

    private static List<String> format(List<Throughput.Result> rounds, ToDoubleFunction<Throughput.Result> value) {
        return rounds.stream().map(round -> String.format(Locale.ROOT, "%.2f", value.applyAsDouble(round))).toList();
    }

    /**
     * Keeps the memory the heap has taken after a full collection ({@link #onOwnStore} collects before every round,
     * so that a round does not pay for collecting the stores before it). Otherwise the emptied heap goes back to the
     * operating system, and the next round takes it again page by page, each page a fault the benchmark's thread
     * pays for in the kernel (3.3 million minor faults and 12 % of the process's CPU in the kernel over one in-memory
     * run, measured with {@code /usr/bin/time}). A shop's JVM that has grown its heap keeps it; so does this one.
     */
    private static void keepHeapAfterCollections() {
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).setVMOption("MaxHeapFreeRatio", "100");
    }

    /** A scenario whose hot user's every order waits for approval. */
    private static Scenario approvingScenario(Clock clock) {
        Scenario approving = Scenario.create(new InMemoryAccountStorage(), clock, 1);
        approving.kit().changeApprovalRequirement().change(approving.administrator(),
                new ChangeApprovalRequirementCommand(approving.hotUser(), true));
        return approving;
    }

    /** Submits an order that waits, and the administrator approves it: two operations. */
    private static Throughput.Operation submitAndApprove(Scenario approving) {
        Actor requester = Actor.user(approving.customer(), approving.hotUser());
        return () -> {
            ApprovalOutcome waiting = approving.kit().submitOrder().submit(requester, ONE_BOX);
            if (!(waiting instanceof ApprovalOutcome.AwaitingApproval)) {
                throw new IllegalStateException("expected the order to wait: " + waiting);
            }
            ApprovalResult result = approving.kit().approveOrder().approve(approving.administrator(),
                    new ApproveOrderCommand(waiting.order()));
            if (!(result instanceof ApprovalResult.Placed)) {
                throw new IllegalStateException("expected the approval to place the order: " + result);
            }
            return 2;
        };
    }

    static HikariDataSource pool(EmbeddedPostgres postgres, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        return new HikariDataSource(config);
    }

    private static String show(DataSource dataSource, String setting) throws Exception {
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("SELECT current_setting(?)")) {
            statement.setString(1, setting);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static String rates(List<Throughput.Result> results) {
        return rounded(results.stream().map(Throughput.Result::opsPerSecond).toList());
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(value -> String.format(Locale.ROOT, "%.0f", value)).toList().toString();
    }

    /**
     * A customer number with users on generous yearly budgets, and one "hot" user; with {@code outbox}, placed orders
     * are handed off (to a receiver that takes anything) through the outbox and submissions carry idempotency keys.
     */
    record Scenario(AccountKit kit, CustomerNumber customer, Actor administrator, List<UserId> users,
            UserId hotUser, boolean outbox) {

        static Scenario create(AccountStorage storage, Clock clock, int userCount) {
            return create(builder(storage, clock, false).build(), userCount, false);
        }

        static Scenario createWithOutbox(AccountStorage storage, Clock clock, int userCount) {
            return create(builder(storage, clock, true).build(), userCount, true);
        }

        /**
         * The benchmark's kit; with {@code outbox} an {@code OrderHandOff}, so that every placement writes its outbox
         * row, and an outbox executor that leaves delivery to {@code DeliverOutbox} (measured as dispatch-jdbc), as
         * a host does that delivers from its scheduler only.
         */
        static AccountKit.Builder builder(AccountStorage storage, Clock clock, boolean outbox) {
            AccountKit.Builder builder = AccountKit.builder().storage(storage).clock(clock).ids(ids)
                    .passwordHashing(Argon2PasswordHashing.withCost(64, 1, 1)).articleCatalog(CATALOG);
            return outbox ? builder.orderHandOff(order -> { }).outboxExecutor(task -> { }) : builder;
        }

        private static Scenario create(AccountKit kit, int userCount, boolean outbox) {
            CustomerNumber customer = new CustomerNumber("B" + UUID.randomUUID().toString().substring(0, 8));
            Actor administrator = kit.registerCustomerAccount().register(Actor.customerService("bench"),
                    new RegisterCustomerAccountCommand(customer.value(), "Benchmark B.V.", "12345678",
                            "NL123456789B01", new AddressFields("Benchmark", "Industrieweg", "1", "3542 AD",
                                    "Utrecht", Country.NL), AMSTERDAM, "admin-" + customer + "@bench.example",
                            "Admin", "Benchmark-2026!")).administratorActor();
            List<UserId> users = new ArrayList<>();
            for (int index = 0; index <= userCount; index++) {
                UserId user = kit.addUser().add(administrator, new AddUserCommand("user" + index + "-" + customer
                        + "@bench.example", "User " + index, Role.USER, Set.of(Right.PLACE_ORDERS),
                        "Benchmark-2026!"));
                kit.setBudget().set(administrator, new SetBudgetCommand(user, new Money(
                        new BigDecimal("1000000000.00"), EUR), BudgetPeriod.YEAR));
                users.add(user);
            }
            UserId hot = users.remove(users.size() - 1);
            return new Scenario(kit, customer, administrator, users, hot, outbox);
        }

        /** Every budget's spent equals what its placed orders add up to: no booking lost or doubled. */
        void verifyLedgers(AccountStorage storage, Clock clock) {
            CalendarPeriod year = BudgetPeriod.YEAR.periodAt(clock.instant(), AMSTERDAM).orElseThrow();
            Instant from = year.start(AMSTERDAM);
            Instant until = year.end(AMSTERDAM);
            List<UserId> all = new ArrayList<>(users);
            all.add(hotUser);
            for (UserId user : all) {
                Money booked = storage.budgets().find(customer, user).orElseThrow().ledger().spentIn(year);
                Money placed = storage.orderRequests().placedTotal(customer, user, EUR, from, until);
                if (!booked.equals(placed)) {
                    throw new IllegalStateException("ledger of " + user + " says " + booked + ", orders " + placed);
                }
            }
            System.out.println("ledgers verified: for " + all.size() + " users spent equals their placed orders");
        }
    }
}
