package org.accountkit.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.accountkit.AccountKit;
import org.accountkit.argon2.Argon2PasswordHashing;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.jdbc.JdbcAccountStorage;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.OrderQuery;
import org.accountkit.orders.OrderSummary;
import org.accountkit.orders.OrderedLine;
import org.accountkit.shared.Actor;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.SalesOrderSnapshot;

/**
 * How fast the customer's overviews answer at any depth of history. One million orders with three lines each,
 * spread over 1,000 customer numbers as Zipf's law spreads them (customer number k has 1/k of the first one's
 * orders), on embedded PostgreSQL; for the largest customer number the order overview's first page and its page 500
 * (depth 12,500, reached by its continuation) and the first page of open order lines, each beside a hand-written
 * keyset query for the same rows (the baseline) and, for page 500, an {@code OFFSET} query (what keyset paging
 * avoids, measured for comparison only; AccountKit sends none). The calls take turns in an order shuffled anew
 * each round, so that the machine's noise falls on all of them alike and no call always runs right after another.
 * In memory, the same pages in a store of 1,000,000 orders beside one of 10,000. Writes
 * {@code latency-results.csv}.
 */
final class OverviewLatency {

    private static final int ORDERS = 1_000_000;
    private static final int CUSTOMERS = 1_000;
    private static final int PAGE = 25;
    private static final int DEEP_PAGE = 500;
    private static final int WARMUP = 300;
    private static final int SAMPLES = 10_000;
    private static final Instant NEWEST = Instant.parse("2026-11-30T16:00:00Z");

    private OverviewLatency() {
    }

    /** One row of the CSV: a contender's latencies beside its baseline's. */
    record Row(String benchmark, double p50, double p99, double baselineP50, double baselineP99) {

        String csv() {
            return String.format(Locale.ROOT, "%s,%.3f,%.3f,%.3f,%.3f,%.2f", benchmark, p50, p99, baselineP50,
                    baselineP99, p99 / baselineP99);
        }
    }

    static void run(Path out) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track_planning", "on").start();
                HikariDataSource pool = pool(postgres)) {
            rows.addAll(postgres(pool));
        }
        rows.addAll(inMemory());
        List<String> lines = new ArrayList<>(
                List.of("benchmark,p50_ms,p99_ms,baseline_p50_ms,baseline_p99_ms,ratio_p99"));
        rows.forEach(row -> lines.add(row.csv()));
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        System.out.println();
        lines.forEach(System.out::println);
        System.out.println("written to " + out.toAbsolutePath());
    }

    // --- PostgreSQL ----------------------------------------------------------------------------------------

    private static List<Row> postgres(HikariDataSource pool) throws Exception {
        AccountStorage storage = JdbcAccountStorage.migrate(pool);
        AccountKit kit = kit(storage);
        CustomerNumber largest = new CustomerNumber("ZIPF-0001");
        Actor petra = administrator(kit, largest);
        long started = System.nanoTime();
        int count = generate(pool);
        System.out.printf(Locale.ROOT, "%nOverviews: %,d orders with %,d lines over %,d customer numbers generated in"
                + " %.1f s; the largest has %,d orders%n", count, count * 3L, CUSTOMERS,
                (System.nanoTime() - started) / 1e9, largestCount(pool));

        // the position page 500 starts after: the last order of page 499, which the raw keyset query continues from
        Page<OrderSummary> page499 = pageBefore(kit, petra, DEEP_PAGE);
        String page500 = page499.next();
        OrderSummary last = page499.items().get(page499.items().size() - 1);
        Instant[] keyOf500 = {last.orderedAt()};
        String[] numberOf500 = {last.erpOrderNumber()};
        OrderQuery first = OrderQuery.firstPage(PAGE);
        OrderQuery deep = new OrderQuery(first.filter(), new PageRequest(PAGE, page500));
        check(kit.listOrders().list(petra, deep).items().get(0).erpOrderNumber(),
                rawOrders(pool, largest.value(), keyOf500[0], numberOf500[0]).get(0), "page 500");

        List<Supplier<Object>> calls = List.of(
                () -> kit.listOrders().list(petra, first),
                () -> rawOrders(pool, largest.value(), null, null),
                () -> kit.listOrders().list(petra, deep),
                () -> rawOrders(pool, largest.value(), keyOf500[0], numberOf500[0]),
                () -> offsetOrders(pool, largest.value(), (DEEP_PAGE - 1) * PAGE),
                () -> kit.listOpenOrderLines().list(petra, PageRequest.first(PAGE)),
                () -> rawOpenLines(pool, largest.value()));
        ServerTime.enable(pool);
        ServerTime.reset(pool);
        double[][] latencies = interleaved(calls);
        ServerTime.print(pool, "Overviews", SAMPLES);
        explain(pool, largest.value(), keyOf500[0], numberOf500[0]);
        return List.of(
                row("orders-page1", latencies[0], latencies[1]),
                row("orders-page500", latencies[2], latencies[3]),
                row("orders-page500-offset-query", latencies[4], latencies[3]),
                row("open-lines-page1", latencies[5], latencies[6]),
                row("orders-page500-vs-page1", latencies[2], latencies[0]));
    }

    /** Fills the tables with SQL, without their secondary indexes, which are built again afterwards. */
    private static int generate(DataSource pool) throws Exception {
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
            List<String> indexes = new ArrayList<>();
            try (ResultSet row = sql.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN "
                    + "('ak_sales_order', 'ak_sales_order_line') AND indexname NOT LIKE '%_pkey'")) {
                while (row.next()) {
                    indexes.add(row.getString(2));
                    connection.createStatement().execute("DROP INDEX " + row.getString(1));
                }
            }
            double harmonic = 0;
            for (int rank = 1; rank <= CUSTOMERS; rank++) {
                harmonic += 1.0 / rank;
            }
            sql.execute("CREATE TEMP TABLE zipf AS SELECT c, GREATEST(1, round(" + ORDERS + " / (c * " + harmonic
                    + ")))::int AS n FROM generate_series(1, " + CUSTOMERS + ") AS c");
            int count = sql.executeUpdate("INSERT INTO ak_sales_order (customer_number, erp_order_number, channel, "
                    + "order_request_id, requester_id, reference, ordered_at, currency, net_total, status, "
                    + "booked_period, version) SELECT 'ZIPF-' || lpad(z.c::text, 4, '0'), "
                    + "'ORD-' || lpad(s.i::text, 7, '0'), 'WEBSHOP', NULL, NULL, "
                    + "CASE WHEN s.i % 10 = 0 THEN 'Project ' || (s.i % 50) ELSE '' END, "
                    + "timestamptz '" + NEWEST + "' - (z.n - s.i) * interval '13 minutes', 'EUR', 123.45, "
                    + "CASE WHEN s.i > z.n - z.n / 20 THEN 'PARTLY_DELIVERED' ELSE 'DELIVERED' END, NULL, 0 "
                    + "FROM zipf z CROSS JOIN LATERAL generate_series(1, z.n) AS s(i)");
            sql.executeUpdate("INSERT INTO ak_sales_order_line (customer_number, erp_order_number, line_number, "
                    + "requester_id, reference, currency, article_number, description, ordered, delivered, cancelled, "
                    + "unit_net_price, vat_rate, expected_on, is_open) SELECT o.customer_number, o.erp_order_number, "
                    + "l.k, NULL, o.reference, 'EUR', 'ART-' || l.k, 'Artikel ' || l.k, 5, "
                    + "CASE WHEN o.status = 'DELIVERED' THEN 5 ELSE 2 END, 0, 8.23, 21.00, "
                    + "(o.ordered_at + interval '14 days')::date + l.k, o.status <> 'DELIVERED' "
                    + "FROM ak_sales_order o CROSS JOIN generate_series(1, 3) AS l(k)");
            for (String index : indexes) {
                sql.execute(index);
            }
            sql.execute("ANALYZE ak_sales_order");
            sql.execute("ANALYZE ak_sales_order_line");
            return count;
        }
    }

    private static long largestCount(DataSource pool) throws Exception {
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT count(*) FROM ak_sales_order WHERE customer_number = "
                        + "'ZIPF-0001'")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The page before page {@code number}, by walking the pages before it once; its continuation asks for it. */
    private static Page<OrderSummary> pageBefore(AccountKit kit, Actor actor, int number) {
        Page<OrderSummary> page = kit.listOrders().list(actor, OrderQuery.firstPage(PAGE));
        for (int index = 2; index < number; index++) {
            page = kit.listOrders().list(actor, new OrderQuery(OrderQuery.firstPage(PAGE).filter(),
                    page.nextPage().orElseThrow()));
        }
        return page;
    }

    /** The baseline: the order overview's page as one would write it by hand, by keyset. */
    private static List<String> rawOrders(DataSource pool, String customer, Instant afterAt, String afterNumber) {
        String columns = "SELECT erp_order_number, channel, order_request_id, requester_id, reference, ordered_at, "
                + "currency, net_total, status FROM ak_sales_order WHERE customer_number = ?";
        String order = " ORDER BY ordered_at DESC, erp_order_number DESC LIMIT ?";
        return afterAt == null ? rows(pool, columns + order, customer, PAGE + 1)
                : rows(pool, columns + " AND (ordered_at, erp_order_number) < (?, ?)" + order, customer,
                        afterAt.atOffset(ZoneOffset.UTC), afterNumber, PAGE + 1);
    }

    /** What keyset paging avoids: the same page by skipping the rows before it. */
    private static List<String> offsetOrders(DataSource pool, String customer, int offset) {
        return rows(pool, "SELECT erp_order_number, channel, order_request_id, requester_id, reference, ordered_at, "
                + "currency, net_total, status FROM ak_sales_order WHERE customer_number = ? ORDER BY ordered_at DESC, "
                + "erp_order_number DESC LIMIT ? OFFSET ?", customer, PAGE, offset);
    }

    private static List<String> rawOpenLines(DataSource pool, String customer) {
        return rows(pool, "SELECT erp_order_number, reference, currency, line_number, article_number, description, "
                + "ordered, delivered, cancelled, unit_net_price, vat_rate, expected_on FROM ak_sales_order_line "
                + "WHERE customer_number = ? AND is_open = TRUE ORDER BY expected_on, erp_order_number, line_number "
                + "LIMIT ?", customer, PAGE + 1);
    }

    /** Runs a query by hand, reading every column of every row; answers the first column. */
    private static List<String> rows(DataSource pool, String sql, Object... parameters) {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int index = 0; index < parameters.length; index++) {
                statement.setObject(index + 1, parameters[index]);
            }
            return numbers(statement);
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static List<String> numbers(PreparedStatement statement) throws Exception {
        List<String> numbers = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                numbers.add(rows.getString(1));
                for (int column = 2; column <= rows.getMetaData().getColumnCount(); column++) {
                    rows.getObject(column);
                }
            }
        }
        return numbers;
    }

    private static void explain(DataSource pool, String customer, Instant afterAt, String afterNumber)
            throws Exception {
        try (Connection connection = pool.getConnection();
                PreparedStatement statement = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) "
                        + "SELECT erp_order_number FROM ak_sales_order WHERE customer_number = ? AND "
                        + "(ordered_at, erp_order_number) < (?, ?) ORDER BY ordered_at DESC, erp_order_number DESC "
                        + "LIMIT 26")) {
            statement.setString(1, customer);
            statement.setObject(2, afterAt.atOffset(ZoneOffset.UTC));
            statement.setString(3, afterNumber);
            System.out.println("Plan of page 500:");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    System.out.println("  " + rows.getString(1));
                }
            }
        }
    }

    // --- in memory -----------------------------------------------------------------------------------------

    private static List<Row> inMemory() {
        Store small = Store.of(10_000);
        Store large = Store.of(ORDERS);
        System.out.printf(Locale.ROOT, "%nIn memory: the largest customer number has %,d of 10,000 orders and %,d of "
                + "1,000,000%n", small.largest, large.largest);
        OrderQuery first = OrderQuery.firstPage(PAGE);
        OrderQuery smallDeep = new OrderQuery(first.filter(), new PageRequest(PAGE, pageBefore(small.kit,
                small.admin, 40).next()));
        OrderQuery largeDeep = new OrderQuery(first.filter(), new PageRequest(PAGE, pageBefore(large.kit,
                large.admin, 40).next()));
        List<Supplier<Object>> calls = List.of(
                () -> large.kit.listOrders().list(large.admin, first),
                () -> small.kit.listOrders().list(small.admin, first),
                () -> large.kit.listOrders().list(large.admin, largeDeep),
                () -> small.kit.listOrders().list(small.admin, smallDeep),
                () -> large.kit.listOpenOrderLines().list(large.admin, PageRequest.first(PAGE)),
                () -> small.kit.listOpenOrderLines().list(small.admin, PageRequest.first(PAGE)));
        double[][] latencies = interleaved(calls);
        return List.of(
                row("inmemory-orders-page1-1M-vs-10k", latencies[0], latencies[1]),
                row("inmemory-orders-page40-1M-vs-10k", latencies[2], latencies[3]),
                row("inmemory-open-lines-page1-1M-vs-10k", latencies[4], latencies[5]));
    }

    /** An in-memory store of {@code orders} orders spread as on PostgreSQL, and the largest customer's admin. */
    private record Store(AccountKit kit, Actor admin, long largest) {

        static Store of(int orders) {
            InMemoryAccountStorage storage = new InMemoryAccountStorage();
            AccountKit kit = OverviewLatency.kit(storage);
            Actor admin = administrator(kit, new CustomerNumber("ZIPF-0001"));
            double harmonic = 0;
            for (int rank = 1; rank <= CUSTOMERS; rank++) {
                harmonic += 1.0 / rank;
            }
            Money price = Money.euro("8.23");
            BigDecimal vat = new BigDecimal("21");
            long largest = 0;
            for (int rank = 1; rank <= CUSTOMERS; rank++) {
                int count = (int) Math.max(1, Math.round(orders / (rank * harmonic)));
                largest = Math.max(largest, count);
                CustomerNumber customer = new CustomerNumber(String.format("ZIPF-%04d", rank));
                for (int index = 1; index <= count; index++) {
                    boolean open = index > count - count / 20;
                    Instant at = NEWEST.minusSeconds(780L * (count - index));
                    LocalDate expected = LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(14);
                    List<OrderedLine> lines = new ArrayList<>(3);
                    for (int line = 1; line <= 3; line++) {
                        lines.add(new OrderedLine(line, "ART-" + line, "Artikel " + line, 5, open ? 2 : 5, 0, price,
                                vat, expected.plusDays(line)));
                    }
                    storage.salesOrders().add(new SalesOrderSnapshot(customer, String.format("ORD-%07d", index),
                            OrderChannel.WEBSHOP, null, null, index % 10 == 0 ? "Project " + index % 50 : "", at,
                            lines, null, 0));
                }
            }
            return new Store(kit, admin, largest);
        }
    }

    private static AccountKit kit(AccountStorage storage) {
        return AccountKit.builder().storage(storage).passwordHashing(Argon2PasswordHashing.withCost(64, 1, 1))
                .build();
    }

    private static Actor administrator(AccountKit kit, CustomerNumber customer) {
        return kit.registerCustomerAccount().register(Actor.customerService("bench"),
                new RegisterCustomerAccountCommand(customer.value(), "Benchmark B.V.", "12345678", "NL123456789B01",
                        new AddressFields("Benchmark", "Industrieweg", "1", "3542 AD", "Utrecht", Country.NL),
                        java.time.ZoneId.of("Europe/Amsterdam"), "admin-" + customer + "@bench.example", "Admin",
                        "Benchmark-2026!")).administratorActor();
    }

    // --- measuring ------------------------------------------------------------------------------------------

    /**
     * Latencies in milliseconds per call, sorted; each warmed up first, then the calls take turns, in an order
     * shuffled anew for every round (with a fixed seed, so a run can be repeated). A fixed order measured the order:
     * a query that always ran right after the other query for the same rows found its pages in the processor's
     * caches, one that always ran after the {@code OFFSET} query (which reads 12,500 rows) did not. Measured in one
     * run on the same data: the open order lines came to a p99 ratio of 1.24 and 1.54 with the library's call always
     * right after the {@code OFFSET} query and the baseline right after the library's call, 0.99 in the reverse
     * order, and 1.14 and 1.19 shuffled.
     */
    private static double[][] interleaved(List<Supplier<Object>> calls) {
        for (int round = 0; round < WARMUP; round++) {
            calls.forEach(Supplier::get);
        }
        Random random = new Random(SAMPLES);
        List<Integer> order = new ArrayList<>();
        for (int call = 0; call < calls.size(); call++) {
            order.add(call);
        }
        double[][] latencies = new double[calls.size()][SAMPLES];
        for (int sample = 0; sample < SAMPLES; sample++) {
            Collections.shuffle(order, random);
            for (int turn : order) {
                long start = System.nanoTime();
                calls.get(turn).get();
                latencies[turn][sample] = (System.nanoTime() - start) / 1e6;
            }
        }
        for (double[] call : latencies) {
            Arrays.sort(call);
        }
        return latencies;
    }

    private static Row row(String benchmark, double[] contender, double[] baseline) {
        Row row = new Row(benchmark, percentile(contender, 50), percentile(contender, 99), percentile(baseline, 50),
                percentile(baseline, 99));
        System.out.printf(Locale.ROOT, "%-40s p50 %7.3f ms  p99 %7.3f ms   baseline p50 %7.3f ms  p99 %7.3f ms   "
                + "p99 ratio %.2f%n", benchmark, row.p50(), row.p99(), row.baselineP50(), row.baselineP99(),
                row.p99() / row.baselineP99());
        return row;
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * percent / 100.0) - 1)];
    }

    private static void check(String library, String raw, String what) {
        if (!library.equals(raw)) {
            throw new IllegalStateException(what + ": AccountKit starts at " + library + ", the raw query at " + raw);
        }
    }

    private static HikariDataSource pool(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(4);
        return new HikariDataSource(config);
    }
}
