package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accountkit.ConcurrentModification;
import org.accountkit.approval.ApprovalReason;
import org.accountkit.approval.SubmissionCheck;
import org.accountkit.approval.Decision;
import org.accountkit.approval.DeadlineStage;
import org.accountkit.approval.OrderRequest;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderRequests;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.Verdict;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.ordering.OrderLine;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Order requests in {@code ak_order_request}, {@code ak_order_line} and {@code ak_order_decision}, written together
 * with the requester's row in {@code ak_budget}.
 *
 * <p>The write path is built around round trips. On PostgreSQL, submitting is one data-modifying statement: a
 * conditional {@code UPDATE} of the budget row (which checks the budget and books it, holding the row lock only
 * inside the statement) feeding the {@code INSERT} of the order and its lines. Other databases (H2) run the same
 * conditional update and the inserts in one transaction. Either way the order is stored only when the update
 * found the budget as expected, so two orders never both pass a budget that fits only one, on any number of
 * servers.
 *
 * <p>A submission also checks that the requester, the approval rules and the budget settings are still at the
 * versions its context was read with. The general statements read the user and the rules again for that. The
 * PostgreSQL statement for an order placed at once checks only the budget row's version: every change of a user and
 * of the rules renews the versions of the budget rows it concerns in the same transaction
 * ({@link JdbcBudgets#renewForUser}), so that version stands for all three. Reading the user and the rules again
 * cost PostgreSQL about a fifth of its work per order (measured with the benchmark's submit).
 */
@SecondaryAdapter
final class JdbcOrderRequests implements OrderRequests {

    private static final String COLUMNS = "id, customer_number, requester_id, reference, currency, net_total, "
            + "status, reasons, required_approvals, reserved_amount, submitted_at, placed_at, closed_at, remind_at, "
            + "escalate_at, expire_at, deadline_stage, next_deadline_at, version";
    /** The same columns as casts of parameters, so that PostgreSQL knows their types in INSERT ... SELECT. */
    private static final String TYPED_VALUES = "CAST(? AS UUID), CAST(? AS VARCHAR(20)), CAST(? AS UUID), "
            + "CAST(? AS VARCHAR(60)), CAST(? AS CHAR(3)), CAST(? AS DECIMAL(15,2)), CAST(? AS VARCHAR(20)), "
            + "CAST(? AS VARCHAR(200)), CAST(? AS INTEGER), CAST(? AS DECIMAL(15,2)), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(10)), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS BIGINT)";
    private static final String LINE_COLUMNS = "line_no, article_number, description, quantity, unit_net_price, "
            + "vat_rate";
    private static final String TYPED_LINE = "(CAST(? AS INTEGER), CAST(? AS VARCHAR(40)), "
            + "CAST(? AS VARCHAR(300)), CAST(? AS INTEGER), CAST(? AS DECIMAL(15,2)), CAST(? AS DECIMAL(5,2)))";
    /** Spent in the period given by the parameter: the stored spent, or zero when the stored period is over. */
    private static final String SPENT_IN_PERIOD = "(CASE WHEN period_key = ? THEN spent ELSE 0 END)";
    private static final String TRACKS = "limit_amount IS NOT NULL AND limit_currency = ?";
    private static final String BOOK = "spent = CASE WHEN " + TRACKS + " THEN " + SPENT_IN_PERIOD
            + " + ? ELSE spent END, period_key = CASE WHEN " + TRACKS + " THEN ? ELSE period_key END";
    private static final String FITS = "(NOT ? OR limit_amount IS NULL OR (limit_currency = ? AND (CASE WHEN "
            + "budget_period = 'PER_ORDER' THEN ? <= limit_amount ELSE " + SPENT_IN_PERIOD
            + " + reserved + ? <= limit_amount END)))";
    /** The requester and the approval rules are still at the versions the submission read. */
    private static final String AS_READ = "EXISTS (SELECT 1 FROM ak_account_user u LEFT JOIN ak_approval_policy p "
            + "ON p.customer_number = u.customer_number WHERE u.id = ? AND u.version = ? "
            + "AND COALESCE(p.version, 0) = ?)";
    private static final String PLACE_UPDATE = "UPDATE ak_budget SET " + BOOK
            + " WHERE user_id = ? AND version = ? AND " + FITS + " AND " + AS_READ;
    private static final String RESERVE_UPDATE = "UPDATE ak_budget SET reserved = reserved + ? "
            + "WHERE user_id = ? AND version = ? AND " + AS_READ;
    private static final String NO_BUDGET_AS_READ = "NOT EXISTS (SELECT 1 FROM ak_budget WHERE user_id = ?) AND "
            + AS_READ;

    private final JdbcTransactions transactions;
    private final Map<String, String> statements = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Boolean postgres;

    JdbcOrderRequests(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean placeIfBudgetAllows(OrderRequest placed, SubmissionCheck check) {
        if (placed.status() != OrderStatus.PLACED) {
            throw new IllegalArgumentException("order request " + placed.id() + " is not placed at once");
        }
        Object[] budgetParameters = check.settingsVersion() == SubmissionCheck.NO_SETTINGS ? null
                : placeParameters(placed, check);
        return store(placed, check, PLACE_UPDATE, budgetParameters);
    }

    @Override
    public boolean submitForApproval(OrderRequest awaiting, SubmissionCheck check) {
        if (!awaiting.status().isWaiting()) {
            throw new IllegalArgumentException("order request " + awaiting.id() + " does not wait for approval");
        }
        Object[] budgetParameters = check.settingsVersion() == SubmissionCheck.NO_SETTINGS ? null
                : concat(new Object[] {awaiting.reservedAmount(), awaiting.requester().value(),
                    check.settingsVersion()}, asRead(awaiting, check));
        return store(awaiting, check, RESERVE_UPDATE, budgetParameters);
    }

    @Override
    public void close(OrderRequest closed, String periodKey) {
        transactions.inTransaction(() -> transactions.withConnection("closing an order request", connection -> {
            try {
                return closeIn(connection, closed, periodKey);
            } catch (SQLException failure) {
                throw lostRaceOr(failure, closed);
            }
        }));
    }

    /** Stores the closed order and settles its reservation (and booking, when approved) on the ledger. */
    private static Object closeIn(Connection connection, OrderRequest closed, String periodKey) throws SQLException {
        updateOrder(connection, closed);
        boolean book = closed.status() == OrderStatus.APPROVED;
        String currency = closed.currency().getCurrencyCode();
        Sql.update(connection, "UPDATE ak_budget SET reserved = reserved - ?, spent = CASE WHEN ? AND " + TRACKS
                + " THEN " + SPENT_IN_PERIOD + " + ? ELSE spent END, period_key = CASE WHEN ? AND " + TRACKS
                + " THEN ? ELSE period_key END WHERE user_id = ?", closed.reservedAmount(), book, currency,
                periodKey, closed.netTotal().amount(), book, currency, periodKey, closed.requester().value());
        return null;
    }

    /** A lost race (serialization failure, deadlock, lock timeout) as the fact it is; anything else unchanged. */
    private static SQLException lostRaceOr(SQLException failure, OrderRequest order) {
        if (Sql.isLostRace(failure)) {
            throw new ConcurrentModification("order request", order.id());
        }
        return failure;
    }

    @Override
    public void update(OrderRequest changed) {
        transactions.inTransaction(() -> transactions.withConnection("updating an order request", connection -> {
            try {
                updateOrder(connection, changed);
            } catch (SQLException failure) {
                throw lostRaceOr(failure, changed);
            }
            return null;
        }));
    }

    @Override
    public Optional<OrderRequest> find(OrderRequestId id) {
        return transactions.withConnection("finding an order request", connection -> load(connection,
                "SELECT " + COLUMNS + " FROM ak_order_request WHERE id = ?", id.value()).stream().findFirst());
    }

    @Override
    public Page<OrderRequest> list(CustomerNumber customerNumber, Set<OrderStatus> statuses, PageRequest page) {
        return page("customer_number = ?", customerNumber.value(), statuses, page);
    }

    @Override
    public Page<OrderRequest> listOfRequester(UserId requester, Set<OrderStatus> statuses, PageRequest page) {
        return page("requester_id = ?", requester.value(), statuses, page);
    }

    @Override
    public List<OrderRequest> dueBy(Instant moment, int max) {
        return transactions.withConnection("finding due order requests", connection -> load(connection,
                "SELECT " + COLUMNS + " FROM ak_order_request WHERE next_deadline_at <= ? "
                        + "ORDER BY next_deadline_at, seq LIMIT ?", Rows.at(moment), max));
    }

    @Override
    public Money placedTotal(UserId requester, Currency currency, Instant from, Instant until) {
        return transactions.withConnection("adding up placed orders", connection -> new Money(
                Sql.queryOne(connection, "SELECT COALESCE(SUM(net_total), 0) FROM ak_order_request "
                        + "WHERE requester_id = ? AND currency = ? AND placed_at >= ? AND placed_at < ?",
                        row -> row.getBigDecimal(1), requester.value(), currency.getCurrencyCode(), Rows.at(from),
                        Rows.at(until)).orElseThrow(), currency));
    }

    // --- writing -----------------------------------------------------------------------------------------------

    private boolean store(OrderRequest order, SubmissionCheck check, String budgetUpdate,
            Object[] budgetParameters) {
        try {
            if (!isPostgres()) {
                return storeInOneTransaction(order, check, budgetUpdate, budgetParameters);
            }
            if (budgetParameters != null && budgetUpdate == PLACE_UPDATE && isPlainPlacement(order)) {
                return placeInOneStatement(order, check);
            }
            return storeInOneStatement(order, check, budgetUpdate, budgetParameters);
        } catch (JdbcFailure failure) {
            if (failure.getCause() instanceof SQLException cause && Sql.isLostRace(cause)) {
                return false;
            }
            throw failure;
        }
    }

    /**
     * PostgreSQL, the hot path: placing an order against a budget. Each value is bound once, in a one-row
     * {@code p}, and the placed order's constant columns are literals, so the statement carries about as many
     * parameters as the rows it writes.
     */
    /**
     * The budget update and the order insert of {@link #placeInOneStatement}; parameters are bound where they are
     * used (no parameter row joined in), which keeps the plan as small as the baseline's.
     */
    private static final String PLACE_IN_ONE_STATEMENT = "WITH b AS (UPDATE ak_budget SET "
            + "spent = CASE WHEN limit_amount IS NOT NULL AND limit_currency = CAST(? AS CHAR(3)) "
            + "THEN (CASE WHEN period_key = CAST(? AS VARCHAR(10)) THEN spent ELSE 0 END) + CAST(? AS DECIMAL(15,2)) "
            + "ELSE spent END, "
            + "period_key = CASE WHEN limit_amount IS NOT NULL AND limit_currency = CAST(? AS CHAR(3)) "
            + "THEN CAST(? AS VARCHAR(10)) ELSE period_key END "
            + "WHERE user_id = CAST(? AS UUID) AND version = CAST(? AS BIGINT) AND (NOT CAST(? AS BOOLEAN) "
            + "OR limit_amount IS NULL OR (limit_currency = CAST(? AS CHAR(3)) AND (CASE WHEN budget_period = "
            + "'PER_ORDER' THEN CAST(? AS DECIMAL(15,2)) <= limit_amount ELSE (CASE WHEN period_key = "
            + "CAST(? AS VARCHAR(10)) THEN spent ELSE 0 END) + reserved + CAST(? AS DECIMAL(15,2)) <= limit_amount "
            + "END))) RETURNING user_id), "
            + "o AS (INSERT INTO ak_order_request (id, customer_number, requester_id, reference, currency, net_total, "
            + "status, reasons, required_approvals, reserved_amount, submitted_at, placed_at, closed_at, "
            + "deadline_stage, version) SELECT CAST(? AS UUID), CAST(? AS VARCHAR(20)), user_id, "
            + "CAST(? AS VARCHAR(60)), CAST(? AS CHAR(3)), CAST(? AS DECIMAL(15,2)), 'PLACED', '', 0, 0, "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), 'NOTIFIED', 0 FROM b RETURNING id) ";
    /** How many parameters {@link #PLACE_IN_ONE_STATEMENT} takes before the lines'. */
    private static final int PLACE_PARAMETERS = 20;

    private boolean placeInOneStatement(OrderRequest order, SubmissionCheck check) {
        List<OrderLine> lines = order.lines();
        String currency = order.currency().getCurrencyCode();
        String period = check.periodKey();
        java.math.BigDecimal total = order.netTotal().amount();
        java.time.OffsetDateTime now = Rows.at(order.submittedAt());
        Object[] parameters = new Object[PLACE_PARAMETERS + 6 * lines.size()];
        Object[] placing = {currency, period, total, currency, period, order.requester().value(),
            check.settingsVersion(), check.enforceLimit(), currency, total, period, total,
            order.id().value(), order.customerNumber().value(), order.reference(), currency, total, now, now, now};
        System.arraycopy(placing, 0, parameters, 0, PLACE_PARAMETERS);
        for (int index = 0; index < lines.size(); index++) {
            System.arraycopy(lineValues(index, lines.get(index)), 0, parameters, PLACE_PARAMETERS + 6 * index, 6);
        }
        String sql = statements.computeIfAbsent("placed:" + lines.size(), ignored -> {
            StringBuilder statement = new StringBuilder(PLACE_IN_ONE_STATEMENT)
                    .append("INSERT INTO ak_order_line (order_request_id, ").append(LINE_COLUMNS)
                    .append(") SELECT o.id, v.* FROM o CROSS JOIN (VALUES ");
            for (int index = 0; index < lines.size(); index++) {
                statement.append(index == 0 ? "" : ", ").append(TYPED_LINE);
            }
            return statement.append(") AS v(").append(LINE_COLUMNS).append(")").toString();
        });
        int inserted = transactions.withConnection("placing an order",
                connection -> Sql.update(connection, sql, parameters));
        return inserted > 0;
    }

    /** PostgreSQL: budget update, order and lines in one data-modifying statement. */
    private boolean storeInOneStatement(OrderRequest order, SubmissionCheck check, String budgetUpdate,
            Object[] budgetParameters) {
        List<Object> parameters = new ArrayList<>(64);
        if (budgetParameters == null) {
            parameters.addAll(Arrays.asList(orderValues(order)));
            parameters.add(order.requester().value());
            parameters.addAll(Arrays.asList(asRead(order, check)));
        } else {
            parameters.addAll(Arrays.asList(budgetParameters));
            parameters.addAll(Arrays.asList(orderValues(order)));
        }
        List<OrderLine> lines = order.lines();
        for (int index = 0; index < lines.size(); index++) {
            parameters.addAll(Arrays.asList(lineValues(index, lines.get(index))));
        }
        String key = (budgetParameters == null ? "none:" : budgetUpdate == PLACE_UPDATE ? "place:" : "reserve:")
                + lines.size();
        String sql = statements.computeIfAbsent(key, ignored -> oneStatement(budgetParameters == null, budgetUpdate,
                lines.size()));
        int inserted = transactions.withConnection("storing an order request",
                connection -> Sql.update(connection, sql, parameters.toArray()));
        return inserted > 0;
    }

    /** The data-modifying statement for an order of {@code lineCount} lines, built once per shape. */
    private static String oneStatement(boolean withoutBudget, String budgetUpdate, int lineCount) {
        StringBuilder sql = new StringBuilder();
        if (withoutBudget) {
            sql.append("WITH o AS (INSERT INTO ak_order_request (").append(COLUMNS).append(") SELECT ")
                    .append(TYPED_VALUES).append(" WHERE ").append(NO_BUDGET_AS_READ).append(" RETURNING id) ");
        } else {
            sql.append("WITH b AS (").append(budgetUpdate).append(" RETURNING user_id), o AS (INSERT INTO ")
                    .append("ak_order_request (").append(COLUMNS).append(") SELECT ").append(TYPED_VALUES)
                    .append(" FROM b RETURNING id) ");
        }
        sql.append("INSERT INTO ak_order_line (order_request_id, ").append(LINE_COLUMNS)
                .append(") SELECT o.id, v.* FROM o CROSS JOIN (VALUES ");
        for (int index = 0; index < lineCount; index++) {
            sql.append(index == 0 ? "" : ", ").append(TYPED_LINE);
        }
        return sql.append(") AS v(").append(LINE_COLUMNS).append(")").toString();
    }

    /** Other databases: the same conditional update and the inserts in one transaction. */
    private boolean storeInOneTransaction(OrderRequest order, SubmissionCheck check, String budgetUpdate,
            Object[] budgetParameters) {
        return transactions.inTransaction(() -> transactions.withConnection("storing an order request",
                connection -> {
                    if (budgetParameters == null) {
                        List<Object> parameters = new ArrayList<>(Arrays.asList(orderValues(order)));
                        parameters.add(order.requester().value());
                        parameters.addAll(Arrays.asList(asRead(order, check)));
                        int inserted = Sql.update(connection, "INSERT INTO ak_order_request (" + COLUMNS
                                + ") SELECT " + TYPED_VALUES + " WHERE " + NO_BUDGET_AS_READ, parameters.toArray());
                        if (inserted == 0) {
                            return false;
                        }
                    } else {
                        if (Sql.update(connection, budgetUpdate, budgetParameters) == 0) {
                            return false;
                        }
                        Sql.update(connection, "INSERT INTO ak_order_request (" + COLUMNS + ") VALUES ("
                                + TYPED_VALUES + ")", orderValues(order));
                    }
                    insertLines(connection, order);
                    return true;
                }));
    }

    /** Whether a placed order has exactly the column values {@link #PLACE_IN_ONE_STATEMENT} writes as literals. */
    private static boolean isPlainPlacement(OrderRequest order) {
        return order.status() == OrderStatus.PLACED && order.reasons().isEmpty() && order.requiredApprovals() == 0
                && order.reservedAmount().signum() == 0 && order.decisions().isEmpty()
                && order.placedAt().equals(Optional.of(order.submittedAt()))
                && order.closedAt().equals(Optional.of(order.submittedAt()))
                && order.deadlineStage() == DeadlineStage.NOTIFIED && order.nextDeadline().isEmpty()
                && order.remindAt().isEmpty() && order.version() == 0;
    }

    private static Object[] placeParameters(OrderRequest placed, SubmissionCheck check) {
        String currency = placed.currency().getCurrencyCode();
        String period = check.periodKey();
        Object total = placed.netTotal().amount();
        return concat(new Object[] {
            currency, period, total, currency, period,
            placed.requester().value(), check.settingsVersion(),
            check.enforceLimit(), currency, total, period, total}, asRead(placed, check));
    }

    private static Object[] asRead(OrderRequest order, SubmissionCheck check) {
        return new Object[] {order.requester().value(), check.userVersion(), check.policyVersion()};
    }

    private static Object[] concat(Object[] first, Object[] second) {
        Object[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static void updateOrder(Connection connection, OrderRequest order) throws SQLException {
        int updated = Sql.update(connection, "UPDATE ak_order_request SET status = ?, placed_at = ?, closed_at = ?, "
                + "deadline_stage = ?, next_deadline_at = ?, version = version + 1 WHERE id = ? AND version = ?",
                order.status().name(), Rows.at(order.placedAt().orElse(null)),
                Rows.at(order.closedAt().orElse(null)), order.deadlineStage().name(),
                Rows.at(order.nextDeadline().orElse(null)), order.id().value(), order.version());
        if (updated != 1) {
            throw new ConcurrentModification("order request", order.id());
        }
        Sql.update(connection, "DELETE FROM ak_order_decision WHERE order_request_id = ?", order.id().value());
        for (Decision decision : order.decisions()) {
            Sql.update(connection, "INSERT INTO ak_order_decision (order_request_id, tier, decided_by, on_behalf_of, "
                    + "verdict, reason, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)", order.id().value(),
                    decision.tier(), decision.decidedBy().value(),
                    decision.substituteFor().map(UserId::value).orElse(null), decision.verdict().name(),
                    decision.reason(), Rows.at(decision.at()));
        }
    }

    private static void insertLines(Connection connection, OrderRequest order) throws SQLException {
        List<OrderLine> lines = order.lines();
        for (int index = 0; index < lines.size(); index++) {
            Object[] values = lineValues(index, lines.get(index));
            Object[] parameters = new Object[values.length + 1];
            parameters[0] = order.id().value();
            System.arraycopy(values, 0, parameters, 1, values.length);
            Sql.update(connection, "INSERT INTO ak_order_line (order_request_id, " + LINE_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?)", parameters);
        }
    }

    private static Object[] orderValues(OrderRequest order) {
        return new Object[] {
            order.id().value(), order.customerNumber().value(), order.requester().value(), order.reference(),
            order.currency().getCurrencyCode(), order.netTotal().amount(), order.status().name(),
            order.reasons().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
            order.requiredApprovals(), order.reservedAmount(), Rows.at(order.submittedAt()),
            Rows.at(order.placedAt().orElse(null)), Rows.at(order.closedAt().orElse(null)),
            Rows.at(order.remindAt().orElse(null)), Rows.at(order.escalateAt().orElse(null)),
            Rows.at(order.expireAt().orElse(null)), order.deadlineStage().name(),
            Rows.at(order.nextDeadline().orElse(null)), 0L};
    }

    private static Object[] lineValues(int index, OrderLine line) {
        return new Object[] {index + 1, line.articleNumber(), line.description(), line.quantity(),
            line.unitNetPrice().amount(), line.vatRate()};
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = transactions.withConnection("detecting the database", connection ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                            .contains("postgres"));
            postgres = known;
        }
        return known;
    }

    // --- reading -----------------------------------------------------------------------------------------------

    private Page<OrderRequest> page(String owner, Object ownerValue, Set<OrderStatus> statuses, PageRequest page) {
        String in = statuses.stream().map(status -> "?").collect(Collectors.joining(", "));
        List<Object> parameters = new ArrayList<>();
        parameters.add(ownerValue);
        statuses.stream().map(Enum::name).sorted().forEach(parameters::add);
        String where = " FROM ak_order_request WHERE " + owner + " AND status IN (" + in + ")";
        return transactions.withConnection("listing order requests", connection -> {
            long total = Sql.count(connection, "SELECT COUNT(*)" + where, parameters.toArray());
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(page.size());
            paged.add(page.offset());
            List<OrderRequest> items = load(connection, "SELECT " + COLUMNS + where
                    + " ORDER BY submitted_at DESC, seq DESC LIMIT ? OFFSET ?", paged.toArray());
            return new Page<>(items, page.page(), page.size(), total);
        });
    }

    /** Loads order requests with their lines and decisions: three queries for any number of requests. */
    private static List<OrderRequest> load(Connection connection, String sql, Object... parameters)
            throws SQLException {
        List<StoredRequest> stored = Sql.query(connection, sql, JdbcOrderRequests::mapRequest, parameters);
        if (stored.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = stored.stream().map(StoredRequest::id).toList();
        Map<UUID, List<StoredLine>> lines = group(Sql.query(connection, "SELECT order_request_id, " + LINE_COLUMNS
                + " FROM ak_order_line WHERE order_request_id IN (" + placeholders(ids) + ") ORDER BY line_no",
                row -> Map.entry(row.getObject("order_request_id", UUID.class), mapLine(row)), ids.toArray()));
        Map<UUID, List<Decision>> decisions = group(Sql.query(connection, "SELECT order_request_id, tier, "
                + "decided_by, on_behalf_of, verdict, reason, decided_at FROM ak_order_decision "
                + "WHERE order_request_id IN (" + placeholders(ids) + ") ORDER BY tier",
                row -> Map.entry(row.getObject("order_request_id", UUID.class), mapDecision(row)), ids.toArray()));
        List<OrderRequest> requests = new ArrayList<>();
        for (StoredRequest request : stored) {
            requests.add(request.toOrderRequest(lines.getOrDefault(request.id(), List.of()),
                    decisions.getOrDefault(request.id(), List.of())));
        }
        return requests;
    }

    private static <T> Map<UUID, List<T>> group(List<Map.Entry<UUID, T>> entries) {
        Map<UUID, List<T>> grouped = new HashMap<>();
        entries.forEach(entry -> grouped.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
        return grouped;
    }

    private static String placeholders(Collection<?> values) {
        return values.stream().map(value -> "?").collect(Collectors.joining(", "));
    }

    private static StoredLine mapLine(ResultSet row) throws SQLException {
        return new StoredLine(row.getString("article_number"), row.getString("description"), row.getInt("quantity"),
                row.getBigDecimal("unit_net_price"), row.getBigDecimal("vat_rate"));
    }

    /** An order line row; its currency is the order's. */
    private record StoredLine(String articleNumber, String description, int quantity,
            java.math.BigDecimal unitNetPrice, java.math.BigDecimal vatRate) {

        OrderLine in(Currency currency) {
            return new OrderLine(articleNumber, description, quantity, new Money(unitNetPrice, currency), vatRate);
        }
    }

    private static Decision mapDecision(ResultSet row) throws SQLException {
        UUID onBehalfOf = row.getObject("on_behalf_of", UUID.class);
        return new Decision(row.getInt("tier"), new UserId(row.getObject("decided_by", UUID.class)),
                onBehalfOf == null ? null : new UserId(onBehalfOf), Verdict.valueOf(row.getString("verdict")),
                row.getString("reason"), Rows.instant(row, "decided_at"));
    }

    private static StoredRequest mapRequest(ResultSet row) throws SQLException {
        EnumSet<ApprovalReason> reasons = EnumSet.noneOf(ApprovalReason.class);
        Arrays.stream(row.getString("reasons").split(",")).filter(name -> !name.isBlank())
                .map(ApprovalReason::valueOf).forEach(reasons::add);
        return new StoredRequest(row.getObject("id", UUID.class), new CustomerNumber(row.getString("customer_number")),
                new UserId(row.getObject("requester_id", UUID.class)), row.getString("reference"),
                Rows.currency(row.getString("currency")), OrderStatus.valueOf(row.getString("status")), reasons,
                row.getInt("required_approvals"), row.getBigDecimal("reserved_amount"),
                Rows.instant(row, "submitted_at"), Rows.instant(row, "placed_at"), Rows.instant(row, "closed_at"),
                Rows.instant(row, "remind_at"), Rows.instant(row, "escalate_at"), Rows.instant(row, "expire_at"),
                DeadlineStage.valueOf(row.getString("deadline_stage")), row.getLong("version"));
    }

    /** An order request row before its lines and decisions are attached. */
    private record StoredRequest(UUID id, CustomerNumber customerNumber, UserId requester, String reference,
            Currency currency, OrderStatus status, Set<ApprovalReason> reasons, int requiredApprovals,
            java.math.BigDecimal reservedAmount, Instant submittedAt, Instant placedAt, Instant closedAt,
            Instant remindAt, Instant escalateAt, Instant expireAt, DeadlineStage stage, long version) {

        OrderRequest toOrderRequest(List<StoredLine> lines, List<Decision> decisions) {
            List<OrderLine> inCurrency = lines.stream().map(line -> line.in(currency)).toList();
            return OrderRequest.builder(new OrderRequestId(id), customerNumber, requester, reference, inCurrency,
                            submittedAt)
                    .status(status).reasons(reasons).requiredApprovals(requiredApprovals).decisions(decisions)
                    .reservedAmount(reservedAmount).placedAt(placedAt).closedAt(closedAt)
                    .deadlines(remindAt, escalateAt, expireAt).deadlineStage(stage).version(version).build();
        }
    }
}
