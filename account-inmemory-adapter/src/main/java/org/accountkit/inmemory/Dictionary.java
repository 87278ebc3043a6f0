package org.accountkit.inmemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the values that recur in stored records (customer numbers, users, article texts, currencies), so a record
 * holds a number instead of a copy or a reference. Values are immutable; numbers are never reused, so a record
 * whose append was undone leaves at most an unused entry behind. Not thread-safe: the store's lock guards it.
 *
 * @param <T> an immutable value type
 */
final class Dictionary<T> {

    /** How many recently numbered instances are remembered by identity, a power of two. */
    private static final int RECENT = 16;

    private final Map<T, Integer> numbers = new HashMap<>();
    private final List<T> values = new ArrayList<>();
    /** Recently numbered instances: the same instance comes back often (a requester, an article's texts). */
    private final Object[] recentValues = new Object[RECENT];
    private final int[] recentNumbers = new int[RECENT];

    /** The number of {@code value}, given it one when it has none yet. */
    int numberOf(T value) {
        int place = System.identityHashCode(value) & (RECENT - 1);
        if (recentValues[place] == value && value != null) {
            return recentNumbers[place];
        }
        Integer number = numbers.get(value);
        if (number == null) {
            number = values.size();
            values.add(value);
            numbers.put(value, number);
        }
        recentValues[place] = value;
        recentNumbers[place] = number;
        return number;
    }

    /** The number of {@code value}, or -1 when it was never numbered. */
    int find(T value) {
        Integer number = numbers.get(value);
        return number == null ? -1 : number;
    }

    /** The value numbered {@code number}. */
    T valueOf(int number) {
        return values.get(number);
    }
}
