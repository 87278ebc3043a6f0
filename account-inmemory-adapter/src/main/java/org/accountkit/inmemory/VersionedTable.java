package org.accountkit.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

import org.accountkit.ConcurrentModification;

/**
 * Aggregates by identifier, each stored as a copy with its version: what every in-memory repository does. Reads
 * take the read lock and hand out copies; writes run under the write lock, check the version, and register their
 * undo with the current transaction.
 *
 * @param <K> the identifier
 * @param <V> the aggregate
 */
final class VersionedTable<K, V> {

    private final InMemoryTransactions transactions;
    private final Map<K, V> rows = new HashMap<>();
    private final ToLongFunction<V> version;
    private final String what;

    /**
     * @param what    the kind of record, for {@link ConcurrentModification}
     * @param version reads an aggregate's version
     */
    VersionedTable(InMemoryTransactions transactions, String what, ToLongFunction<V> version) {
        this.transactions = transactions;
        this.what = what;
        this.version = version;
    }

    /** A copy of the stored aggregate. */
    Optional<V> find(K key, UnaryOperator<V> copy) {
        return transactions.read(() -> Optional.ofNullable(rows.get(key)).map(copy));
    }

    /** Stores a new aggregate; {@code taken} says what to throw when the key is stored already. */
    void insert(K key, V stored, Supplier<? extends RuntimeException> taken) {
        transactions.write(() -> {
            if (rows.containsKey(key)) {
                throw taken.get();
            }
            rows.put(key, stored);
        }, () -> rows.remove(key));
    }

    /**
     * Replaces the stored aggregate, provided it is still at {@code expectedVersion}.
     *
     * @throws ConcurrentModification when it is not, or is gone
     */
    void update(K key, V stored, long expectedVersion) {
        Object[] previous = new Object[1];
        transactions.write(() -> {
            V current = rows.get(key);
            if (current == null || version.applyAsLong(current) != expectedVersion) {
                throw new ConcurrentModification(what, key);
            }
            previous[0] = current;
            rows.put(key, stored);
        }, () -> restore(key, previous[0]));
    }

    /** The stored rows themselves, for writes that span repositories; only touch under the write lock. */
    Map<K, V> rows() {
        return rows;
    }

    @SuppressWarnings("unchecked")
    private void restore(K key, Object previous) {
        rows.put(key, (V) previous);
    }
}
