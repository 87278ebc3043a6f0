package org.accountkit.benchmarks;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

/**
 * The baseline: what a hand-written webshop would do to "check the budget, insert the order, update the budget,
 * keep the cart's idempotency key and queue the order for the ERP", with the fewest round trips found: one
 * data-modifying statement, prepared once per connection, in auto-commit. It writes the same rows as AccountKit (the
 * order request with every column, one line, the budget, the key, an outbox row with the order as JSON of the same
 * shape) but checks no rights, applies no approval rules, validates nothing and hashes no cart (its fingerprint is a
 * constant).
 */
final class RawJdbcSubmit implements Throughput.Operation {

    static final String SQL = "WITH b AS (UPDATE ak_budget SET "
            + "spent = (CASE WHEN period_key = ? THEN spent ELSE 0 END) + ?, period_key = ? "
            + "WHERE customer_number = ? AND user_id = ? "
            + "AND (CASE WHEN period_key = ? THEN spent ELSE 0 END) + reserved + ? <= limit_amount "
            + "RETURNING user_id), "
            + "o AS (INSERT INTO ak_order_request (customer_number, id, requester_id, reference, currency, net_total, "
            + "status, reasons, required_approvals, reserved_amount, submitted_at, placed_at, closed_at, "
            + "deadline_stage, version) "
            + "SELECT ?, ?, user_id, '', 'EUR', ?, 'PLACED', '', 0, 0, ?, ?, ?, 'NOTIFIED', 0 FROM b RETURNING id) "
            + ", l AS (INSERT INTO ak_order_line (customer_number, order_request_id, line_no, article_number, "
            + "description, quantity, unit_net_price, vat_rate) SELECT ?, o.id, 1, ?, ?, ?, ?, ? FROM o RETURNING 1), "
            + "k AS (INSERT INTO ak_idempotency_key (customer_number, idempotency_key, fingerprint, subject, used_at) "
            + "SELECT ?, ?, ?, CAST(o.id AS VARCHAR(40)), ? FROM o RETURNING 1) "
            + "INSERT INTO ak_effect_outbox (customer_number, effect_id, channel, payload_type, payload, status, "
            + "attempts, created_at, next_attempt_at, last_error) "
            + "SELECT ?, ?, 'HAND_OFF', 'PlacedOrder', ?, 'PENDING', 0, ?, ?, '' FROM o";
    private static final String FINGERPRINT = "0".repeat(64);

    private static final BigDecimal PRICE = new BigDecimal("12.50");
    private static final BigDecimal VAT = new BigDecimal("21");

    private final Connection connection;
    private final PreparedStatement statement;
    private final List<UUID> users;
    private final String customerNumber;
    private final String period;
    private final Clock clock;

    RawJdbcSubmit(DataSource dataSource, List<UUID> users, String customerNumber, String period, Clock clock) {
        try {
            this.connection = dataSource.getConnection();
            this.connection.setAutoCommit(true);
            this.statement = connection.prepareStatement(SQL);
        } catch (SQLException failure) {
            throw new IllegalStateException(failure);
        }
        this.users = users;
        this.customerNumber = customerNumber;
        this.period = period;
        this.clock = clock;
    }

    @Override
    public int run() throws SQLException {
        UUID user = users.get(ThreadLocalRandom.current().nextInt(users.size()));
        bind(statement, user, customerNumber, period, clock);
        if (statement.executeUpdate() != 1) {
            throw new IllegalStateException("the baseline's budget ran out");
        }
        return 1;
    }

    /** The baseline's statement for one order of {@code user}, as it is sent. */
    static Explain.Sent sample(UUID user, String customerNumber, String period, Clock clock) throws SQLException {
        java.util.Map<Integer, Object> values = new java.util.TreeMap<>();
        PreparedStatement recording = (PreparedStatement) java.lang.reflect.Proxy.newProxyInstance(
                RawJdbcSubmit.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                (proxy, method, arguments) -> {
                    values.put((Integer) arguments[0], arguments[1]);
                    return null;
                });
        bind(recording, user, customerNumber, period, clock);
        return new Explain.Sent(SQL, values);
    }

    private static void bind(PreparedStatement statement, UUID user, String customerNumber, String period,
            Clock clock) throws SQLException {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        statement.setString(1, period);
        statement.setBigDecimal(2, PRICE);
        statement.setString(3, period);
        statement.setString(4, customerNumber);
        statement.setObject(5, user);
        statement.setString(6, period);
        statement.setBigDecimal(7, PRICE);
        statement.setString(8, customerNumber);
        UUID order = SubmitBenchmark.ids.get();
        statement.setObject(9, order);
        statement.setBigDecimal(10, PRICE);
        statement.setObject(11, now);
        statement.setObject(12, now);
        statement.setObject(13, now);
        statement.setString(14, customerNumber);
        statement.setString(15, "SCHROEF-4X40-200");
        statement.setString(16, "Spaanplaatschroef 4x40, doos 200");
        statement.setInt(17, 1);
        statement.setBigDecimal(18, PRICE);
        statement.setBigDecimal(19, VAT);
        statement.setString(20, customerNumber);
        statement.setString(21, "bench-" + UUID.randomUUID());
        statement.setString(22, FINGERPRINT);
        statement.setObject(23, now);
        statement.setString(24, customerNumber);
        statement.setObject(25, SubmitBenchmark.ids.get());
        statement.setString(26, payload(order, customerNumber, user, now));
        statement.setObject(27, now);
        statement.setObject(28, now);
    }

    /** The order as the library's outbox holds a {@code PlacedOrder}: the same fields, in JSON. */
    private static String payload(UUID order, String customerNumber, UUID user, OffsetDateTime now) {
        return "{\"orderId\":\"" + order + "\",\"customerNumber\":{\"value\":\"" + customerNumber
                + "\"},\"requester\":{\"value\":\"" + user + "\"},\"reference\":\"\",\"lines\":[{"
                + "\"articleNumber\":\"SCHROEF-4X40-200\",\"description\":\"Spaanplaatschroef 4x40, doos 200\","
                + "\"quantity\":1,\"unitNetPrice\":{\"amount\":\"12.50\",\"currency\":\"EUR\"},"
                + "\"vatRate\":\"21\"}],\"netTotal\":{\"amount\":\"12.50\",\"currency\":\"EUR\"},"
                + "\"placedAt\":\"" + now.toInstant() + "\",\"afterApproval\":false}";
    }

    @Override
    public void close() throws SQLException {
        statement.close();
        connection.close();
    }
}
