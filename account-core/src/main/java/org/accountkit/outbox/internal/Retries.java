package org.accountkit.outbox.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed delivery is tried again: after a first pause that doubles with every failed attempt, up to six
 * hours, and not at all after the last attempt (the entry is then parked).
 *
 * @param attempts   how often an entry is tried before it is parked, at least 1
 * @param firstPause the pause after the first failed attempt
 */
public record Retries(int attempts, Duration firstPause) {

    private static final Duration LONGEST_PAUSE = Duration.ofHours(6);
    private static final int MAX_ERROR = 500;

    /** Whether an entry that failed {@code failed} times is parked. */
    boolean parks(int failed) {
        return failed >= attempts;
    }

    /** When an entry that failed {@code failed} times, the last time at {@code now}, is due again. */
    Instant nextAttempt(int failed, Instant now) {
        return parks(failed) ? now : now.plus(pause(failed));
    }

    /** The pause after {@code failed} failed attempts: the first pause, doubled each time, at most six hours. */
    Duration pause(int failed) {
        Duration pause = firstPause;
        for (int doubling = 1; doubling < failed && pause.compareTo(LONGEST_PAUSE) < 0; doubling++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    /** The failure as plain text of at most {@value #MAX_ERROR} characters, never splitting a character. */
    static String describe(RuntimeException failure) {
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        StringBuilder plain = new StringBuilder(Math.min(text.length(), MAX_ERROR));
        for (int at = 0; at < text.length(); at += Character.charCount(text.codePointAt(at))) {
            int c = text.codePointAt(at);
            if (plain.length() + Character.charCount(c) > MAX_ERROR) {
                break;
            }
            plain.appendCodePoint(Character.isISOControl(c) ? ' ' : c);
        }
        return plain.toString();
    }
}
