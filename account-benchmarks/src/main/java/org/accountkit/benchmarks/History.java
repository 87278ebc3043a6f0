package org.accountkit.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Fills the tables with a shop's history before the "-history" rounds: earlier orders of the scenario's users, one
 * line each, placed in the year before the current budget year (so that the ledgers of the current year stay as
 * the benchmark booked them), then {@code VACUUM ANALYZE}, as a database that has run for a while would be.
 */
final class History {

    private History() {
    }

    /**
     * @param orders    how many earlier orders
     * @param yearStart the first moment of the current budget year; every earlier order is placed before it
     */
    static void load(DataSource pool, String customerNumber, List<UUID> users, int orders, Instant yearStart)
            throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(true);
            OffsetDateTime before = yearStart.atOffset(ZoneOffset.UTC);
            long spacing = Math.max(1, 360L * 24 * 3600 / Math.max(1, orders));
            int batch = 250_000;
            for (int from = 1; from <= orders; from += batch) {
                int to = Math.min(orders, from + batch - 1);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ak_order_request "
                        + "(customer_number, id, requester_id, reference, currency, net_total, status, reasons, "
                        + "required_approvals, reserved_amount, submitted_at, placed_at, closed_at, deadline_stage, "
                        + "version) SELECT ?, gen_random_uuid(), (?::uuid[])[1 + (g % ?)], 'PO-' || g, 'EUR', "
                        + "12.50 * (1 + g % 5), 'PLACED', '', 0, 0, t, t, t, 'NOTIFIED', 0 "
                        + "FROM generate_series(?, ?) AS g, LATERAL (SELECT ?::timestamptz - g * ? * interval "
                        + "'1 second' AS t) AS m")) {
                    insert.setString(1, customerNumber);
                    insert.setArray(2, connection.createArrayOf("uuid", users.toArray()));
                    insert.setInt(3, users.size());
                    insert.setInt(4, from);
                    insert.setInt(5, to);
                    insert.setObject(6, before);
                    insert.setLong(7, spacing);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement lines = connection.prepareStatement("INSERT INTO ak_order_line (customer_number, "
                    + "order_request_id, line_no, article_number, description, quantity, unit_net_price, vat_rate) "
                    + "SELECT customer_number, id, 1, 'SCHROEF-4X40-200', 'Spaanplaatschroef 4x40, doos 200', "
                    + "(net_total / 12.50)::integer, 12.50, 21.00 FROM ak_order_request "
                    + "WHERE customer_number = ? AND placed_at < ?")) {
                lines.setString(1, customerNumber);
                lines.setObject(2, before);
                lines.executeUpdate();
            }
            for (String table : List.of("ak_order_request", "ak_order_line", "ak_budget")) {
                try (PreparedStatement vacuum = connection.prepareStatement("VACUUM ANALYZE " + table)) {
                    vacuum.execute();
                }
            }
            try (PreparedStatement sizes = connection.prepareStatement("SELECT (SELECT count(*) FROM "
                    + "ak_order_request), (SELECT count(*) FROM ak_order_line), pg_size_pretty("
                    + "pg_total_relation_size('ak_order_request')), pg_size_pretty(pg_total_relation_size("
                    + "'ak_order_line'))"); ResultSet row = sizes.executeQuery()) {
                row.next();
                System.out.printf("%nhistory: %,d orders and %,d lines stored (%s and %s with indexes), vacuumed and "
                        + "analyzed in %d s%n", row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                        (System.nanoTime() - started) / 1_000_000_000);
            }
        }
    }
}
