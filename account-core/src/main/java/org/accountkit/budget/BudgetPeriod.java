package org.accountkit.budget;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The period a budget is for. Calendar periods follow the calendar in the customer's time zone and roll over by
 * themselves: no job has to run at midnight.
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

    /** The last period a key was worked out for, per period kind: nearly every moment asked about falls in it. */
    private volatile KnownPeriod known;

    /** A period with its bounds in one time zone. */
    private record KnownPeriod(ZoneId zone, Instant from, Instant until, String key) {

        boolean holds(Instant moment, ZoneId otherZone) {
            return zone.equals(otherZone) && !moment.isBefore(from) && moment.isBefore(until);
        }
    }

    /**
     * The key of the period that {@code moment} falls in, in {@code zone}: {@code 2026-03}, {@code 2026-Q1},
     * {@code 2026}, or {@code order} for {@link #PER_ORDER}. Two moments are in the same period when their keys
     * are equal.
     */
    public String keyOf(Instant moment, ZoneId zone) {
        if (this == PER_ORDER) {
            return "order";
        }
        KnownPeriod last = known;
        if (last != null && last.holds(moment, zone)) {
            return last.key();
        }
        String key = computeKey(moment, zone);
        known = new KnownPeriod(zone, startOf(moment, zone), endOf(moment, zone), key);
        return key;
    }

    private String computeKey(Instant moment, ZoneId zone) {
        ZonedDateTime local = moment.atZone(zone);
        int year = local.getYear();
        int month = local.getMonthValue();
        return switch (this) {
            case MONTH -> year + (month < 10 ? "-0" : "-") + month;
            case QUARTER -> year + "-Q" + ((month - 1) / 3 + 1);
            default -> Integer.toString(year);
        };
    }

    /**
     * The first moment of the period that {@code moment} falls in, in {@code zone}.
     *
     * @throws IllegalStateException for {@link #PER_ORDER}, which has no calendar period
     */
    public Instant startOf(Instant moment, ZoneId zone) {
        java.time.LocalDate date = moment.atZone(zone).toLocalDate();
        java.time.LocalDate first = switch (this) {
            case PER_ORDER -> throw new IllegalStateException("a per-order budget has no calendar period");
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.withDayOfMonth(1).withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> date.withDayOfYear(1);
        };
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period that {@code moment} falls in; see {@link #startOf}. */
    public Instant endOf(Instant moment, ZoneId zone) {
        java.time.ZonedDateTime start = startOf(moment, zone).atZone(zone);
        return switch (this) {
            case PER_ORDER -> throw new IllegalStateException("a per-order budget has no calendar period");
            case MONTH -> start.plusMonths(1).toInstant();
            case QUARTER -> start.plusMonths(3).toInstant();
            case YEAR -> start.plusYears(1).toInstant();
        };
    }
}
