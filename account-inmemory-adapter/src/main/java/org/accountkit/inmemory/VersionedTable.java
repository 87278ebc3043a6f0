package org.accountkit.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;

/**
 * Snapshots by identifier, each with the customer number it belongs to and its version: what most in-memory
 * repositories do. Snapshots are immutable, so they are stored and handed out as they are. Reads take the read lock
 * and find a snapshot only within its customer number; writes run under the write lock, check the version, and
 * register their undo with the current transaction.
 *
 * @param <K> the identifier
 * @param <V> the snapshot
 */
final class VersionedTable<K, V> {

    /** Makes a snapshot at another version. */
    @FunctionalInterface
    interface AtVersion<V> {
        V at(V snapshot, long version);
    }

    private final InMemoryTransactions transactions;
    private final Map<K, V> rows = new HashMap<>();
    private final Function<V, CustomerNumber> owner;
    private final ToLongFunction<V> version;
    private final AtVersion<V> atVersion;
    private final String what;

    /**
     * @param what      the kind of record, for {@link ConcurrentModification}
     * @param owner     the customer number a snapshot belongs to
     * @param version   a snapshot's version
     * @param atVersion the same snapshot at another version
     */
    VersionedTable(InMemoryTransactions transactions, String what, Function<V, CustomerNumber> owner,
            ToLongFunction<V> version, AtVersion<V> atVersion) {
        this.transactions = transactions;
        this.what = what;
        this.owner = owner;
        this.version = version;
        this.atVersion = atVersion;
    }

    /** The stored snapshot, if it belongs to {@code customerNumber}. */
    Optional<V> find(CustomerNumber customerNumber, K key) {
        return transactions.read(() -> Optional.ofNullable(rows.get(key))
                .filter(stored -> owner.apply(stored).equals(customerNumber)));
    }

    /** Stores a new snapshot at version 0; {@code taken} says what to throw when the key is stored already. */
    void insert(K key, V added, Supplier<? extends RuntimeException> taken) {
        V stored = atVersion.at(added, 0);
        transactions.write(() -> {
            if (rows.containsKey(key)) {
                throw taken.get();
            }
            rows.put(key, stored);
        }, () -> rows.remove(key));
    }

    /**
     * Stores a changed snapshot at its version plus one, provided the stored one is still at its version and of
     * the same customer number.
     *
     * @throws ConcurrentModification when it is not, or is gone
     */
    void update(K key, V changed) {
        long expected = version.applyAsLong(changed);
        V stored = atVersion.at(changed, expected + 1);
        Object[] previous = new Object[1];
        transactions.write(() -> {
            V current = rows.get(key);
            if (current == null || version.applyAsLong(current) != expected
                    || !owner.apply(current).equals(owner.apply(changed))) {
                throw new ConcurrentModification(what, key);
            }
            previous[0] = current;
            rows.put(key, stored);
        }, () -> restore(key, previous[0]));
    }

    /** Moves every stored snapshot {@code renewed} accepts to its version plus one; call inside a write. */
    void renewInWrite(java.util.function.Predicate<V> renewed) {
        for (Map.Entry<K, V> row : rows.entrySet()) {
            V current = row.getValue();
            if (renewed.test(current)) {
                K key = row.getKey();
                row.setValue(atVersion.at(current, version.applyAsLong(current) + 1));
                transactions.undo(() -> rows.put(key, current));
            }
        }
    }

    /** Registers {@code undo} with the running transaction; call inside a write. */
    void undoInWrite(Runnable undo) {
        transactions.undo(undo);
    }

    /** Removes the stored snapshot whatever its version; call inside a write. */
    void removeInWrite(K key) {
        V removed = rows.remove(key);
        if (removed != null) {
            transactions.undo(() -> rows.put(key, removed));
        }
    }

    /** The stored rows themselves, for writes that span repositories; only touch under the lock. */
    Map<K, V> rows() {
        return rows;
    }

    @SuppressWarnings("unchecked")
    private void restore(K key, Object previous) {
        rows.put(key, (V) previous);
    }
}
