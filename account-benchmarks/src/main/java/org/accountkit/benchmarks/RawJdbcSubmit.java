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
 * The baseline: what a hand-written webshop would do to "check the budget, insert the order, update the budget",
 * with the fewest round trips found: one data-modifying statement, prepared once per connection, in auto-commit.
 * It writes the same rows as AccountKit (the order request with every column, one line, the budget) but checks
 * no rights, applies no approval rules and validates nothing.
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
            + "INSERT INTO ak_order_line (customer_number, order_request_id, line_no, article_number, description, "
            + "quantity, unit_net_price, vat_rate) SELECT ?, o.id, 1, ?, ?, ?, ?, ? FROM o";

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
        statement.setObject(9, UUID.randomUUID());
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
    }

    @Override
    public void close() throws SQLException {
        statement.close();
        connection.close();
    }
}
