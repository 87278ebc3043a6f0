package org.accountkit.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetPeriodTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @ParameterizedTest(name = "{1} in Amsterdam is {2} for {0}")
    @CsvSource({
            "MONTH,   2026-03-31T21:59:59Z, 2026-03",
            "MONTH,   2026-03-31T22:00:00Z, 2026-04",
            "MONTH,   2026-12-31T23:30:00Z, 2027-01",
            "QUARTER, 2026-03-31T21:59:59Z, 2026-Q1",
            "QUARTER, 2026-03-31T22:00:00Z, 2026-Q2",
            "QUARTER, 2026-11-28T10:00:00Z, 2026-Q4",
            "YEAR,    2026-12-31T22:59:59Z, 2026",
            "YEAR,    2026-12-31T23:00:00Z, 2027"})
    void periods_follow_the_calendar_of_the_customers_time_zone(BudgetPeriod period, Instant moment, String key) {
        CalendarPeriod found = period.periodAt(moment, AMSTERDAM).orElseThrow();

        assertThat(found.key()).isEqualTo(key);
        assertThat(found.unit()).isEqualTo(period);
        assertThat(CalendarPeriod.parse(key)).isEqualTo(found);
    }

    @Test
    void a_per_order_budget_has_no_calendar_period() {
        assertThat(BudgetPeriod.PER_ORDER.periodAt(Instant.parse("2026-06-01T12:00:00Z"), AMSTERDAM)).isEmpty();
        assertThatThrownBy(() -> CalendarPeriod.of(BudgetPeriod.PER_ORDER, LocalDate.of(2026, 6, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} around {1}")
    @CsvSource({
            "MONTH,   2026-03-15T12:00:00Z, 2026-02-28T23:00:00Z, 2026-03-31T22:00:00Z, 2026-03-31",
            "QUARTER, 2026-05-15T12:00:00Z, 2026-03-31T22:00:00Z, 2026-06-30T22:00:00Z, 2026-06-30",
            "YEAR,    2026-05-15T12:00:00Z, 2025-12-31T23:00:00Z, 2026-12-31T23:00:00Z, 2026-12-31"})
    void a_period_starts_and_ends_at_local_midnight(BudgetPeriod period, Instant moment, Instant start, Instant end,
            LocalDate lastDay) {
        CalendarPeriod found = period.periodAt(moment, AMSTERDAM).orElseThrow();

        assertThat(found.start(AMSTERDAM)).isEqualTo(start);
        assertThat(found.end(AMSTERDAM)).isEqualTo(end);
        assertThat(found.lastDay()).isEqualTo(lastDay);
        assertThat(period.periodAt(start, AMSTERDAM)).contains(found);
        assertThat(period.periodAt(end, AMSTERDAM)).isNotEqualTo(java.util.Optional.of(found));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "order", "", "2026-13", "2026-Q5", "26-03", "2026-00", "10000"})
    void only_real_periods_are_periods(String key) {
        assertThatThrownBy(() -> CalendarPeriod.parse(key)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void periods_are_equal_when_unit_year_and_number_are() {
        CalendarPeriod march = new CalendarPeriod(BudgetPeriod.MONTH, 2026, 3);

        assertThat(march).isEqualTo(CalendarPeriod.parse("2026-03")).hasSameHashCodeAs(CalendarPeriod.parse("2026-03"));
        assertThat(march).isNotEqualTo(new CalendarPeriod(BudgetPeriod.QUARTER, 2026, 3))
                .isNotEqualTo(new CalendarPeriod(BudgetPeriod.MONTH, 2027, 3))
                .isNotEqualTo(new CalendarPeriod(BudgetPeriod.MONTH, 2026, 4)).isNotEqualTo(null)
                .isNotEqualTo("2026-03");
        assertThat(new CalendarPeriod(BudgetPeriod.YEAR, 2026, 1).hashCode())
                .isNotEqualTo(new CalendarPeriod(BudgetPeriod.MONTH, 2026, 1).hashCode());
    }
}
