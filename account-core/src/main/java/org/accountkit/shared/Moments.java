package org.accountkit.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The moments AccountKit stores: from 1970 to the end of 9999, to the microsecond. Every store keeps exactly that
 * (PostgreSQL and H2 keep microseconds), so a moment reads back as it was given, whatever the store. Commands are
 * checked against these bounds ({@link StorableMoment}); finer moments are cut to the microsecond.
 */
public final class Moments {

    /** The earliest moment stored. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** The latest moment stored. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Moments() {
    }

    /** Whether {@code moment} lies between {@link #EARLIEST} and {@link #LATEST}; {@code null} does not. */
    public static boolean isStorable(Instant moment) {
        return moment != null && !moment.isBefore(EARLIEST) && !moment.isAfter(LATEST);
    }

    /** {@code moment} cut to the microsecond, as stores keep it. */
    public static Instant stored(Instant moment) {
        return moment == null ? null : moment.truncatedTo(ChronoUnit.MICROS);
    }

    /** A clock that tells the time of {@code clock} cut to the microsecond. */
    public static Clock microsecondsOf(Clock clock) {
        return clock instanceof MicrosecondClock ? clock : new MicrosecondClock(Objects.requireNonNull(clock, "clock"));
    }

    /** The host's clock, to the microsecond. */
    private static final class MicrosecondClock extends Clock {

        private final Clock clock;

        MicrosecondClock(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Instant instant() {
            Instant now = clock.instant();
            return now.getNano() % 1_000 == 0 ? now : now.truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public ZoneId getZone() {
            return clock.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MicrosecondClock(clock.withZone(zone));
        }
    }
}
