package org.accountkit.shared;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Random (version 4) UUIDs, as unguessable as {@link UUID#randomUUID()}: 122 bits from a {@link SecureRandom}. It
 * draws them from a DRBG in batches instead of asking the platform's generator for every identifier, which makes an
 * identifier several times cheaper. Thread-safe; one instance serves the whole application.
 */
public final class RandomIds implements Supplier<UUID> {

    private static final int BATCH = 512;

    private final SecureRandom random;
    private final byte[] batch = new byte[BATCH];
    private int next = BATCH;

    /** Identifiers from a DRBG seeded by the platform (or the platform's default generator where there is none). */
    public RandomIds() {
        this(strongest());
    }

    /** Identifiers from {@code random}. */
    public RandomIds(SecureRandom random) {
        this.random = random;
    }

    @Override
    public UUID get() {
        long most;
        long least;
        synchronized (batch) {
            if (next == BATCH) {
                random.nextBytes(batch);
                next = 0;
            }
            most = longAt(next);
            least = longAt(next + 8);
            next += 16;
        }
        most = (most & ~0xF000L) | 0x4000L;
        least = (least & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(most, least);
    }

    private long longAt(int offset) {
        long value = 0;
        for (int index = offset; index < offset + 8; index++) {
            value = (value << 8) | (batch[index] & 0xFF);
        }
        return value;
    }

    private static SecureRandom strongest() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException absent) {
            return new SecureRandom();
        }
    }
}
