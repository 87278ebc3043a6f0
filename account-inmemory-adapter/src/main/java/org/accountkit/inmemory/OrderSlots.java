package org.accountkit.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every order request in submission order, each in a numbered slot: its identifier and where its closed record
 * lives in the archive ({@link #OPEN} while it waits). A hash table on the identifiers finds the slot. All of it in
 * arrays of numbers, however many orders there are. Not thread-safe: the store's lock guards it.
 */
final class OrderSlots {

    /** The address of an order that still waits, so has no archived record. */
    static final long OPEN = -1;

    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;

    private final List<long[]> mostSignificant = new ArrayList<>();
    private final List<long[]> leastSignificant = new ArrayList<>();
    private final List<long[]> addresses = new ArrayList<>();
    private int count;
    /**
     * Open addressing with linear probing. An entry holds the identifier's hash in its upper half and the slot + 1
     * in its lower half, so probing and growing rarely need to read the identifiers; 0 is an empty place.
     */
    private long[] table = new long[1 << 10];

    /** How many slots there are. */
    int count() {
        return count;
    }

    /** The slot of the order request {@code id}, or -1. */
    int find(UUID id) {
        long most = id.getMostSignificantBits();
        long least = id.getLeastSignificantBits();
        int hash = hash(most, least);
        int mask = table.length - 1;
        for (int place = hash & mask;; place = (place + 1) & mask) {
            long entry = table[place];
            if (entry == 0) {
                return -1;
            }
            int slot = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && get(mostSignificant, slot) == most
                    && get(leastSignificant, slot) == least) {
                return slot;
            }
        }
    }

    /**
     * Adds a slot for {@code id} at {@code address} and returns it, or returns -1 and adds nothing when {@code id}
     * has a slot already.
     */
    int addIfAbsent(UUID id, long address) {
        long most = id.getMostSignificantBits();
        long least = id.getLeastSignificantBits();
        int hash = hash(most, least);
        int mask = table.length - 1;
        int place = hash & mask;
        for (long entry = table[place]; entry != 0; entry = table[place]) {
            int slot = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && get(mostSignificant, slot) == most
                    && get(leastSignificant, slot) == least) {
                return -1;
            }
            place = (place + 1) & mask;
        }
        if (count % CHUNK == 0) {
            mostSignificant.add(new long[CHUNK]);
            leastSignificant.add(new long[CHUNK]);
            addresses.add(new long[CHUNK]);
        }
        int slot = count++;
        set(mostSignificant, slot, most);
        set(leastSignificant, slot, least);
        set(addresses, slot, address);
        table[place] = entry(hash, slot);
        if (count * 2 > table.length) {
            grow();
        }
        return slot;
    }

    /** Removes the newest slot: undoes the latest {@link #addIfAbsent}. */
    void removeLast() {
        int slot = count - 1;
        int mask = table.length - 1;
        int place = hash(get(mostSignificant, slot), get(leastSignificant, slot)) & mask;
        while ((int) table[place] != slot + 1) {
            place = (place + 1) & mask;
        }
        table[place] = 0;
        // put the entries after it again, so that no probe sequence is broken
        for (int next = (place + 1) & mask; table[next] != 0; next = (next + 1) & mask) {
            long moved = table[next];
            table[next] = 0;
            put(moved);
        }
        count--;
        if (count % CHUNK == 0) {
            mostSignificant.remove(mostSignificant.size() - 1);
            leastSignificant.remove(leastSignificant.size() - 1);
            addresses.remove(addresses.size() - 1);
        }
    }

    UUID id(int slot) {
        return new UUID(get(mostSignificant, slot), get(leastSignificant, slot));
    }

    long address(int slot) {
        return get(addresses, slot);
    }

    void address(int slot, long address) {
        set(addresses, slot, address);
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (long entry : old) {
            if (entry != 0) {
                put(entry);
            }
        }
    }

    private void put(long entry) {
        int mask = table.length - 1;
        int place = (int) (entry >>> 32) & mask;
        while (table[place] != 0) {
            place = (place + 1) & mask;
        }
        table[place] = entry;
    }

    private static long entry(int hash, int slot) {
        return ((long) hash << 32) | (slot + 1);
    }

    private static int hash(long most, long least) {
        long mixed = (most ^ least) * 0x9E37_79B9_7F4A_7C15L;
        return (int) (mixed >>> 32);
    }

    private static long get(List<long[]> column, int slot) {
        return column.get(slot >>> CHUNK_BITS)[slot & (CHUNK - 1)];
    }

    private static void set(List<long[]> column, int slot, long value) {
        column.get(slot >>> CHUNK_BITS)[slot & (CHUNK - 1)] = value;
    }
}
