package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.Effect;
import org.accountkit.spi.EffectOutbox;
import org.accountkit.spi.OutboxEffect;
import org.accountkit.spi.OutboxNotice;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * The effect outbox in {@code ak_effect_outbox}: one queue per customer number and channel, claimed as
 * {@link OutboxTable} describes. A direct placement on PostgreSQL writes its entries with its own statement
 * ({@link JdbcOrderRequests}), with {@link #ROW} and {@link #values}.
 */
@SecondaryAdapter
final class JdbcEffectOutbox implements EffectOutbox {

    /** The columns an insert names, in the order of {@link #ROW} and {@link #values}. */
    static final String INSERT_COLUMNS = "customer_number, effect_id, channel, payload_type, payload, status, "
            + "attempts, created_at, next_attempt_at, last_error";
    /** One row of an insert, typed so that it can stand in a {@code VALUES} list joined to other rows. */
    static final String ROW = "(CAST(? AS VARCHAR(20)), CAST(? AS UUID), CAST(? AS VARCHAR(10)), "
            + "CAST(? AS VARCHAR(60)), CAST(? AS VARCHAR(1000000)), CAST('PENDING' AS VARCHAR(10)), "
            + "CAST(0 AS INTEGER), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE), "
            + "CAST('' AS VARCHAR(500)))";

    private final JdbcTransactions transactions;
    private final OutboxTable<OutboxEffect> table;

    JdbcEffectOutbox(JdbcTransactions transactions) {
        this.transactions = transactions;
        this.table = new OutboxTable<>(transactions, "ak_effect_outbox", "effect_id", INSERT_COLUMNS,
                " AND e.channel = o.channel", "lease_id", "written_order", JdbcEffectOutbox::entry,
                entry -> new Object[] {entry.effect().customerNumber().value(), entry.effect().id()},
                OutboxEffect::createdAt, "parked-effects");
    }

    /** The parameters of {@code effects.size()} {@link #ROW}s. */
    static Object[] values(List<Effect> effects, Instant at) {
        OffsetDateTime moment = Rows.at(at);
        Object[] values = new Object[7 * effects.size()];
        for (int index = 0; index < effects.size(); index++) {
            Effect effect = effects.get(index);
            int position = 7 * index;
            values[position] = effect.customerNumber().value();
            values[position + 1] = effect.id();
            values[position + 2] = effect.channel().name();
            values[position + 3] = effect.type();
            values[position + 4] = effect.payload();
            values[position + 5] = moment;
            values[position + 6] = moment;
        }
        return values;
    }

    /** {@code count} {@link #ROW}s, separated by commas. */
    static String rows(int count) {
        StringBuilder rows = new StringBuilder();
        for (int index = 0; index < count; index++) {
            rows.append(index == 0 ? "" : ", ").append(ROW);
        }
        return rows.toString();
    }

    /** Writes the effects on {@code connection}, in the transaction it is in. */
    static void insert(Connection connection, List<Effect> effects, Instant at) throws SQLException {
        if (!effects.isEmpty()) {
            Sql.update(connection, "INSERT INTO ak_effect_outbox (" + INSERT_COLUMNS + ") VALUES "
                    + rows(effects.size()), values(effects, at));
        }
    }

    @Override
    public void append(List<Effect> effects, Instant at) {
        if (!effects.isEmpty()) {
            transactions.withConnection("writing effects to the outbox", connection -> {
                insert(connection, effects, at);
                return null;
            });
        }
    }

    @Override
    public List<OutboxEffect> claim(Instant now, Instant leaseUntil, int max) {
        return table.claim(now, leaseUntil, max);
    }

    @Override
    public List<OutboxEffect> claim(CustomerNumber customerNumber, Instant now, Instant leaseUntil) {
        return table.claim(customerNumber.value(), now, leaseUntil, Effect.Channel.values().length);
    }

    @Override
    public void delivered(List<Effect> effects, Instant at) {
        table.delivered(effects.stream().map(effect -> new Object[] {effect.customerNumber().value(), effect.id()})
                .toList());
    }

    @Override
    public void failed(Effect effect, int attempts, Instant nextAttemptAt, boolean park, String error) {
        table.failed(effect.customerNumber().value(), effect.id(), attempts, nextAttemptAt, park, error);
    }

    @Override
    public Page<OutboxEffect> parked(PageRequest page) {
        return table.parked(page);
    }

    @Override
    public int purgeDelivered(Instant before, int max) {
        return table.purgeDelivered(before, max);
    }

    private static OutboxEffect entry(ResultSet row) throws SQLException {
        Effect effect = new Effect(row.getObject("effect_id", UUID.class),
                new CustomerNumber(row.getString("customer_number")), Effect.Channel.valueOf(row.getString("channel")),
                row.getString("payload_type"), row.getString("payload"));
        return new OutboxEffect(effect, OutboxNotice.Status.valueOf(row.getString("status")), row.getInt("attempts"),
                Rows.instant(row, "created_at"), Rows.instant(row, "next_attempt_at"), row.getString("last_error"));
    }
}
