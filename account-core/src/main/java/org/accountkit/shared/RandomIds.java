package org.accountkit.shared;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Random (version 4) UUIDs, as unguessable as {@link UUID#randomUUID()}: 122 bits each, drawn in batches instead of
 * asking the platform's generator for every identifier. AccountKit's default identifiers are {@link TimeOrderedIds},
 * which take their random bits from here; pass a {@code RandomIds} to {@code AccountKit.Builder.ids} for
 * identifiers that do not show when they were drawn.
 *
 * <p>By default the batches are the AES-128 keystream (counter mode, the JDK's own cipher) under a key and counter
 * taken from the platform's DRBG, the construction of NIST SP 800-90A's CTR_DRBG: after every batch the key and
 * counter are replaced by keystream that was never handed out, so that what is in memory now tells nothing about
 * identifiers already given (backtracking resistance), and every {@value #RESEED_BATCHES} batches they are drawn
 * from the DRBG again. On this JDK's AES instructions that costs a few nanoseconds per identifier, against some
 * 70 for the DRBG itself. A runtime without AES in counter mode falls back to the DRBG. Thread-safe; one instance
 * serves the whole application.
 */
public final class RandomIds implements Supplier<UUID> {

    private static final int BATCH = 4096;
    /** Key and counter for the next batch, cut from the end of each keystream block. */
    private static final int NEXT_KEY = 32;
    private static final int RESEED_BATCHES = 1024;
    private static final byte[] ZEROS = new byte[BATCH + NEXT_KEY];
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final SecureRandom random;
    private final Cipher keystream;
    private final byte[] batch = new byte[BATCH];
    private final byte[] block = new byte[BATCH + NEXT_KEY];
    private int next = BATCH;
    private int batches;

    /** Identifiers from AES keystream keyed by a DRBG seeded by the platform (see the class comment). */
    public RandomIds() {
        this.random = strongest();
        this.keystream = aesInCounterMode();
    }

    /** Identifiers straight from {@code random}, in batches (for a host that wants a generator of its own). */
    public RandomIds(SecureRandom random) {
        this.random = random;
        this.keystream = null;
    }

    @Override
    public UUID get() {
        long most;
        long least;
        synchronized (batch) {
            most = nextLongOwned();
            least = nextLongOwned();
        }
        most = (most & ~0xF000L) | 0x4000L;
        least = (least & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(most, least);
    }

    /**
     * 64 random bits from the batches, without a lock: for {@link #get} under its lock, and for a
     * {@link TimeOrderedIds} that owns this instance and calls it under its own lock only.
     */
    long nextLongOwned() {
        if (next == BATCH) {
            refill();
            next = 0;
        }
        long bits = longAt(next);
        next += 8;
        return bits;
    }

    private void refill() {
        if (keystream == null) {
            random.nextBytes(batch);
            return;
        }
        try {
            if (batches++ % RESEED_BATCHES == 0) {
                random.nextBytes(block);
            } else {
                keystream.update(ZEROS, 0, block.length, block, 0);
            }
            System.arraycopy(block, 0, batch, 0, BATCH);
            keystream.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(block, BATCH, 16, "AES"),
                    new IvParameterSpec(block, BATCH + 16, 16));
            Arrays.fill(block, (byte) 0);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES in counter mode refused a key it had accepted", impossible);
        }
    }

    private long longAt(int offset) {
        return (long) LONGS.get(batch, offset);
    }

    private static SecureRandom strongest() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException absent) {
            return new SecureRandom();
        }
    }

    /** AES in counter mode, not yet keyed; {@code null} where the runtime lacks it. */
    private static Cipher aesInCounterMode() {
        try {
            return Cipher.getInstance("AES/CTR/NoPadding");
        } catch (GeneralSecurityException absent) {
            return null;
        }
    }
}
