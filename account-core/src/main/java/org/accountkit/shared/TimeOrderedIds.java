package org.accountkit.shared;

import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Time-ordered (version 7, RFC 9562) UUIDs, AccountKit's default identifiers: the first 48 bits are the moment of
 * drawing in milliseconds since 1970, the last 62 are random (from {@link RandomIds}), and the 12 between count up
 * within a millisecond from a random start. One generator hands out strictly ascending identifiers, also when the clock
 * steps back (it then goes on counting from the last one) or more are drawn in a millisecond than the counter holds
 * (the timestamp then runs a little ahead of the clock).
 *
 * <p>Why not plain random ones: an index on identifiers that ascend is written at its end, where its pages are in
 * memory already; one on random identifiers is written at a random page each time, which costs a read from memory
 * (the in-memory store) or a page in PostgreSQL's shared buffers per new row, for as long as the table grows. What it
 * costs: an identifier shows when it was drawn, to the millisecond. Every AccountKit view shows that moment to whom
 * may see the record anyway, and no answer depends on an identifier being unguessable (every record is looked up
 * within the caller's customer number); a host that still wants identifiers that tell nothing passes
 * {@code new RandomIds()} to {@code AccountKit.Builder.ids}. Thread-safe; one instance serves the whole application.
 */
public final class TimeOrderedIds implements Supplier<UUID> {

    private static final long VERSION_7 = 0x7000L;
    private static final long COUNTER = 0xFFFL;
    /** The counter starts at a random value in the lower half of its range, so it has room to count up. */
    private static final long COUNTER_START = 0x7FFL;
    private static final long TIMESTAMP = 0xFFFF_FFFF_FFFFL;
    private static final long VARIANT = 0x8000_0000_0000_0000L;

    private final RandomIds random;
    private final LongSupplier millis;
    /**
     * The most significant half of the last identifier handed out; at first millisecond 0 with a full counter, so
     * that the first identifier starts a millisecond of its own.
     */
    private long last = VERSION_7 | COUNTER;

    /** Identifiers on the system clock, with random bits from {@link RandomIds}. */
    public TimeOrderedIds() {
        this(new RandomIds(), System::currentTimeMillis);
    }

    /**
     * Identifiers on {@code millis} (milliseconds since 1970), with random bits from {@code random}, which this
     * generator owns: it draws from it under its own lock, and nothing else may draw from it.
     */
    TimeOrderedIds(RandomIds random, LongSupplier millis) {
        this.random = random;
        this.millis = millis;
    }

    @Override
    public UUID get() {
        synchronized (this) {
            long timestamp = Math.max(0, millis.getAsLong()) & TIMESTAMP;
            long most = timestamp > last >>> 16
                    ? (timestamp << 16) | VERSION_7 | (random.nextLongOwned() & COUNTER_START)
                    : after(last);
            last = most;
            return new UUID(most, (random.nextLongOwned() >>> 2) | VARIANT);
        }
    }

    /** The next counter value after {@code most}, or the next millisecond's first when the counter is full. */
    private static long after(long most) {
        if ((most & COUNTER) != COUNTER) {
            return most + 1;
        }
        return (((most >>> 16) + 1) << 16) | VERSION_7;
    }
}
