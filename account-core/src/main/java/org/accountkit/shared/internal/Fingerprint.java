package org.accountkit.shared.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A SHA-256 digest of a text, in hex: what tells a replayed message or key use from a different one. */
public final class Fingerprint {

    /** Looked up once; each digest works on a copy (looking the algorithm up costs more than the digest). */
    private static final MessageDigest SHA_256;

    static {
        try {
            SHA_256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private Fingerprint() {
    }

    /** The digest of {@code text}. */
    public static String of(String text) {
        return HexFormat.of().formatHex(fresh().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException notCloneable) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException("every Java runtime has SHA-256", impossible);
            }
        }
    }
}
