package org.accountkit.argon2;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.accountkit.user.PasswordHash;
import org.accountkit.user.PasswordHashing;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Hashes passwords with Argon2id (RFC 9106) from Bouncy Castle, stored in the PHC string format
 * {@code $argon2id$v=19$m=<KiB>,t=<iterations>,p=<lanes>$<salt>$<hash>}. A hash carries its own parameters, so
 * raising the cost later still verifies older hashes.
 *
 * <p>The defaults follow OWASP's password storage advice for Argon2id: 19 MiB of memory, 2 iterations, 1 lane,
 * a 16-byte random salt and a 32-byte hash. Tests may use {@link #withCost(int, int, int)} with a lower cost.
 */
@SecondaryAdapter
public final class Argon2PasswordHashing implements PasswordHashing {

    private static final Pattern PHC = Pattern.compile(
            "^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)$");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final int memoryKiB;
    private final int iterations;
    private final int parallelism;
    private final SecureRandom random = new SecureRandom();

    /** Argon2id with OWASP's recommended cost: m=19456 KiB, t=2, p=1. */
    public Argon2PasswordHashing() {
        this(19_456, 2, 1);
    }

    private Argon2PasswordHashing(int memoryKiB, int iterations, int parallelism) {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("Argon2id needs m >= 8*p KiB, t >= 1 and 1 <= p <= 16");
        }
        this.memoryKiB = memoryKiB;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    /**
     * Argon2id with the given cost, for new hashes. Lower than the default only in tests.
     *
     * @param memoryKiB   memory in KiB, at least 8 per lane
     * @param iterations  passes over the memory, at least 1
     * @param parallelism lanes, 1 to 16
     * @throws IllegalArgumentException when the parameters are out of range
     */
    public static Argon2PasswordHashing withCost(int memoryKiB, int iterations, int parallelism) {
        return new Argon2PasswordHashing(memoryKiB, iterations, parallelism);
    }

    @Override
    public PasswordHash hash(CharSequence password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKiB, iterations, parallelism, HASH_BYTES);
        return new PasswordHash("$argon2id$v=19$m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism + "$"
                + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash));
    }

    @Override
    public boolean matches(CharSequence password, PasswordHash stored) {
        Objects.requireNonNull(password, "password");
        Matcher phc = PHC.matcher(stored.encoded());
        if (!phc.matches()) {
            return false;
        }
        int memory = Integer.parseInt(phc.group(1));
        int passes = Integer.parseInt(phc.group(2));
        int lanes = Integer.parseInt(phc.group(3));
        if (memory < 8 * lanes || passes < 1 || lanes < 1 || lanes > 16) {
            return false;
        }
        byte[] salt = DECODER.decode(phc.group(4));
        byte[] expected = DECODER.decode(phc.group(5));
        byte[] actual = derive(password, salt, memory, passes, lanes, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(CharSequence password, byte[] salt, int memoryKiB, int iterations, int lanes,
            int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKiB)
                .withIterations(iterations)
                .withParallelism(lanes)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        char[] characters = toArray(password);
        byte[] out = new byte[length];
        try {
            generator.generateBytes(characters, out);
        } finally {
            Arrays.fill(characters, '\0');
        }
        return out;
    }

    private static char[] toArray(CharSequence password) {
        char[] characters = new char[password.length()];
        for (int index = 0; index < characters.length; index++) {
            characters[index] = password.charAt(index);
        }
        return characters;
    }
}
