package org.accountkit.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

import org.accountkit.shared.Country;

/**
 * One row of the VAT table: from a day on, a category in a country has a rate, until a later row of the same
 * country and category takes over.
 *
 * @param country  the country
 * @param category the category
 * @param from     the first day it applies
 * @param percent  the rate in percent, 0 to 100, kept with two decimals
 */
public record VatRate(Country country, VatCategory category, LocalDate from, BigDecimal percent) {

    /** Refuses missing parts and rates outside 0 to 100. */
    public VatRate {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("a VAT rate is 0 to 100 percent: " + percent);
        }
        percent = percent.setScale(2, RoundingMode.HALF_UP);
    }
}
