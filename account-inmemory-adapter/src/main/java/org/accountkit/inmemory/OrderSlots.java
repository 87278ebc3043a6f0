package org.accountkit.inmemory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Every order request in submission order, each in a numbered slot: its identifier and where its closed record
 * lives in the archive ({@link #OPEN} while it waits). All of it in arrays of numbers, however many orders there
 * are. Not thread-safe: the store's lock guards it.
 *
 * <p>Two ways lead from an identifier to its slot. Identifiers that come in ascending order, as AccountKit's
 * time-ordered ones do, form the <em>run</em>: each was greater than every identifier before it, so it cannot be a
 * duplicate, and adding it is an append that reads nothing but the identifier before it. The run is found by a
 * binary search over every {@value #SAMPLE}th of its identifiers (a sixteenth of the run, so mostly in the
 * processor's cache), then a look at the sixteen after. Every other identifier (from a random generator, or from a
 * thread that another overtook between taking its identifier and storing its order) is a <em>straggler</em>: it is
 * looked up in the run and in a hash table of the stragglers, and added to that table. A hash table of every
 * identifier costs a read from memory at a random place per new order, which is what this spares the common case:
 * with millions of orders that read was a fifth of a submission in memory.
 */
final class OrderSlots {

    /** The address of an order that still waits, so has no archived record. */
    static final long OPEN = -1;

    private static final int CHUNK_BITS = 14;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final int SAMPLE_BITS = 4;
    /** Every this many run positions, one is sampled for the binary search. */
    static final int SAMPLE = 1 << SAMPLE_BITS;

    private final List<long[]> mostSignificant = new ArrayList<>();
    private final List<long[]> leastSignificant = new ArrayList<>();
    private final List<long[]> addresses = new ArrayList<>();
    private int count;

    /** The run's slots, ascending by identifier (and so by slot). */
    private final List<int[]> run = new ArrayList<>();
    private int runCount;
    /** The identifier at run position {@code k * SAMPLE}, at index {@code k}. */
    private long[] sampledMost = new long[64];
    private long[] sampledLeast = new long[64];
    /** The run's greatest identifier, valid while {@link #runCount} is not 0. */
    private long greatestMost;
    private long greatestLeast;

    /**
     * The stragglers: open addressing with linear probing. An entry holds the identifier's hash in its upper half
     * and the slot + 1 in its lower half, so probing and growing rarely need to read the identifiers; 0 is an empty
     * place.
     */
    private long[] table = new long[1 << 10];
    private int stragglers;

    /** How many slots there are. */
    int count() {
        return count;
    }

    /** The slot of the order request {@code id}, or -1. */
    int find(UUID id) {
        long most = id.getMostSignificantBits();
        long least = id.getLeastSignificantBits();
        if (stragglers > 0) {
            long entry = table[placeOf(most, least, hash(most, least))];
            if (entry != 0) {
                return (int) entry - 1;
            }
        }
        return findInRun(most, least);
    }

    /**
     * Adds a slot for {@code id} at {@code address} and returns it, or returns -1 and adds nothing when {@code id}
     * has a slot already.
     */
    int addIfAbsent(UUID id, long address) {
        long most = id.getMostSignificantBits();
        long least = id.getLeastSignificantBits();
        if (runCount == 0 || compare(most, least, greatestMost, greatestLeast) > 0) {
            int slot = append(most, least, address);
            extendRun(slot, most, least);
            return slot;
        }
        int hash = hash(most, least);
        int place = placeOf(most, least, hash);
        if (table[place] != 0) {
            return -1;
        }
        if (findInRun(most, least) >= 0) {
            return -1;
        }
        int slot = append(most, least, address);
        table[place] = entry(hash, slot);
        if (++stragglers * 2 > table.length) {
            grow();
        }
        return slot;
    }

    /** Removes the newest slot: undoes the latest {@link #addIfAbsent}. */
    void removeLast() {
        int slot = count - 1;
        if (runCount > 0 && runSlot(runCount - 1) == slot) {
            shortenRun();
        } else {
            removeStraggler(slot);
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

    private int append(long most, long least, long address) {
        if (count % CHUNK == 0) {
            mostSignificant.add(new long[CHUNK]);
            leastSignificant.add(new long[CHUNK]);
            addresses.add(new long[CHUNK]);
        }
        int slot = count++;
        set(mostSignificant, slot, most);
        set(leastSignificant, slot, least);
        set(addresses, slot, address);
        return slot;
    }

    private void extendRun(int slot, long most, long least) {
        int position = runCount++;
        if (position % CHUNK == 0) {
            run.add(new int[CHUNK]);
        }
        run.get(position >>> CHUNK_BITS)[position & (CHUNK - 1)] = slot;
        if (position % SAMPLE == 0) {
            int sample = position >>> SAMPLE_BITS;
            if (sample == sampledMost.length) {
                sampledMost = Arrays.copyOf(sampledMost, sample * 2);
                sampledLeast = Arrays.copyOf(sampledLeast, sample * 2);
            }
            sampledMost[sample] = most;
            sampledLeast[sample] = least;
        }
        greatestMost = most;
        greatestLeast = least;
    }

    private void shortenRun() {
        runCount--;
        if (runCount % CHUNK == 0) {
            run.remove(run.size() - 1);
        }
        if (runCount > 0) {
            int last = runSlot(runCount - 1);
            greatestMost = get(mostSignificant, last);
            greatestLeast = get(leastSignificant, last);
        }
    }

    private int runSlot(int position) {
        return run.get(position >>> CHUNK_BITS)[position & (CHUNK - 1)];
    }

    /** The slot of (most, least) in the run, or -1. */
    private int findInRun(long most, long least) {
        if (runCount == 0 || compare(most, least, sampledMost[0], sampledLeast[0]) < 0
                || compare(most, least, greatestMost, greatestLeast) > 0) {
            return -1;
        }
        // the last sample not greater than (most, least)
        int low = 0;
        int high = (runCount - 1) >>> SAMPLE_BITS;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (compare(sampledMost[middle], sampledLeast[middle], most, least) <= 0) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        int end = Math.min((low + 1) << SAMPLE_BITS, runCount);
        for (int position = low << SAMPLE_BITS; position < end; position++) {
            int slot = runSlot(position);
            int order = compare(get(mostSignificant, slot), get(leastSignificant, slot), most, least);
            if (order >= 0) {
                return order == 0 ? slot : -1;
            }
        }
        return -1;
    }

    /**
     * The place of the straggler (most, least) in the hash table, or, when it is not there, the empty place where it
     * would go.
     */
    private int placeOf(long most, long least, int hash) {
        int mask = table.length - 1;
        int place = hash & mask;
        for (long entry = table[place]; entry != 0; entry = table[place]) {
            int slot = (int) entry - 1;
            if ((int) (entry >>> 32) == hash && get(mostSignificant, slot) == most
                    && get(leastSignificant, slot) == least) {
                return place;
            }
            place = (place + 1) & mask;
        }
        return place;
    }

    private void removeStraggler(int slot) {
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
        stragglers--;
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

    /** Identifiers in the order of their bits, read as one unsigned 128-bit number. */
    private static int compare(long most, long least, long otherMost, long otherLeast) {
        int order = Long.compareUnsigned(most, otherMost);
        return order != 0 ? order : Long.compareUnsigned(least, otherLeast);
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
