package org.accountkit.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.spi.IdempotencyKeys;
import org.accountkit.spi.IdempotencyRecord;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Idempotency keys in memory, per customer number. */
@SecondaryAdapter
final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private final InMemoryTransactions transactions;
    private final Map<CustomerNumber, Map<String, IdempotencyRecord>> keys = new HashMap<>();

    InMemoryIdempotencyKeys(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<IdempotencyRecord> find(CustomerNumber customerNumber, String key) {
        return transactions.read(() -> Optional.ofNullable(keys.getOrDefault(customerNumber, Map.of()).get(key)));
    }

    @Override
    public void add(IdempotencyRecord record) {
        transactions.write(() -> {
            if (keys.computeIfAbsent(record.customerNumber(), customer -> new HashMap<>())
                    .putIfAbsent(record.key(), record) != null) {
                throw new ConcurrentModification("idempotency key", record.key());
            }
        }, () -> keys.get(record.customerNumber()).remove(record.key()));
    }
}
