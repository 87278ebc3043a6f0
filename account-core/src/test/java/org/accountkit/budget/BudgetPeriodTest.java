package org.accountkit.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
            "YEAR,    2026-12-31T23:00:00Z, 2027",
            "PER_ORDER, 2026-06-01T12:00:00Z, order"})
    void periods_follow_the_calendar_of_the_customers_time_zone(BudgetPeriod period, Instant moment, String key) {
        assertThat(period.keyOf(moment, AMSTERDAM)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} around {1}")
    @CsvSource({
            "MONTH,   2026-03-15T12:00:00Z, 2026-02-28T23:00:00Z, 2026-03-31T22:00:00Z",
            "QUARTER, 2026-05-15T12:00:00Z, 2026-03-31T22:00:00Z, 2026-06-30T22:00:00Z",
            "YEAR,    2026-05-15T12:00:00Z, 2025-12-31T23:00:00Z, 2026-12-31T23:00:00Z"})
    void a_period_starts_and_ends_at_local_midnight(BudgetPeriod period, Instant moment, Instant start, Instant end) {
        assertThat(period.startOf(moment, AMSTERDAM)).isEqualTo(start);
        assertThat(period.endOf(moment, AMSTERDAM)).isEqualTo(end);
        assertThat(period.keyOf(start, AMSTERDAM)).isEqualTo(period.keyOf(moment, AMSTERDAM));
        assertThat(period.keyOf(end, AMSTERDAM)).isNotEqualTo(period.keyOf(moment, AMSTERDAM));
    }
}
