package org.accountkit.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.accountkit.shared.Country;
import org.junit.jupiter.api.Test;

class VatRatesTest {

    private final VatRates rates = VatRates.defaults();

    @Test
    void the_shipped_table_knows_the_three_countries_rates() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(List.of(rate(Country.NL, VatCategory.STANDARD, today), rate(Country.NL, VatCategory.REDUCED, today),
                rate(Country.NL, VatCategory.ZERO, today))).containsExactly("21.00", "9.00", "0.00");
        assertThat(List.of(rate(Country.BE, VatCategory.STANDARD, today),
                rate(Country.BE, VatCategory.INTERMEDIATE, today), rate(Country.BE, VatCategory.REDUCED, today),
                rate(Country.BE, VatCategory.ZERO, today))).containsExactly("21.00", "12.00", "6.00", "0.00");
        assertThat(List.of(rate(Country.DE, VatCategory.STANDARD, today), rate(Country.DE, VatCategory.REDUCED, today),
                rate(Country.DE, VatCategory.ZERO, today))).containsExactly("19.00", "7.00", "0.00");
        assertThat(rates.rate(Country.NL, VatCategory.INTERMEDIATE, today)).isEmpty();
    }

    @Test
    void a_rate_change_on_a_date_is_a_row() {
        assertThat(rate(Country.DE, VatCategory.STANDARD, LocalDate.of(2020, 6, 30))).isEqualTo("19.00");
        assertThat(rate(Country.DE, VatCategory.STANDARD, LocalDate.of(2020, 7, 1))).isEqualTo("16.00");
        assertThat(rate(Country.DE, VatCategory.STANDARD, LocalDate.of(2021, 1, 1))).isEqualTo("19.00");
        assertThat(rate(Country.NL, VatCategory.REDUCED, LocalDate.of(2018, 12, 31))).isEqualTo("6.00");

        VatRates next = rates.with(new VatRate(Country.NL, VatCategory.REDUCED, LocalDate.of(2027, 1, 1),
                new BigDecimal("10")));
        assertThat(next.rate(Country.NL, VatCategory.REDUCED, LocalDate.of(2026, 12, 31))).contains(new BigDecimal("9.00"));
        assertThat(next.rate(Country.NL, VatCategory.REDUCED, LocalDate.of(2027, 1, 1))).contains(new BigDecimal("10.00"));
        assertThat(rates.rate(Country.NL, VatCategory.REDUCED, LocalDate.of(2027, 1, 1))).as("the table is a value")
                .contains(new BigDecimal("9.00"));
    }

    @Test
    void a_line_that_is_not_a_row_is_named() {
        assertThatThrownBy(() -> VatRates.parse(List.of("# rates", "NL;STANDARD;2012-10-01;21", "NL;STANDARD;21")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> VatRates.parse(List.of("LU;STANDARD;2015-01-01;17")))
                .hasMessageContaining("line 1");
    }

    private String rate(Country country, VatCategory category, LocalDate day) {
        return rates.rate(country, category, day).orElseThrow().toPlainString();
    }
}
