package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.accountkit.ConcurrentModification;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.orders.Delivery;
import org.accountkit.orders.DeliveryStatus;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OpenOrderLine;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.OrderSummary;
import org.accountkit.orders.OrderedLine;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.DeliverySnapshot;
import org.accountkit.spi.PageToken;
import org.accountkit.spi.SalesOrderFilter;
import org.accountkit.spi.SalesOrderSnapshot;
import org.accountkit.spi.SalesOrders;
import org.accountkit.spi.ShipmentSnapshot;
import org.accountkit.spi.Viewed;
import org.accountkit.user.Role;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Orders in {@code ak_sales_order} (the order, its status and version) and {@code ak_sales_order_line}, shipments in
 * {@code ak_shipment} and {@code ak_shipment_line}. A change bumps the order's version first, which locks its row:
 * two messages for one order are applied one after the other, and the second, read before the first committed, is
 * refused with {@link ConcurrentModification} and read again. The lines' check constraint keeps delivered and
 * cancelled within ordered as well. Every overview reads one index in its sort order (keyset paging).
 */
@SecondaryAdapter
final class JdbcSalesOrders implements SalesOrders {

    private static final String ORDERS = "orders";
    private static final String OPEN_LINES = "open-lines";
    private static final String SHIPMENTS = "shipments";

    private static final String ORDER_COLUMNS = "customer_number, erp_order_number, channel, order_request_id, "
            + "requester_id, reference, ordered_at, currency, net_total, status, booked_period, version";
    private static final String SUMMARY_COLUMNS = "erp_order_number, channel, order_request_id, requester_id, "
            + "reference, ordered_at, currency, net_total, status";
    private static final String LINE_COLUMNS = "erp_order_number, reference, currency, line_number, article_number, "
            + "description, ordered, delivered, cancelled, unit_net_price, vat_rate, expected_on";
    private static final String SHIPMENT_COLUMNS = "customer_number, shipment_number, erp_order_number, "
            + "requester_id, carrier, tracking_code, shipped_at";

    /** The order overview's order: newest first, then by ERP order number, highest first. */
    private static final Comparator<OrderSummary> NEWEST_FIRST = Comparator.comparing(OrderSummary::orderedAt)
            .thenComparing(OrderSummary::erpOrderNumber).reversed();
    /** The open lines' order: soonest expected first, then by ERP order number and line number. */
    private static final Comparator<OpenOrderLine> SOONEST_FIRST = Comparator
            .comparing((OpenOrderLine line) -> line.line().expectedOn()).thenComparing(OpenOrderLine::erpOrderNumber)
            .thenComparingInt(line -> line.line().lineNumber());

    private final JdbcTransactions transactions;
    private volatile Boolean postgres;

    JdbcSalesOrders(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<SalesOrderSnapshot> find(CustomerNumber customerNumber, String erpOrderNumber) {
        return transactions.withConnection("finding an order", connection -> {
            Optional<Header> header = Sql.queryOne(connection, "SELECT " + ORDER_COLUMNS
                    + " FROM ak_sales_order WHERE customer_number = ? AND erp_order_number = ?",
                    JdbcSalesOrders::header, customerNumber.value(), erpOrderNumber);
            if (header.isEmpty()) {
                return Optional.empty();
            }
            List<OrderedLine> lines = Sql.query(connection, "SELECT " + LINE_COLUMNS + " FROM ak_sales_order_line "
                    + "WHERE customer_number = ? AND erp_order_number = ? ORDER BY line_number",
                    row -> line(row, 1), customerNumber.value(), erpOrderNumber);
            return Optional.of(header.get().with(lines));
        });
    }

    @Override
    public Optional<String> confirmationOf(CustomerNumber customerNumber, OrderRequestId orderRequest) {
        return transactions.withConnection("finding an order confirmation", connection -> Sql.queryOne(connection,
                "SELECT erp_order_number FROM ak_sales_order WHERE customer_number = ? AND order_request_id = ?",
                row -> row.getString(1), customerNumber.value(), orderRequest.value()));
    }

    @Override
    public void add(SalesOrderSnapshot order) {
        transactions.inTransaction(() -> transactions.withConnection("adding an order", connection -> {
            try {
                Sql.update(connection, "INSERT INTO ak_sales_order (" + ORDER_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", order.customerNumber().value(),
                        order.erpOrderNumber(), order.channel().name(),
                        order.orderRequest() == null ? null : order.orderRequest().value(),
                        order.requester() == null ? null : order.requester().value(), order.reference(),
                        Rows.at(order.orderedAt()), order.currency().getCurrencyCode(), order.netTotal().amount(),
                        order.status().name(), order.bookedPeriod() == null ? null : order.bookedPeriod().key());
                for (OrderedLine line : order.lines()) {
                    Sql.update(connection, "INSERT INTO ak_sales_order_line (customer_number, requester_id, is_open, "
                            + LINE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            order.customerNumber().value(),
                            order.requester() == null ? null : order.requester().value(), line.isOpen(),
                            order.erpOrderNumber(), order.reference(), order.currency().getCurrencyCode(),
                            line.lineNumber(), line.articleNumber(), line.description(), line.ordered(),
                            line.delivered(), line.cancelled(), line.unitNetPrice().amount(), line.vatRate(),
                            line.expectedOn());
                }
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "order", order.erpOrderNumber());
            }
            return null;
        }));
    }

    @Override
    public void update(SalesOrderSnapshot order) {
        transactions.inTransaction(() -> transactions.withConnection("changing an order", connection -> {
            try {
                int updated = Sql.update(connection, "UPDATE ak_sales_order SET status = ?, version = version + 1 "
                        + "WHERE customer_number = ? AND erp_order_number = ? AND version = ?",
                        order.status().name(), order.customerNumber().value(), order.erpOrderNumber(),
                        order.version());
                if (updated != 1) {
                    throw new ConcurrentModification("order", order.erpOrderNumber());
                }
                for (OrderedLine line : order.lines()) {
                    Sql.update(connection, "UPDATE ak_sales_order_line SET delivered = ?, cancelled = ?, is_open = ? "
                            + "WHERE customer_number = ? AND erp_order_number = ? AND line_number = ?",
                            line.delivered(), line.cancelled(), line.isOpen(), order.customerNumber().value(),
                            order.erpOrderNumber(), line.lineNumber());
                }
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "order", order.erpOrderNumber());
            }
            return null;
        }));
    }

    @Override
    public void claim(SalesOrderSnapshot order) {
        int updated = transactions.withConnection("claiming an order", connection -> {
            try {
                return Sql.update(connection, "UPDATE ak_sales_order SET version = version + 1 "
                        + "WHERE customer_number = ? AND erp_order_number = ? AND version = ?",
                        order.customerNumber().value(), order.erpOrderNumber(), order.version());
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "order", order.erpOrderNumber());
            }
        });
        if (updated != 1) {
            throw new ConcurrentModification("order", order.erpOrderNumber());
        }
    }

    @Override
    public Page<OrderSummary> list(CustomerNumber customerNumber, SalesOrderFilter filter, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        String sql = ordersPage(customerNumber, filter, page, parameters);
        return transactions.withConnection("listing orders", connection -> ordersPage(
                Sql.query(connection, sql, row -> summary(row, 1), parameters.toArray()), page));
    }

    @Override
    public Optional<Viewed<OrderSummary>> listForViewer(CustomerNumber customerNumber, UserId viewer,
            SalesOrderFilter filter, PageRequest page) {
        List<Object> parameters = new ArrayList<>(List.of(customerNumber.value(), viewer.value()));
        String sql = ordersPage(customerNumber, filter.of(null), page, parameters);
        return transactions.withConnection("listing orders", connection -> viewed(connection, sql, parameters,
                JdbcSalesOrders::summary, NEWEST_FIRST, fetched -> ordersPage(fetched, page)));
    }

    private static String ordersPage(CustomerNumber customerNumber, SalesOrderFilter filter, PageRequest page,
            List<Object> parameters) {
        PageToken.Reader after = PageToken.reader(page, ORDERS);
        StringBuilder sql = new StringBuilder("SELECT ").append(SUMMARY_COLUMNS).append(" FROM ak_sales_order WHERE ");
        where(sql, parameters, customerNumber, filter);
        if (after != null) {
            sql.append(" AND (ordered_at, erp_order_number) < (?, ?)");
            parameters.add(Rows.at(after.moment()));
            parameters.add(after.text());
        }
        sql.append(" ORDER BY ordered_at DESC, erp_order_number DESC LIMIT ?");
        parameters.add(page.size() + 1);
        return sql.toString();
    }

    private static Page<OrderSummary> ordersPage(List<OrderSummary> fetched, PageRequest page) {
        return Page.of(fetched, page,
                last -> PageToken.writer(ORDERS).moment(last.orderedAt()).text(last.erpOrderNumber()).token());
    }

    /** The viewer's role and rights; its parameters (customer number, user) come before the page's. */
    private static final String VIEWER = "SELECT user_role, granted_rights FROM ak_account_user "
            + "WHERE customer_number = ? AND id = ?";

    /**
     * The viewer's role and rights and {@code page} (a query of the overview), in one round trip. On PostgreSQL the
     * two statements go together: the driver sends them in one message and reads both answers, and each keeps its
     * own plan (measured faster than joining them, and than the viewer as a subquery of the page). Elsewhere (H2)
     * they are one statement, the page joined beside the viewer, whose rows come in no particular order and are
     * sorted by {@code order} here. No viewer, no page: empty.
     */
    private <T> Optional<Viewed<T>> viewed(Connection connection, String page, List<Object> parameters,
            PageRowMapper<T> item, Comparator<? super T> order, Function<List<T>, Page<T>> toPage) throws SQLException {
        String[] viewer = new String[2];
        List<T> items = new ArrayList<>();
        if (isPostgres(connection)) {
            try (PreparedStatement statement = connection.prepareStatement(VIEWER + "; " + page)) {
                for (int index = 0; index < parameters.size(); index++) {
                    statement.setObject(index + 1, parameters.get(index));
                }
                statement.execute();
                try (ResultSet rows = statement.getResultSet()) {
                    if (rows.next()) {
                        viewer[0] = rows.getString(1);
                        viewer[1] = rows.getString(2);
                    }
                }
                if (statement.getMoreResults()) {
                    try (ResultSet rows = statement.getResultSet()) {
                        while (rows.next()) {
                            items.add(item.map(rows, 1));
                        }
                    }
                }
            }
        } else {
            Sql.query(connection, "WITH viewer AS (" + VIEWER + ") SELECT * FROM viewer LEFT JOIN (" + page
                    + ") listed ON TRUE", row -> {
                        if (viewer[0] == null) {
                            viewer[0] = row.getString("user_role");
                            viewer[1] = row.getString("granted_rights");
                        }
                        // the viewer's two columns first, then the page's, of which the first is never null
                        if (row.getString(3) != null) {
                            items.add(item.map(row, 3));
                        }
                        return null;
                    }, parameters.toArray());
            items.sort(order);
        }
        if (viewer[0] == null) {
            return Optional.empty();
        }
        return Optional.of(new Viewed<>(Role.valueOf(viewer[0]), JdbcAccountUsers.rights(viewer[1]),
                toPage.apply(items)));
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            postgres = known;
        }
        return known;
    }

    @Override
    public long count(CustomerNumber customerNumber, SalesOrderFilter filter) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ak_sales_order WHERE ");
        where(sql, parameters, customerNumber, filter);
        return transactions.withConnection("counting orders",
                connection -> Sql.count(connection, sql.toString(), parameters.toArray()));
    }

    private static void where(StringBuilder sql, List<Object> parameters, CustomerNumber customerNumber,
            SalesOrderFilter filter) {
        sql.append("customer_number = ?");
        parameters.add(customerNumber.value());
        if (filter.requester() != null) {
            sql.append(" AND requester_id = ?");
            parameters.add(filter.requester().value());
        }
        if (!filter.statuses().isEmpty()) {
            List<String> statuses = filter.statuses().stream().map(Enum::name).sorted().toList();
            sql.append(" AND status IN (").append(statuses.stream().map(status -> "?")
                    .collect(Collectors.joining(", "))).append(")");
            parameters.addAll(statuses);
        }
        if (filter.from() != null) {
            sql.append(" AND ordered_at >= ?");
            parameters.add(Rows.at(filter.from()));
        }
        if (filter.until() != null) {
            sql.append(" AND ordered_at < ?");
            parameters.add(Rows.at(filter.until()));
        }
        if (filter.reference() != null) {
            sql.append(" AND reference = ?");
            parameters.add(filter.reference());
        }
        if (filter.erpOrderNumber() != null) {
            sql.append(" AND erp_order_number = ?");
            parameters.add(filter.erpOrderNumber());
        }
    }

    @Override
    public Page<OpenOrderLine> openLines(CustomerNumber customerNumber, UserId requester, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        String sql = openLinesPage(customerNumber, requester, page, parameters);
        return transactions.withConnection("listing open order lines", connection -> openLinesPage(
                Sql.query(connection, sql, row -> openLine(row, 1), parameters.toArray()), page));
    }

    @Override
    public Optional<Viewed<OpenOrderLine>> openLinesForViewer(CustomerNumber customerNumber, UserId viewer,
            PageRequest page) {
        List<Object> parameters = new ArrayList<>(List.of(customerNumber.value(), viewer.value()));
        String sql = openLinesPage(customerNumber, null, page, parameters);
        return transactions.withConnection("listing open order lines", connection -> viewed(connection, sql,
                parameters, JdbcSalesOrders::openLine, SOONEST_FIRST, fetched -> openLinesPage(fetched, page)));
    }

    /** An open line from {@link #LINE_COLUMNS}, the first of them at column {@code at}. */
    private static OpenOrderLine openLine(ResultSet row, int at) throws SQLException {
        return new OpenOrderLine(row.getString(at), row.getString(at + 1), line(row, at));
    }

    private static Page<OpenOrderLine> openLinesPage(List<OpenOrderLine> fetched, PageRequest page) {
        return Page.of(fetched, page, last -> PageToken.writer(OPEN_LINES).date(last.line().expectedOn())
                .text(last.erpOrderNumber()).number(last.line().lineNumber()).token());
    }

    private static String openLinesPage(CustomerNumber customerNumber, UserId requester, PageRequest page,
            List<Object> parameters) {
        PageToken.Reader after = PageToken.reader(page, OPEN_LINES);
        StringBuilder sql = new StringBuilder("SELECT ").append(LINE_COLUMNS)
                .append(" FROM ak_sales_order_line WHERE customer_number = ?");
        parameters.add(customerNumber.value());
        if (requester != null) {
            sql.append(" AND requester_id = ?");
            parameters.add(requester.value());
        }
        sql.append(" AND is_open = TRUE");
        if (after != null) {
            sql.append(" AND (expected_on, erp_order_number, line_number) > (?, ?, ?)");
            parameters.add(after.date());
            parameters.add(after.text());
            parameters.add((int) after.number(1, Integer.MAX_VALUE));
        }
        sql.append(" ORDER BY expected_on, erp_order_number, line_number LIMIT ?");
        parameters.add(page.size() + 1);
        return sql.toString();
    }

    @Override
    public void addDelivery(DeliverySnapshot delivery) {
        transactions.inTransaction(() -> transactions.withConnection("adding a delivery", connection -> {
            Delivery note = delivery.delivery();
            try {
                Sql.update(connection, "INSERT INTO ak_delivery (customer_number, delivery_number, erp_order_number, "
                        + "delivered_on) VALUES (?, ?, ?, ?)", delivery.customerNumber().value(),
                        note.deliveryNumber(), delivery.erpOrderNumber(), note.deliveredOn());
                for (LineQuantity line : note.lines()) {
                    Sql.update(connection, "INSERT INTO ak_delivery_line (customer_number, delivery_number, "
                            + "line_number, quantity) VALUES (?, ?, ?, ?)", delivery.customerNumber().value(),
                            note.deliveryNumber(), line.lineNumber(), line.quantity());
                }
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "delivery", note.deliveryNumber());
            }
            return null;
        }));
    }

    @Override
    public List<DeliverySnapshot> deliveriesOf(CustomerNumber customerNumber, String erpOrderNumber) {
        return transactions.withConnection("finding deliveries", connection -> {
            Map<String, List<LineQuantity>> lines = new LinkedHashMap<>();
            Map<String, LocalDate> days = new LinkedHashMap<>();
            Sql.query(connection, "SELECT d.delivery_number, d.delivered_on, l.line_number, l.quantity FROM ak_delivery d "
                    + "JOIN ak_delivery_line l ON l.customer_number = d.customer_number "
                    + "AND l.delivery_number = d.delivery_number WHERE d.customer_number = ? AND d.erp_order_number = ? "
                    + "ORDER BY d.delivered_on, d.delivery_number, l.line_number", row -> {
                        String number = row.getString(1);
                        days.putIfAbsent(number, row.getObject(2, LocalDate.class));
                        return lines.computeIfAbsent(number, first -> new ArrayList<>())
                                .add(new LineQuantity(row.getInt(3), row.getInt(4)));
                    }, customerNumber.value(), erpOrderNumber);
            return days.entrySet().stream().map(day -> new DeliverySnapshot(customerNumber, erpOrderNumber,
                    new Delivery(day.getKey(), day.getValue(), lines.get(day.getKey())))).toList();
        });
    }

    @Override
    public void addShipment(ShipmentSnapshot shipment) {
        transactions.inTransaction(() -> transactions.withConnection("adding a shipment", connection -> {
            try {
                Sql.update(connection, "INSERT INTO ak_shipment (" + SHIPMENT_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?)", shipment.customerNumber().value(),
                        shipment.shipmentNumber(), shipment.erpOrderNumber(),
                        shipment.requester() == null ? null : shipment.requester().value(), shipment.carrier(),
                        shipment.trackingCode(), Rows.at(shipment.shippedAt()));
                for (LineQuantity line : shipment.lines()) {
                    Sql.update(connection, "INSERT INTO ak_shipment_line (customer_number, shipment_number, "
                            + "line_number, quantity) VALUES (?, ?, ?, ?)", shipment.customerNumber().value(),
                            shipment.shipmentNumber(), line.lineNumber(), line.quantity());
                }
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "shipment", shipment.shipmentNumber());
            }
            return null;
        }));
    }

    @Override
    public List<ShipmentSnapshot> shipmentsOf(CustomerNumber customerNumber, String erpOrderNumber) {
        return transactions.withConnection("finding shipments", connection -> withLines(connection, customerNumber,
                Sql.query(connection, "SELECT " + SHIPMENT_COLUMNS + " FROM ak_shipment WHERE customer_number = ? "
                        + "AND erp_order_number = ? ORDER BY shipped_at, shipment_number",
                        JdbcSalesOrders::shipment, customerNumber.value(), erpOrderNumber)));
    }

    @Override
    public Page<ShipmentSnapshot> shipments(CustomerNumber customerNumber, UserId requester, PageRequest page) {
        PageToken.Reader after = PageToken.reader(page, SHIPMENTS);
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(SHIPMENT_COLUMNS)
                .append(" FROM ak_shipment WHERE customer_number = ?");
        parameters.add(customerNumber.value());
        if (requester != null) {
            sql.append(" AND requester_id = ?");
            parameters.add(requester.value());
        }
        if (after != null) {
            sql.append(" AND (shipped_at, shipment_number) < (?, ?)");
            parameters.add(Rows.at(after.moment()));
            parameters.add(after.text());
        }
        sql.append(" ORDER BY shipped_at DESC, shipment_number DESC LIMIT ?");
        parameters.add(page.size() + 1);
        return transactions.withConnection("listing shipments", connection -> Page.of(
                withLines(connection, customerNumber,
                        Sql.query(connection, sql.toString(), JdbcSalesOrders::shipment, parameters.toArray())),
                page, last -> PageToken.writer(SHIPMENTS).moment(last.shippedAt()).text(last.shipmentNumber())
                        .token()));
    }

    /** The shipments with their lines, read in one statement for all of them. */
    private static List<ShipmentSnapshot> withLines(Connection connection, CustomerNumber customerNumber,
            List<ShipmentSnapshot> shipments) throws SQLException {
        if (shipments.isEmpty()) {
            return shipments;
        }
        Map<String, List<LineQuantity>> lines = new LinkedHashMap<>();
        List<Object> parameters = new ArrayList<>();
        parameters.add(customerNumber.value());
        for (ShipmentSnapshot shipment : shipments) {
            lines.put(shipment.shipmentNumber(), new ArrayList<>());
            parameters.add(shipment.shipmentNumber());
        }
        Sql.query(connection, "SELECT shipment_number, line_number, quantity FROM ak_shipment_line "
                + "WHERE customer_number = ? AND shipment_number IN ("
                + shipments.stream().map(shipment -> "?").collect(Collectors.joining(", "))
                + ") ORDER BY shipment_number, line_number", row -> lines.get(row.getString(1))
                        .add(new LineQuantity(row.getInt(2), row.getInt(3))), parameters.toArray());
        return shipments.stream().map(shipment -> new ShipmentSnapshot(shipment.customerNumber(),
                shipment.shipmentNumber(), shipment.erpOrderNumber(), shipment.requester(), shipment.carrier(),
                shipment.trackingCode(), shipment.shippedAt(), lines.get(shipment.shipmentNumber()))).toList();
    }

    /** An order's row, before its lines are read. */
    private record Header(CustomerNumber customerNumber, String erpOrderNumber, OrderChannel channel,
            OrderRequestId orderRequest, UserId requester, String reference, java.time.Instant orderedAt,
            CalendarPeriod bookedPeriod, long version) {

        SalesOrderSnapshot with(List<OrderedLine> lines) {
            return new SalesOrderSnapshot(customerNumber, erpOrderNumber, channel, orderRequest, requester,
                    reference, orderedAt, lines, bookedPeriod, version);
        }
    }

    private static Header header(ResultSet row) throws SQLException {
        UUID request = row.getObject("order_request_id", UUID.class);
        UUID requester = row.getObject("requester_id", UUID.class);
        String period = row.getString("booked_period");
        return new Header(new CustomerNumber(row.getString("customer_number")),
                row.getString("erp_order_number"), OrderChannel.valueOf(row.getString("channel")),
                request == null ? null : new OrderRequestId(request), requester == null ? null : new UserId(requester),
                row.getString("reference"), Rows.instant(row, "ordered_at"),
                period == null ? null : CalendarPeriod.parse(period), row.getLong("version"));
    }

    /**
     * A summary from {@link #SUMMARY_COLUMNS}, the first of them at column {@code at}. By position rather than by
     * name: a page maps a few hundred columns, and each lookup by name is a search of the result's labels.
     */
    private static OrderSummary summary(ResultSet row, int at) throws SQLException {
        UUID request = row.getObject(at + 2, UUID.class);
        UUID requester = row.getObject(at + 3, UUID.class);
        return new OrderSummary(row.getString(at), OrderChannel.valueOf(row.getString(at + 1)),
                Optional.ofNullable(request).map(OrderRequestId::new), Optional.ofNullable(requester).map(UserId::new),
                row.getString(at + 4), Rows.instant(row, at + 5),
                DeliveryStatus.valueOf(row.getString(at + 8)),
                new Money(row.getBigDecimal(at + 7), Rows.currency(row.getString(at + 6))));
    }

    /** A line from {@link #LINE_COLUMNS}, the first of them (the ERP order number) at column {@code at}. */
    private static OrderedLine line(ResultSet row, int at) throws SQLException {
        Currency currency = Rows.currency(row.getString(at + 2));
        return new OrderedLine(row.getInt(at + 3), row.getString(at + 4), row.getString(at + 5), row.getInt(at + 6),
                row.getInt(at + 7), row.getInt(at + 8), new Money(row.getBigDecimal(at + 9), currency),
                row.getBigDecimal(at + 10), row.getObject(at + 11, LocalDate.class));
    }

    /** Maps a page's row whose first column is at {@code at} (after the viewer's columns, where they come first). */
    @FunctionalInterface
    private interface PageRowMapper<T> {
        T map(ResultSet row, int at) throws SQLException;
    }

    private static ShipmentSnapshot shipment(ResultSet row) throws SQLException {
        UUID requester = row.getObject("requester_id", UUID.class);
        return new ShipmentSnapshot(new CustomerNumber(row.getString("customer_number")),
                row.getString("shipment_number"), row.getString("erp_order_number"),
                requester == null ? null : new UserId(requester), row.getString("carrier"),
                row.getString("tracking_code"), Rows.instant(row, "shipped_at"), List.of());
    }
}
