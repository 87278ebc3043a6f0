package org.accountkit.inmemory;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Per owner (a customer number, a requester), the slots of its order requests in the order of the overviews:
 * by submission moment, then slot. Order requests arrive nearly always in that order, so adding one is an append;
 * one that arrives out of order is put in its place. A page walks back from a position, so it costs the same at any
 * depth and in a store of any size. Not thread-safe: the store's lock guards it.
 *
 * @param <K> the owner
 */
final class SlotIndex<K> {

    private final Map<K, Entries> owners = new HashMap<>();

    /** One owner's entries, ascending by (seconds, nanos, slot). */
    private static final class Entries {
        long[] seconds = new long[8];
        int[] nanos = new int[8];
        int[] slots = new int[8];
        int size;

        /** The number of entries before (seconds, nanos, slot), or at it. */
        int positionOf(long second, int nano, int slot) {
            int low = 0;
            int high = size;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (compare(middle, second, nano, slot) < 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        private int compare(int index, long second, int nano, int slot) {
            int bySecond = Long.compare(seconds[index], second);
            if (bySecond != 0) {
                return bySecond;
            }
            int byNano = Integer.compare(nanos[index], nano);
            return byNano != 0 ? byNano : Integer.compare(slots[index], slot);
        }

        void add(long second, int nano, int slot) {
            if (size == slots.length) {
                seconds = Arrays.copyOf(seconds, size * 2);
                nanos = Arrays.copyOf(nanos, size * 2);
                slots = Arrays.copyOf(slots, size * 2);
            }
            int at = size == 0 || compare(size - 1, second, nano, slot) < 0 ? size : positionOf(second, nano, slot);
            if (at < size) {
                System.arraycopy(seconds, at, seconds, at + 1, size - at);
                System.arraycopy(nanos, at, nanos, at + 1, size - at);
                System.arraycopy(slots, at, slots, at + 1, size - at);
            }
            seconds[at] = second;
            nanos[at] = nano;
            slots[at] = slot;
            size++;
        }

        void remove(long second, int nano, int slot) {
            int at = positionOf(second, nano, slot);
            if (at < size && slots[at] == slot) {
                System.arraycopy(seconds, at + 1, seconds, at, size - at - 1);
                System.arraycopy(nanos, at + 1, nanos, at, size - at - 1);
                System.arraycopy(slots, at + 1, slots, at, size - at - 1);
                size--;
            }
        }
    }

    void add(K owner, Instant submittedAt, int slot) {
        owners.computeIfAbsent(owner, none -> new Entries()).add(submittedAt.getEpochSecond(), submittedAt.getNano(),
                slot);
    }

    void remove(K owner, Instant submittedAt, int slot) {
        Entries entries = owners.get(owner);
        if (entries != null) {
            entries.remove(submittedAt.getEpochSecond(), submittedAt.getNano(), slot);
        }
    }

    /**
     * Up to {@code limit} slots of {@code owner} that {@code matches} accepts, newest first, strictly before the
     * position ({@code afterMoment}, {@code afterSlot}), or from the newest when {@code afterMoment} is {@code null}.
     */
    int[] newestFirst(K owner, Instant afterMoment, int afterSlot, int limit, IntPredicate matches) {
        Entries entries = owners.get(owner);
        if (entries == null) {
            return new int[0];
        }
        int start = afterMoment == null ? entries.size
                : entries.positionOf(afterMoment.getEpochSecond(), afterMoment.getNano(), afterSlot);
        int[] found = new int[Math.min(limit, 64)];
        int count = 0;
        for (int index = start - 1; index >= 0 && count < limit; index--) {
            int slot = entries.slots[index];
            if (matches.test(slot)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, Math.min(limit, found.length * 2));
                }
                found[count++] = slot;
            }
        }
        return Arrays.copyOf(found, count);
    }
}
