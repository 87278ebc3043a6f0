package org.accountkit.user;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How failed logins for one e-mail address slow down further attempts (OWASP ASVS V2.2): the first
 * {@code freeAttempts} failures cost nothing; after that each attempt must wait {@code firstPause} after the latest
 * failure, doubling with every further failure up to {@code longestPause}. A correct password in that time is
 * refused too, or the pause would protect nothing. Failures are forgotten after a successful login, or
 * {@code forgetAfter} after the latest one. The failures are stored, so the pause holds on every server; unknown
 * addresses are counted and paused exactly like known ones, so that the pause tells nobody whether an address
 * exists.
 *
 * @param freeAttempts how many failures in a row cost no pause; 1 or more
 * @param firstPause   the pause after the first failure beyond them; positive
 * @param longestPause the longest pause; at least {@code firstPause}
 * @param forgetAfter  how long after the latest failure the count starts again; at least {@code longestPause}
 */
public record LoginBackoff(int freeAttempts, Duration firstPause, Duration longestPause, Duration forgetAfter) {

    /** Checks the settings. */
    public LoginBackoff {
        Objects.requireNonNull(firstPause, "firstPause");
        Objects.requireNonNull(longestPause, "longestPause");
        Objects.requireNonNull(forgetAfter, "forgetAfter");
        if (freeAttempts < 1 || firstPause.isNegative() || firstPause.isZero()
                || longestPause.compareTo(firstPause) < 0 || forgetAfter.compareTo(longestPause) < 0) {
            throw new IllegalArgumentException("a login backoff needs at least one free attempt, a positive first "
                    + "pause, a longest pause no shorter and a memory no shorter than that: " + freeAttempts + ", "
                    + firstPause + ", " + longestPause + ", " + forgetAfter);
        }
    }

    /** Five free attempts, then a second, doubling up to 15 minutes; failures forgotten after a day. */
    public static LoginBackoff defaults() {
        return new LoginBackoff(5, Duration.ofSeconds(1), Duration.ofMinutes(15), Duration.ofDays(1));
    }

    /**
     * Until when a login for an address with {@code failures} failures in a row, the latest at {@code latest}, is
     * refused without being checked; empty when it may be tried now.
     */
    public Optional<Instant> pausedUntil(int failures, Instant latest, Instant now) {
        if (failures < freeAttempts || latest.plus(forgetAfter).isBefore(now)) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - freeAttempts, 40);
        Duration pause = firstPause.multipliedBy(1L << Math.min(doublings, 30));
        if (pause.compareTo(longestPause) > 0 || doublings >= 30) {
            pause = longestPause;
        }
        Instant until = latest.plus(pause);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
