package org.accountkit.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.accountkit.ConcurrentModification;
import org.accountkit.approval.ApprovalReason;
import org.accountkit.approval.DeadlineStage;
import org.accountkit.approval.Decision;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.Verdict;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.ordering.OrderLine;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.Effect;
import org.accountkit.spi.IdempotencyRecord;
import org.accountkit.spi.OrderRequestSnapshot;
import org.accountkit.spi.OrderRequests;
import org.accountkit.spi.PageToken;
import org.accountkit.spi.SubmissionGuard;
import org.accountkit.spi.WriteOutcome;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Order requests in {@code ak_order_request}, {@code ak_order_line} and {@code ak_order_decision}, written together
 * with the requester's row in {@code ak_budget}. Every statement names the customer number, except the deadline
 * processing's search for due orders, which spans customer numbers by design.
 *
 * <p>A submission is stored only while its {@link SubmissionGuard} holds. The check and the write are one step: a
 * conditional {@code UPDATE} of the budget row (which checks the version and, when the budget limits the order,
 * that the ledger still leaves room, and books or reserves) gates the {@code INSERT} of the order and its lines. On
 * PostgreSQL that is one data-modifying statement, holding the row lock only inside it; on other databases (H2) the
 * same statements run in one transaction. Either way two orders never both pass a budget that fits only one, on
 * any number of servers.
 *
 * <p>The budget row's version also stands for the requester and the approval rules: every change of a user and of
 * the rules renews the versions of the budget rows it concerns in the same transaction
 * ({@link JdbcBudgets#renewForUser}), so the update checks one version instead of reading the user and the rules
 * again. A requester without a budget row has their user and rules versions checked directly.
 *
 * <p>Whether an order fits the budget is decided in the core; what the statement checks is only that the ledger has
 * not grown past the bound the core worked out ({@link SubmissionGuard#mostCommitted()}), in one fragment,
 * {@link #ROOM}.
 */
@SecondaryAdapter
final class JdbcOrderRequests implements OrderRequests {

    private static final String COLUMNS = "customer_number, id, requester_id, reference, currency, net_total, "
            + "status, reasons, required_approvals, reserved_amount, submitted_at, placed_at, closed_at, remind_at, "
            + "escalate_at, expire_at, deadline_stage, next_deadline_at, version";
    /** What a read selects: the stored columns and the order of storing, which the overviews page by. */
    private static final String READ_COLUMNS = COLUMNS + ", seq";
    /** The name of the order request overviews' continuations. */
    private static final String OVERVIEW = "order-requests";
    /** The same columns as casts of parameters, so that PostgreSQL knows their types, also of nulls. */
    private static final String TYPED_VALUES = "CAST(? AS VARCHAR(20)), CAST(? AS UUID), CAST(? AS UUID), "
            + "CAST(? AS VARCHAR(60)), CAST(? AS CHAR(3)), CAST(? AS DECIMAL(15,2)), CAST(? AS VARCHAR(20)), "
            + "CAST(? AS VARCHAR(200)), CAST(? AS INTEGER), CAST(? AS DECIMAL(15,2)), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS VARCHAR(10)), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS BIGINT)";
    /**
     * An order placed at once: what every such order has in common is written as literals, so that the hot path
     * binds about as many values as it writes (customer number, id, requester, reference, currency, total and the
     * moment three times).
     */
    private static final String PLACED_VALUES = "CAST(? AS VARCHAR(20)), CAST(? AS UUID), CAST(? AS UUID), "
            + "CAST(? AS VARCHAR(60)), CAST(? AS CHAR(3)), CAST(? AS DECIMAL(15,2)), 'PLACED', '', 0, 0, "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), "
            + "CAST(? AS TIMESTAMP WITH TIME ZONE), NULL, NULL, NULL, 'NOTIFIED', NULL, 0";
    private static final String LINE_COLUMNS = "customer_number, order_request_id, line_no, article_number, "
            + "description, quantity, unit_net_price, vat_rate";
    private static final String TYPED_LINE = "(CAST(? AS VARCHAR(20)), CAST(? AS UUID), CAST(? AS INTEGER), "
            + "CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(300)), CAST(? AS INTEGER), CAST(? AS DECIMAL(15,2)), "
            + "CAST(? AS DECIMAL(5,2)))";
    private static final String KEY_COLUMNS = "customer_number, idempotency_key, fingerprint, subject, used_at";
    private static final String TYPED_KEY = "CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(100)), CAST(? AS CHAR(64)), "
            + "CAST(? AS VARCHAR(40)), CAST(? AS TIMESTAMP WITH TIME ZONE)";
    private static final String DECISION_COLUMNS = "customer_number, order_request_id, tier, decided_by, "
            + "on_behalf_of, verdict, reason, decided_at";

    /** Spent in the period given by the parameter: the stored spent, or zero when the stored period is over. */
    private static final String SPENT_IN_PERIOD = "(CASE WHEN period_key = CAST(? AS VARCHAR(10)) THEN spent ELSE 0 END)";
    /** The ledger still leaves room: spent in the period and reserved together are at most the parameter. */
    private static final String ROOM = SPENT_IN_PERIOD + " + reserved <= CAST(? AS DECIMAL(15,2))";
    /** The budget row the guard read: its customer number, user and version. */
    private static final String BUDGET_AS_READ = "customer_number = CAST(? AS VARCHAR(20)) AND user_id = CAST(? AS UUID) "
            + "AND version = CAST(? AS BIGINT)";
    /** Without a budget row: there is still none, and the requester and the rules are at the versions read. */
    private static final String NO_BUDGET_AS_READ = "NOT EXISTS (SELECT 1 FROM ak_budget WHERE customer_number = "
            + "CAST(? AS VARCHAR(20)) AND user_id = CAST(? AS UUID)) AND EXISTS (SELECT 1 FROM ak_account_user u "
            + "LEFT JOIN ak_approval_policy p ON p.customer_number = u.customer_number WHERE u.customer_number = "
            + "CAST(? AS VARCHAR(20)) AND u.id = CAST(? AS UUID) AND u.version = CAST(? AS BIGINT) "
            + "AND COALESCE(p.version, 0) = CAST(? AS BIGINT))";

    /** Books an amount in a period: what the ledger spent in it, plus the amount. */
    private static final String BOOK_IN_PERIOD = "spent = " + SPENT_IN_PERIOD
            + " + CAST(? AS DECIMAL(15,2)), period_key = CAST(? AS VARCHAR(10))";

    /** How a submission changes the budget row, once the guard's checks hold. */
    private enum BudgetWrite {
        /** Book the placed order in the period, provided the ledger leaves room. */
        BOOK_IF_ROOM(BOOK_IN_PERIOD, true),
        /** Book the placed order in the period; the budget does not limit it. */
        BOOK(BOOK_IN_PERIOD, false),
        /** Reserve the waiting order's amount. */
        RESERVE("reserved = reserved + CAST(? AS DECIMAL(15,2))", false),
        /** Change nothing: the budget does not track the order, but its version is checked all the same. */
        CHECK("version = version", false),
        /** There is no budget row. */
        NONE(null, false);

        private final String set;
        private final boolean room;

        BudgetWrite(String set, boolean room) {
            this.set = set;
            this.room = room;
        }

        /** The conditional update of the budget row. */
        String update() {
            return "UPDATE ak_budget SET " + set + " WHERE " + BUDGET_AS_READ + (room ? " AND " + ROOM : "");
        }
    }

    /** How the order's row is written. */
    private enum OrderShape {
        /** An order placed at once, its common columns as literals. */
        PLACED,
        /** Any order, every column bound. */
        ANY
    }

    /**
     * One statement text, built once per kind and number of lines. Equality and hash are written out: they run on
     * every submission, and a record's generated ones cost a measurable share of it.
     */
    private record StatementKey(boolean oneStatement, BudgetWrite write, OrderShape shape, int lines, boolean key,
            int effects) {

        @Override
        public boolean equals(Object other) {
            return other instanceof StatementKey that && oneStatement == that.oneStatement && write == that.write
                    && shape == that.shape && lines == that.lines && key == that.key && effects == that.effects;
        }

        @Override
        public int hashCode() {
            int hash = write.ordinal() * 2 + shape.ordinal();
            hash = hash * 31 + lines;
            hash = hash * 31 + effects;
            return hash * 4 + (oneStatement ? 2 : 0) + (key ? 1 : 0);
        }
    }

    private final JdbcTransactions transactions;
    private final Map<StatementKey, String> statements = new ConcurrentHashMap<>();
    private volatile Boolean postgres;

    JdbcOrderRequests(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public WriteOutcome placeIfBudgetAllows(OrderRequestSnapshot placed, SubmissionGuard guard, IdempotencyRecord key,
            List<Effect> effects) {
        if (placed.status() != OrderStatus.PLACED) {
            throw new IllegalArgumentException("order request " + placed.id() + " is not placed at once");
        }
        BudgetWrite write;
        if (!guard.hasBudget()) {
            write = BudgetWrite.NONE;
        } else if (guard.book()) {
            write = guard.mostCommitted() != null ? BudgetWrite.BOOK_IF_ROOM : BudgetWrite.BOOK;
        } else {
            write = guard.mostCommitted() != null ? BudgetWrite.BOOK_IF_ROOM : BudgetWrite.CHECK;
        }
        if (write == BudgetWrite.BOOK_IF_ROOM && !guard.book()) {
            throw new IllegalArgumentException("a guard that limits the order books it");
        }
        return store(placed, guard, write, isPlainPlacement(placed) ? OrderShape.PLACED : OrderShape.ANY, key,
                effects);
    }

    @Override
    public WriteOutcome submitForApproval(OrderRequestSnapshot awaiting, SubmissionGuard guard, List<Effect> effects) {
        if (!awaiting.status().isWaiting()) {
            throw new IllegalArgumentException("order request " + awaiting.id() + " does not wait for approval");
        }
        BudgetWrite write = !guard.hasBudget() ? BudgetWrite.NONE
                : awaiting.reserved().isZero() ? BudgetWrite.CHECK : BudgetWrite.RESERVE;
        return store(awaiting, guard, write, OrderShape.ANY, null, effects);
    }

    @Override
    public void close(OrderRequestSnapshot closed, CalendarPeriod bookIn) {
        transactions.inTransaction(() -> transactions.withConnection("closing an order request", connection -> {
            try {
                updateOrder(connection, closed);
                settleLedger(connection, closed, bookIn);
                return null;
            } catch (SQLException failure) {
                throw lostRaceOr(failure, closed);
            }
        }));
    }

    /**
     * Releases the closed order's reservation and, when it was approved and the budget is in its currency, books
     * its total in {@code bookIn}. A release larger than what is reserved is refused.
     */
    private static void settleLedger(Connection connection, OrderRequestSnapshot closed, CalendarPeriod bookIn)
            throws SQLException {
        boolean book = closed.status() == OrderStatus.APPROVED && bookIn != null;
        BigDecimal release = closed.reserved().amount();
        if (!book && release.signum() == 0) {
            return;
        }
        String currency = closed.currency().getCurrencyCode();
        String period = bookIn == null ? null : bookIn.key();
        int settled = Sql.update(connection, "UPDATE ak_budget SET reserved = reserved - ?, "
                + "spent = CASE WHEN ? AND limit_currency = ? THEN " + SPENT_IN_PERIOD + " + ? ELSE spent END, "
                + "period_key = CASE WHEN ? AND limit_currency = ? THEN CAST(? AS VARCHAR(10)) ELSE period_key END "
                + "WHERE customer_number = ? AND user_id = ? AND ledger_currency = ? AND reserved >= ?",
                release, book, currency, period, closed.netTotal().amount(), book, currency, period,
                closed.customerNumber().value(), closed.requester().value(), currency, release);
        if (settled == 0 && release.signum() > 0 && Sql.count(connection, "SELECT COUNT(*) FROM ak_budget "
                + "WHERE customer_number = ? AND user_id = ? AND ledger_currency = ?", closed.customerNumber().value(),
                closed.requester().value(), currency) > 0) {
            throw new IllegalStateException("releasing " + closed.reserved() + " of order " + closed.id()
                    + " would take the reservations below zero");
        }
    }

    /** A lost race (serialization failure, deadlock, lock timeout) as the fact it is; anything else unchanged. */
    private static SQLException lostRaceOr(SQLException failure, OrderRequestSnapshot order) {
        if (Sql.isLostRace(failure)) {
            throw new ConcurrentModification("order request", order.id());
        }
        return failure;
    }

    @Override
    public void update(OrderRequestSnapshot changed) {
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
    public Optional<OrderRequestSnapshot> find(CustomerNumber customerNumber, OrderRequestId id) {
        return transactions.withConnection("finding an order request", connection -> load(connection,
                "SELECT " + READ_COLUMNS + " FROM ak_order_request WHERE customer_number = ? AND id = ?",
                customerNumber.value(), id.value()).stream().findFirst());
    }

    @Override
    public Page<OrderRequestSnapshot> list(CustomerNumber customerNumber, Set<OrderStatus> statuses,
            PageRequest page) {
        return page("customer_number = ?", List.of(customerNumber.value()), statuses, page);
    }

    @Override
    public Page<OrderRequestSnapshot> listOfRequester(CustomerNumber customerNumber, UserId requester,
            Set<OrderStatus> statuses, PageRequest page) {
        return page("customer_number = ? AND requester_id = ?", List.of(customerNumber.value(), requester.value()),
                statuses, page);
    }

    @Override
    public List<OrderRequestSnapshot> dueBy(Instant moment, int max) {
        return transactions.withConnection("finding due order requests", connection -> load(connection,
                "SELECT " + READ_COLUMNS + " FROM ak_order_request WHERE next_deadline_at <= ? "
                        + "ORDER BY next_deadline_at, seq LIMIT ?", Rows.at(moment), max));
    }

    @Override
    public Money placedTotal(CustomerNumber customerNumber, UserId requester, Currency currency, Instant from,
            Instant until) {
        return transactions.withConnection("adding up placed orders", connection -> new Money(
                Sql.queryOne(connection, "SELECT COALESCE(SUM(net_total), 0) FROM ak_order_request "
                        + "WHERE customer_number = ? AND requester_id = ? AND currency = ? AND placed_at >= ? "
                        + "AND placed_at < ?", row -> row.getBigDecimal(1), customerNumber.value(), requester.value(),
                        currency.getCurrencyCode(), Rows.at(from), Rows.at(until)).orElseThrow(), currency));
    }

    // --- writing -----------------------------------------------------------------------------------------------

    private WriteOutcome store(OrderRequestSnapshot order, SubmissionGuard guard, BudgetWrite write,
            OrderShape shape, IdempotencyRecord idempotencyKey, List<Effect> effects) {
        boolean oneStatement = isPostgres();
        StatementKey key = new StatementKey(oneStatement, write, shape, order.lines().size(), idempotencyKey != null,
                effects.size());
        Object[] recorded = idempotencyKey == null ? new Object[0] : keyValues(idempotencyKey);
        Object[] budget = budgetParameters(order, guard, write);
        Object[] values = shape == OrderShape.PLACED ? placedValues(order) : orderValues(order);
        Object[] lines = lineValues(order);
        try {
            if (oneStatement) {
                String sql = statements.computeIfAbsent(key, JdbcOrderRequests::oneStatement);
                Object[] written = JdbcEffectOutbox.values(effects, order.submittedAt());
                // every parameter of the one statement is cast in its SQL, so moments and decimals can go as text
                Object[] parameters = Rows.asText(write == BudgetWrite.NONE
                        ? concat(values, budget, lines, recorded, written)
                        : concat(budget, values, lines, recorded, written));
                int inserted = transactions.writeAlone("storing an order request",
                        connection -> Sql.update(connection, sql, parameters));
                return inserted > 0 ? WriteOutcome.STORED : WriteOutcome.ASSUMPTION_CHANGED;
            }
            return storeInOneTransaction(key, budget, values, lines, recorded, effects, order.submittedAt());
        } catch (JdbcFailure failure) {
            if (failure.getCause() instanceof SQLException cause && Sql.isLostRace(cause)) {
                return WriteOutcome.ASSUMPTION_CHANGED;
            }
            if (idempotencyKey != null && failure.getCause() instanceof SQLException cause
                    && Sql.isUniqueViolation(cause)) {
                return WriteOutcome.KEY_USED;
            }
            throw failure;
        }
    }

    /**
     * The statement of {@code key} for PostgreSQL: budget update, order, lines and outbox entries in one
     * data-modifying statement. Its count is that of the last insert's rows: none when the guard did not hold.
     */
    private static String oneStatement(StatementKey key) {
        String values = key.shape() == OrderShape.PLACED ? PLACED_VALUES : TYPED_VALUES;
        StringBuilder sql = new StringBuilder();
        if (key.write() == BudgetWrite.NONE) {
            sql.append("WITH o AS (INSERT INTO ak_order_request (").append(COLUMNS).append(") SELECT ")
                    .append(values).append(" WHERE ").append(NO_BUDGET_AS_READ).append(" RETURNING id) ");
        } else {
            sql.append("WITH b AS (").append(key.write().update()).append(" RETURNING user_id), ")
                    .append("o AS (INSERT INTO ak_order_request (").append(COLUMNS).append(") SELECT ")
                    .append(values).append(" FROM b RETURNING id) ");
        }
        List<String> inserts = new ArrayList<>(3);
        inserts.add("INSERT INTO ak_order_line (" + LINE_COLUMNS + ") " + rowsFromOrder(lines(key.lines()),
                key.lines(), LINE_COLUMNS));
        if (key.key()) {
            inserts.add("INSERT INTO ak_idempotency_key (" + KEY_COLUMNS + ") SELECT " + TYPED_KEY + " FROM o");
        }
        if (key.effects() > 0) {
            inserts.add("INSERT INTO ak_effect_outbox (" + JdbcEffectOutbox.INSERT_COLUMNS + ") "
                    + rowsFromOrder(JdbcEffectOutbox.rows(key.effects()), key.effects(),
                            JdbcEffectOutbox.INSERT_COLUMNS));
        }
        for (int index = 0; index < inserts.size() - 1; index++) {
            sql.append(", w").append(index).append(" AS (").append(inserts.get(index)).append(" RETURNING 1) ");
        }
        sql.append(inserts.get(inserts.size() - 1));
        return sql.toString();
    }

    /**
     * A {@code SELECT} of {@code rows} typed rows (as written for a {@code VALUES} list) for each row {@code o}
     * returned: one row is selected straight from {@code o}, several are joined to it, which PostgreSQL plans as a
     * nested loop over a values scan.
     */
    private static String rowsFromOrder(String rows, int count, String columns) {
        if (count == 1) {
            return "SELECT " + rows.substring(1, rows.length() - 1) + " FROM o";
        }
        return "SELECT v.* FROM o CROSS JOIN (VALUES " + rows + ") AS v(" + columns + ")";
    }

    /** Other databases: the same conditional update and the inserts, in one transaction. */
    private WriteOutcome storeInOneTransaction(StatementKey key, Object[] budget, Object[] values, Object[] lines,
            Object[] recorded, List<Effect> effects, Instant at) {
        String values1 = key.shape() == OrderShape.PLACED ? PLACED_VALUES : TYPED_VALUES;
        return transactions.inTransaction(() -> transactions.withConnection("storing an order request",
                connection -> {
                    if (key.write() == BudgetWrite.NONE) {
                        if (Sql.update(connection, "INSERT INTO ak_order_request (" + COLUMNS + ") SELECT " + values1
                                + " WHERE " + NO_BUDGET_AS_READ, concat(values, budget)) == 0) {
                            return WriteOutcome.ASSUMPTION_CHANGED;
                        }
                    } else {
                        if (Sql.update(connection, key.write().update(), budget) == 0) {
                            return WriteOutcome.ASSUMPTION_CHANGED;
                        }
                        Sql.update(connection, "INSERT INTO ak_order_request (" + COLUMNS + ") VALUES (" + values1
                                + ")", values);
                    }
                    Sql.update(connection, "INSERT INTO ak_order_line (" + LINE_COLUMNS + ") VALUES "
                            + lines(key.lines()), lines);
                    if (key.key()) {
                        Sql.update(connection, "INSERT INTO ak_idempotency_key (" + KEY_COLUMNS + ") VALUES ("
                                + TYPED_KEY + ")", recorded);
                    }
                    JdbcEffectOutbox.insert(connection, effects, at);
                    return WriteOutcome.STORED;
                }));
    }

    private static String lines(int count) {
        StringBuilder lines = new StringBuilder();
        for (int index = 0; index < count; index++) {
            lines.append(index == 0 ? "" : ", ").append(TYPED_LINE);
        }
        return lines.toString();
    }

    /** The parameters of the budget write, or of the check that there is no budget row, in statement order. */
    private static Object[] budgetParameters(OrderRequestSnapshot order, SubmissionGuard guard, BudgetWrite write) {
        String customer = order.customerNumber().value();
        UUID requester = order.requester().value();
        Long version = guard.budgetVersion();
        return switch (write) {
            case NONE -> new Object[] {customer, requester, customer, requester, guard.userVersion(),
                guard.policyVersion()};
            case CHECK -> new Object[] {customer, requester, version};
            case RESERVE -> new Object[] {order.reserved().amount(), customer, requester, version};
            case BOOK -> new Object[] {period(guard), order.netTotal().amount(), period(guard), customer, requester,
                version};
            case BOOK_IF_ROOM -> new Object[] {period(guard), order.netTotal().amount(), period(guard), customer,
                requester, version, period(guard), guard.mostCommitted().amount()};
        };
    }

    private static String period(SubmissionGuard guard) {
        if (guard.period() == null) {
            throw new IllegalArgumentException("booking on a ledger needs the budget's period");
        }
        return guard.period().key();
    }

    /** Whether a placed order has exactly the column values {@link #PLACED_VALUES} writes as literals. */
    private static boolean isPlainPlacement(OrderRequestSnapshot order) {
        return order.status() == OrderStatus.PLACED && order.reasons().isEmpty() && order.requiredApprovals() == 0
                && order.reserved().isZero() && order.decisions().isEmpty()
                && order.submittedAt().equals(order.placedAt()) && order.submittedAt().equals(order.closedAt())
                && order.deadlineStage() == DeadlineStage.NOTIFIED && order.remindAt() == null
                && order.escalateAt() == null && order.expireAt() == null && order.version() == 0;
    }

    private static Object[] placedValues(OrderRequestSnapshot order) {
        OffsetDateTime at = Rows.at(order.submittedAt());
        return new Object[] {order.customerNumber().value(), order.id().value(), order.requester().value(),
            order.reference(), order.currency().getCurrencyCode(), order.netTotal().amount(), at, at, at};
    }

    private static Object[] orderValues(OrderRequestSnapshot order) {
        return new Object[] {
            order.customerNumber().value(), order.id().value(), order.requester().value(), order.reference(),
            order.currency().getCurrencyCode(), order.netTotal().amount(), order.status().name(),
            order.reasons().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
            order.requiredApprovals(), order.reserved().amount(), Rows.at(order.submittedAt()),
            Rows.at(order.placedAt()), Rows.at(order.closedAt()), Rows.at(order.remindAt()),
            Rows.at(order.escalateAt()), Rows.at(order.expireAt()), order.deadlineStage().name(),
            Rows.at(order.nextDeadline().orElse(null)), 0L};
    }

    private static Object[] lineValues(OrderRequestSnapshot order) {
        List<OrderLine> lines = order.lines();
        Object[] values = new Object[8 * lines.size()];
        String customer = order.customerNumber().value();
        UUID id = order.id().value();
        for (int index = 0; index < lines.size(); index++) {
            OrderLine line = lines.get(index);
            int at = 8 * index;
            values[at] = customer;
            values[at + 1] = id;
            values[at + 2] = index + 1;
            values[at + 3] = line.articleNumber();
            values[at + 4] = line.description();
            values[at + 5] = line.quantity();
            values[at + 6] = line.unitNetPrice().amount();
            values[at + 7] = line.vatRate();
        }
        return values;
    }

    private static Object[] keyValues(IdempotencyRecord key) {
        return new Object[] {key.customerNumber().value(), key.key(), key.fingerprint(), key.subject(),
            Rows.at(key.usedAt())};
    }

    private static Object[] concat(Object[]... parts) {
        int length = 0;
        for (Object[] part : parts) {
            length += part.length;
        }
        Object[] all = new Object[length];
        int at = 0;
        for (Object[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static void updateOrder(Connection connection, OrderRequestSnapshot order) throws SQLException {
        String customer = order.customerNumber().value();
        int updated = Sql.update(connection, "UPDATE ak_order_request SET status = ?, placed_at = ?, closed_at = ?, "
                + "deadline_stage = ?, next_deadline_at = ?, version = version + 1 "
                + "WHERE customer_number = ? AND id = ? AND version = ?",
                order.status().name(), Rows.at(order.placedAt()), Rows.at(order.closedAt()),
                order.deadlineStage().name(), Rows.at(order.nextDeadline().orElse(null)), customer,
                order.id().value(), order.version());
        if (updated != 1) {
            throw new ConcurrentModification("order request", order.id());
        }
        Sql.update(connection, "DELETE FROM ak_order_decision WHERE customer_number = ? AND order_request_id = ?",
                customer, order.id().value());
        for (Decision decision : order.decisions()) {
            Sql.update(connection, "INSERT INTO ak_order_decision (" + DECISION_COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", customer, order.id().value(), decision.tier(),
                    decision.decidedBy().value(), decision.substituteFor().map(UserId::value).orElse(null),
                    decision.verdict().name(), decision.reason(), Rows.at(decision.at()));
        }
    }

    private boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = transactions.withConnection("detecting the database", connection ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                            .contains("postgres"));
            postgres = known;
        }
        return known;
    }

    // --- reading -----------------------------------------------------------------------------------------------

    private Page<OrderRequestSnapshot> page(String owner, List<Object> ownerValues, Set<OrderStatus> statuses,
            PageRequest page) {
        PageToken.Reader after = PageToken.reader(page, OVERVIEW);
        List<Object> parameters = new ArrayList<>(ownerValues);
        statuses.stream().map(Enum::name).sorted().forEach(parameters::add);
        StringBuilder sql = new StringBuilder("SELECT ").append(READ_COLUMNS).append(" FROM ak_order_request WHERE ")
                .append(owner).append(" AND status IN (")
                .append(statuses.stream().map(status -> "?").collect(Collectors.joining(", "))).append(")");
        if (after != null) {
            long seq = after.number();
            sql.append(" AND (submitted_at, seq) < (?, ?)");
            parameters.add(Rows.at(after.moment()));
            parameters.add(seq);
        }
        sql.append(" ORDER BY submitted_at DESC, seq DESC LIMIT ?");
        parameters.add(page.size() + 1);
        return transactions.withConnection("listing order requests", connection -> Page.of(
                loadListed(connection, sql.toString(), parameters.toArray()), page,
                last -> PageToken.writer(OVERVIEW).number(last.seq()).moment(last.order().submittedAt()).token()))
                .map(Listed::order);
    }

    /** An order request as an overview lists it, with its place in the order of storing. */
    private record Listed(OrderRequestSnapshot order, long seq) {
    }

    private static List<OrderRequestSnapshot> load(Connection connection, String sql, Object... parameters)
            throws SQLException {
        return loadListed(connection, sql, parameters).stream().map(Listed::order).toList();
    }

    /**
     * Loads order requests with their lines and decisions: the requests, then per customer number their lines and
     * their decisions.
     */
    private static List<Listed> loadListed(Connection connection, String sql, Object... parameters)
            throws SQLException {
        List<StoredRequest> stored = Sql.query(connection, sql, JdbcOrderRequests::mapRequest, parameters);
        if (stored.isEmpty()) {
            return List.of();
        }
        Map<String, List<UUID>> byCustomer = new LinkedHashMap<>();
        for (StoredRequest request : stored) {
            byCustomer.computeIfAbsent(request.customerNumber().value(), number -> new ArrayList<>())
                    .add(request.id());
        }
        Map<UUID, List<StoredLine>> lines = new HashMap<>();
        Map<UUID, List<Decision>> decisions = new HashMap<>();
        for (Map.Entry<String, List<UUID>> customer : byCustomer.entrySet()) {
            Object[] keys = concat(new Object[] {customer.getKey()}, customer.getValue().toArray());
            String ids = customer.getValue().stream().map(id -> "?").collect(Collectors.joining(", "));
            for (Map.Entry<UUID, StoredLine> line : Sql.query(connection, "SELECT order_request_id, line_no, "
                    + "article_number, description, quantity, unit_net_price, vat_rate FROM ak_order_line "
                    + "WHERE customer_number = ? AND order_request_id IN (" + ids + ") ORDER BY line_no",
                    row -> Map.entry(row.getObject("order_request_id", UUID.class), mapLine(row)), keys)) {
                lines.computeIfAbsent(line.getKey(), id -> new ArrayList<>()).add(line.getValue());
            }
            for (Map.Entry<UUID, Decision> decision : Sql.query(connection, "SELECT order_request_id, tier, "
                    + "decided_by, on_behalf_of, verdict, reason, decided_at FROM ak_order_decision "
                    + "WHERE customer_number = ? AND order_request_id IN (" + ids + ") ORDER BY tier",
                    row -> Map.entry(row.getObject("order_request_id", UUID.class), mapDecision(row)), keys)) {
                decisions.computeIfAbsent(decision.getKey(), id -> new ArrayList<>()).add(decision.getValue());
            }
        }
        List<Listed> requests = new ArrayList<>(stored.size());
        for (StoredRequest request : stored) {
            requests.add(new Listed(request.toSnapshot(lines.getOrDefault(request.id(), List.of()),
                    decisions.getOrDefault(request.id(), List.of())), request.seq()));
        }
        return requests;
    }

    private static StoredLine mapLine(ResultSet row) throws SQLException {
        return new StoredLine(row.getString("article_number"), row.getString("description"), row.getInt("quantity"),
                row.getBigDecimal("unit_net_price"), row.getBigDecimal("vat_rate"));
    }

    /** An order line row; its currency is the order's. */
    private record StoredLine(String articleNumber, String description, int quantity, BigDecimal unitNetPrice,
            BigDecimal vatRate) {

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
                DeadlineStage.valueOf(row.getString("deadline_stage")), row.getLong("version"), row.getLong("seq"));
    }

    /** An order request row before its lines and decisions are attached. */
    private record StoredRequest(UUID id, CustomerNumber customerNumber, UserId requester, String reference,
            Currency currency, OrderStatus status, Set<ApprovalReason> reasons, int requiredApprovals,
            BigDecimal reserved, Instant submittedAt, Instant placedAt, Instant closedAt, Instant remindAt,
            Instant escalateAt, Instant expireAt, DeadlineStage stage, long version, long seq) {

        OrderRequestSnapshot toSnapshot(List<StoredLine> lines, List<Decision> decisions) {
            List<OrderLine> inCurrency = lines.stream().map(line -> line.in(currency)).toList();
            return new OrderRequestSnapshot(new OrderRequestId(id), customerNumber, requester, reference, inCurrency,
                    OrderRequestSnapshot.totalOf(inCurrency), submittedAt, status, reasons, requiredApprovals,
                    decisions, new Money(reserved, currency), placedAt, closedAt, remindAt, escalateAt, expireAt,
                    stage, version);
        }
    }
}
