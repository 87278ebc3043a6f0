package org.accountkit.budget;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The period a budget is for. Calendar periods ({@link CalendarPeriod}) follow the calendar in the customer's time
 * zone and roll over by themselves: no job has to run at midnight.
 */
public enum BudgetPeriod {
    /** The limit applies to each order on its own. */
    PER_ORDER,
    /** A calendar month. */
    MONTH,
    /** A calendar quarter. */
    QUARTER,
    /** A calendar year. */
    YEAR;

    /** The last period worked out, per kind: nearly every moment asked about falls in it. */
    private volatile KnownPeriod known;

    /** A period with its bounds in one time zone. */
    private record KnownPeriod(ZoneId zone, Instant from, Instant until, CalendarPeriod period) {

        boolean holds(Instant moment, ZoneId otherZone) {
            return zone.equals(otherZone) && !moment.isBefore(from) && moment.isBefore(until);
        }
    }

    /**
     * The calendar period that {@code moment} falls in, in {@code zone}; empty for {@link #PER_ORDER}, which has
     * none. Two moments are in the same period when their periods are equal.
     */
    public Optional<CalendarPeriod> periodAt(Instant moment, ZoneId zone) {
        if (this == PER_ORDER) {
            return Optional.empty();
        }
        KnownPeriod last = known;
        if (last != null && last.holds(moment, zone)) {
            return Optional.of(last.period());
        }
        CalendarPeriod period = CalendarPeriod.of(this, moment.atZone(zone).toLocalDate());
        known = new KnownPeriod(zone, period.start(zone), period.end(zone), period);
        return Optional.of(period);
    }
}
