package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.PageToken;

/**
 * The statements an outbox table shares, whatever its entries hold: claiming due heads (the oldest pending entry of
 * each queue, not leased) with a lease taken by a conditional update, so that of two dispatchers on two servers only
 * one finds the lease free; marking entries delivered or failed; paging the parked ones; purging delivered ones.
 *
 * @param <E> an entry as read
 */
final class OutboxTable<E> {

    private final JdbcTransactions transactions;
    private final String table;
    private final String idColumn;
    private static final int PURGE_BATCH = 100;

    private final String columns;
    private final String leaseColumn;
    private final String oldestFirst;
    private final String heads;
    private final RowMapper<E> mapper;
    private final Function<E, Object[]> key;
    private final String parkedKind;
    private final Function<E, Instant> createdAt;

    /**
     * @param queue       the columns besides {@code customer_number} that name a queue, each starting with
     *                    {@code " AND e.x = o.x"}, or empty
     * @param leaseColumn a column that holds the id of the claim that leased an entry, so that a batch is leased
     *                    with one statement; {@code null} to lease entry by entry
     * @param oldestFirst the order of an index over {@code status} that lists delivered entries oldest first
     * @param key       an entry's customer number and id, as bound to {@code customer_number} and {@code idColumn}
     * @param createdAt when an entry was written, for the parked entries' paging
     */
    OutboxTable(JdbcTransactions transactions, String table, String idColumn, String columns, String queue,
            String leaseColumn, String oldestFirst, RowMapper<E> mapper, Function<E, Object[]> key,
            Function<E, Instant> createdAt, String parkedKind) {
        this.transactions = transactions;
        this.leaseColumn = leaseColumn;
        this.oldestFirst = oldestFirst;
        this.table = table;
        this.idColumn = idColumn;
        this.columns = columns;
        this.mapper = mapper;
        this.key = key;
        this.createdAt = createdAt;
        this.parkedKind = parkedKind;
        this.heads = "SELECT " + columns + " FROM " + table + " o WHERE o.status = 'PENDING' "
                + "AND o.next_attempt_at <= ? AND (o.leased_until IS NULL OR o.leased_until <= ?) AND NOT EXISTS ("
                + "SELECT 1 FROM " + table + " e WHERE e.customer_number = o.customer_number" + queue
                + " AND e.status = 'PENDING' AND e.written_order < o.written_order)";
    }

    /** Claims up to {@code max} due heads of any queue, oldest first. */
    List<E> claim(Instant now, Instant leaseUntil, int max) {
        return transactions.withConnection("claiming outbox entries", connection -> leased(connection,
                Sql.query(connection, heads + " ORDER BY o.written_order LIMIT ?", mapper, Rows.at(now),
                        Rows.at(now), max), now, leaseUntil));
    }

    /** Claims the due heads of one customer number's queues, at most {@code max}. */
    List<E> claim(String customerNumber, Instant now, Instant leaseUntil, int max) {
        return transactions.withConnection("claiming outbox entries", connection -> leased(connection,
                Sql.query(connection, heads + " AND o.customer_number = ? ORDER BY o.written_order LIMIT ?", mapper,
                        Rows.at(now), Rows.at(now), customerNumber, max), now, leaseUntil));
    }

    /** The candidates whose lease this dispatcher took; the others another one took first. */
    private List<E> leased(Connection connection, List<E> candidates, Instant now, Instant leaseUntil)
            throws SQLException {
        if (leaseColumn != null && !candidates.isEmpty()) {
            return leasedTogether(connection, candidates, now, leaseUntil);
        }
        List<E> claimed = new ArrayList<>(candidates.size());
        for (E candidate : candidates) {
            Object[] id = key.apply(candidate);
            int taken;
            try {
                taken = Sql.update(connection, "UPDATE " + table + " SET leased_until = ? WHERE customer_number = ? "
                        + "AND " + idColumn + " = ? AND status = 'PENDING' AND (leased_until IS NULL "
                        + "OR leased_until <= ?)", Rows.at(leaseUntil), id[0], id[1], Rows.at(now));
            } catch (SQLException failure) {
                if (!Sql.isLostRace(failure)) {
                    throw failure;
                }
                taken = 0;
            }
            if (taken == 1) {
                claimed.add(candidate);
            }
        }
        return claimed;
    }

    /**
     * Leases the candidates with one conditional update that marks them with this claim's id; when another
     * dispatcher took some first, reads which ones are this claim's.
     */
    private List<E> leasedTogether(Connection connection, List<E> candidates, Instant now, Instant leaseUntil)
            throws SQLException {
        UUID claim = UUID.randomUUID();
        Object[] keys = keys(candidates.stream().map(key).toList());
        Object[] parameters = new Object[keys.length + 3];
        parameters[0] = Rows.at(leaseUntil);
        parameters[1] = claim;
        System.arraycopy(keys, 0, parameters, 2, keys.length);
        parameters[parameters.length - 1] = Rows.at(now);
        int taken;
        try {
            taken = Sql.update(connection, "UPDATE " + table + " SET leased_until = ?, " + leaseColumn + " = ? WHERE "
                    + "(customer_number, " + idColumn + ") IN (" + pairs(candidates.size()) + ") AND status = "
                    + "'PENDING' AND (leased_until IS NULL OR leased_until <= ?)", parameters);
        } catch (SQLException failure) {
            if (!Sql.isLostRace(failure)) {
                throw failure;
            }
            return List.of();
        }
        if (taken == candidates.size()) {
            return candidates;
        }
        Object[] mine = new Object[keys.length + 1];
        System.arraycopy(keys, 0, mine, 0, keys.length);
        mine[keys.length] = claim;
        List<UUID> ours = Sql.query(connection, "SELECT " + idColumn + " FROM " + table + " WHERE (customer_number, "
                + idColumn + ") IN (" + pairs(candidates.size()) + ") AND " + leaseColumn + " = ?",
                row -> row.getObject(idColumn, UUID.class), mine);
        return candidates.stream().filter(candidate -> ours.contains((UUID) key.apply(candidate)[1])).toList();
    }

    /** Marks entries delivered, given as their customer numbers and ids, with one statement. */
    void delivered(List<Object[]> entries) {
        if (entries.isEmpty()) {
            return;
        }
        transactions.withConnection("marking outbox entries delivered", connection -> Sql.update(connection,
                "UPDATE " + table + " SET status = 'DELIVERED', leased_until = NULL WHERE (customer_number, "
                        + idColumn + ") IN (" + pairs(entries.size()) + ")", keys(entries)));
    }

    private static String pairs(int count) {
        StringBuilder pairs = new StringBuilder();
        for (int index = 0; index < count; index++) {
            pairs.append(index == 0 ? "(?, ?)" : ", (?, ?)");
        }
        return pairs.toString();
    }

    private static Object[] keys(List<Object[]> entries) {
        Object[] keys = new Object[2 * entries.size()];
        for (int index = 0; index < entries.size(); index++) {
            keys[2 * index] = entries.get(index)[0];
            keys[2 * index + 1] = entries.get(index)[1];
        }
        return keys;
    }

    void failed(String customerNumber, UUID id, int attempts, Instant nextAttemptAt, boolean park, String error) {
        transactions.withConnection("recording a failed outbox entry", connection -> Sql.update(connection,
                "UPDATE " + table + " SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, "
                        + "leased_until = NULL WHERE customer_number = ? AND " + idColumn + " = ?",
                park ? "PARKED" : "PENDING", attempts, Rows.at(nextAttemptAt), error, customerNumber, id));
    }

    Page<E> parked(PageRequest page) {
        PageToken.Reader after = PageToken.reader(page, parkedKind);
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + columns + " FROM " + table + " WHERE status = 'PARKED'");
        if (after != null) {
            sql.append(" AND (created_at, ").append(idColumn).append(") > (?, ?)");
            parameters.add(Rows.at(after.moment()));
            parameters.add(after.uuid());
        }
        sql.append(" ORDER BY created_at, ").append(idColumn).append(" LIMIT ?");
        parameters.add(page.size() + 1);
        return transactions.withConnection("listing parked outbox entries", connection -> Page.of(Sql.query(
                connection, sql.toString(), mapper, parameters.toArray()), page,
                last -> PageToken.writer(parkedKind).moment(createdAt.apply(last)).uuid((UUID) key.apply(last)[1])
                        .token()));
    }

    /**
     * Removes up to {@code max} delivered entries written before {@code before}, oldest first: walks the delivered
     * entries in {@code oldestFirst} order (an index's), so that a table full of delivered entries still within the
     * retention period costs one short index range, not a scan of all of them.
     */
    int purgeDelivered(Instant before, int max) {
        return transactions.withConnection("purging delivered outbox entries", connection -> {
            List<Object[]> expired = new ArrayList<>();
            for (Object[] entry : Sql.query(connection, "SELECT customer_number, " + idColumn + ", created_at FROM "
                    + table + " WHERE status = 'DELIVERED' ORDER BY " + oldestFirst + " LIMIT ?", row -> new Object[] {
                            row.getString("customer_number"), row.getObject(idColumn, UUID.class),
                            Rows.instant(row, "created_at")}, max)) {
                if (!((Instant) entry[2]).isBefore(before)) {
                    break;
                }
                expired.add(entry);
            }
            int purged = 0;
            for (int from = 0; from < expired.size(); from += PURGE_BATCH) {
                List<Object[]> batch = expired.subList(from, Math.min(expired.size(), from + PURGE_BATCH));
                purged += Sql.update(connection, "DELETE FROM " + table + " WHERE (customer_number, " + idColumn
                        + ") IN (" + pairs(batch.size()) + ") AND status = 'DELIVERED'", keys(batch));
            }
            return purged;
        });
    }
}
