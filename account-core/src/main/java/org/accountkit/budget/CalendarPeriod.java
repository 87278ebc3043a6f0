package org.accountkit.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One calendar period of a budget: a month ({@code 2026-03}), a quarter ({@code 2026-Q1}) or a year
 * ({@code 2026}). Spent amounts belong to one; when an order falls in a later period, spent starts again from zero.
 *
 * @param unit   {@link BudgetPeriod#MONTH}, {@link BudgetPeriod#QUARTER} or {@link BudgetPeriod#YEAR}
 * @param year   the year, 1970 to 9999
 * @param number the month (1 to 12), the quarter (1 to 4), or 1 for a year
 */
@ValueObject
public record CalendarPeriod(BudgetPeriod unit, int year, int number) {

    private static final Pattern KEY = Pattern.compile("^(\\d{4})(?:-(Q)?(\\d{1,2}))?$");

    /**
     * @throws IllegalArgumentException when the unit is per order, or the year or number is out of range
     */
    public CalendarPeriod {
        Objects.requireNonNull(unit, "unit");
        int most = switch (unit) {
            case PER_ORDER -> throw new IllegalArgumentException("a per-order budget has no calendar period");
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 1;
        };
        if (year < 1970 || year > 9999 || number < 1 || number > most) {
            throw new IllegalArgumentException("no such " + unit + ": " + year + "/" + number);
        }
    }

    /** The period of kind {@code unit} that {@code date} falls in. */
    public static CalendarPeriod of(BudgetPeriod unit, LocalDate date) {
        return switch (unit) {
            case PER_ORDER -> throw new IllegalArgumentException("a per-order budget has no calendar period");
            case MONTH -> new CalendarPeriod(unit, date.getYear(), date.getMonthValue());
            case QUARTER -> new CalendarPeriod(unit, date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case YEAR -> new CalendarPeriod(unit, date.getYear(), 1);
        };
    }

    /**
     * The period a {@link #key()} names.
     *
     * @throws IllegalArgumentException when {@code key} is not one
     */
    public static CalendarPeriod parse(String key) {
        Matcher matcher = KEY.matcher(Objects.requireNonNull(key, "key"));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a budget period: " + key);
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(3) == null) {
            return new CalendarPeriod(BudgetPeriod.YEAR, year, 1);
        }
        int number = Integer.parseInt(matcher.group(3));
        return new CalendarPeriod(matcher.group(2) != null ? BudgetPeriod.QUARTER : BudgetPeriod.MONTH, year, number);
    }

    /** Same unit, year and number (written out: every submission compares its period with the ledger's). */
    @Override
    public boolean equals(Object other) {
        return other instanceof CalendarPeriod that && unit == that.unit && year == that.year
                && number == that.number;
    }

    @Override
    public int hashCode() {
        return (unit.ordinal() * 10_000 + year) * 13 + number;
    }

    /** The short name that {@link #parse} reads: {@code 2026-03}, {@code 2026-Q1} or {@code 2026}. */
    public String key() {
        return switch (unit) {
            case MONTH -> year + (number < 10 ? "-0" : "-") + number;
            case QUARTER -> year + "-Q" + number;
            default -> Integer.toString(year);
        };
    }

    /** The first day of the period. */
    public LocalDate firstDay() {
        return switch (unit) {
            case MONTH -> LocalDate.of(year, number, 1);
            case QUARTER -> LocalDate.of(year, (number - 1) * 3 + 1, 1);
            default -> LocalDate.of(year, 1, 1);
        };
    }

    /** The last day of the period. */
    public LocalDate lastDay() {
        return firstDayAfter().minusDays(1);
    }

    /** The first moment of the period in {@code zone}. */
    public Instant start(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in {@code zone}. */
    public Instant end(ZoneId zone) {
        return firstDayAfter().atStartOfDay(zone).toInstant();
    }

    private LocalDate firstDayAfter() {
        return switch (unit) {
            case MONTH -> firstDay().plusMonths(1);
            case QUARTER -> firstDay().plusMonths(3);
            default -> firstDay().plusYears(1);
        };
    }

    @Override
    public String toString() {
        return key();
    }
}
