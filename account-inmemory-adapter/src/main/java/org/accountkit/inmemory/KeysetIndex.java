package org.accountkit.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Items of one customer number in an overview's sort order, by their position in it: what makes an in-memory page
 * cost the same at any depth. A page starts just after a position ({@link NavigableMap#tailMap}) and walks as far as
 * it needs, never from the start. Not thread-safe: the repositories use it under the transactions' lock.
 *
 * @param <K> the position: the overview's sort key, ending in a unique tiebreak
 * @param <V> the item
 */
final class KeysetIndex<K, V> {

    private final NavigableMap<K, V> items;

    KeysetIndex(Comparator<K> order) {
        this.items = new TreeMap<>(order);
    }

    void put(K position, V item) {
        items.put(position, item);
    }

    void remove(K position) {
        items.remove(position);
    }

    int size() {
        return items.size();
    }

    /** Up to {@code limit} items after {@code after} (from the start when {@code null}) that {@code matches} accepts. */
    List<V> after(K after, int limit, Predicate<? super V> matches) {
        List<V> found = new ArrayList<>(Math.min(limit, 64));
        for (V item : (after == null ? items : items.tailMap(after, false)).values()) {
            if (matches.test(item)) {
                found.add(item);
                if (found.size() == limit) {
                    break;
                }
            }
        }
        return found;
    }

    /** Every item, in order. */
    Iterable<V> all() {
        return items.values();
    }
}
