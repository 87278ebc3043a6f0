package org.accountkit.jdbc;

import java.sql.SQLException;
import java.util.Optional;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.spi.IdempotencyKeys;
import org.accountkit.spi.IdempotencyRecord;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Idempotency keys in {@code ak_idempotency_key}. Its primary key (customer number, key) makes a second server that
 * records the same key at the same moment wait for the first one's commit and then lose the race.
 */
@SecondaryAdapter
final class JdbcIdempotencyKeys implements IdempotencyKeys {

    private final JdbcTransactions transactions;

    JdbcIdempotencyKeys(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<IdempotencyRecord> find(CustomerNumber customerNumber, String key) {
        return transactions.withConnection("finding an idempotency key", connection -> Sql.queryOne(connection,
                "SELECT fingerprint, subject, used_at FROM ak_idempotency_key WHERE customer_number = ? "
                        + "AND idempotency_key = ?", row -> new IdempotencyRecord(customerNumber, key,
                                row.getString("fingerprint"), row.getString("subject"),
                                Rows.instant(row, "used_at")), customerNumber.value(), key));
    }

    @Override
    public void add(IdempotencyRecord record) {
        transactions.withConnection("recording an idempotency key", connection -> {
            try {
                return Sql.update(connection, "INSERT INTO ak_idempotency_key (customer_number, idempotency_key, "
                        + "fingerprint, subject, used_at) VALUES (?, ?, ?, ?, ?)", record.customerNumber().value(),
                        record.key(), record.fingerprint(), record.subject(), Rows.at(record.usedAt()));
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "idempotency key", record.key());
            }
        });
    }
}
