package org.accountkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Adding and subtracting amounts, zeros among them, gives exactly the sum and difference in cents. */
class MoneyProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    @Property(tries = 2_000)
    void sums_and_differences_are_exact_in_cents(@ForAll("amounts") BigDecimal left,
            @ForAll("amounts") BigDecimal right) {
        Money a = new Money(left, EUR);
        Money b = new Money(right, EUR);

        assertThat(a.plus(b)).isEqualTo(new Money(left.add(right), EUR));
        assertThat(a.minus(b)).isEqualTo(new Money(left.subtract(right), EUR));
        assertThat(a.plus(b).amount().scale()).isEqualTo(2);
        assertThat(a.minus(b).amount().scale()).isEqualTo(2);
    }

    @Example
    void adding_or_subtracting_zero_in_another_currency_is_refused_all_the_same() {
        Money euros = Money.euro("12.50");

        assertThatThrownBy(() -> euros.plus(Money.zero(USD))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> euros.minus(Money.zero(USD))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.zero(EUR).plus(new Money(BigDecimal.ONE, USD)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        // zeros (written with any scale) often, as ledgers have them; otherwise cents of either sign
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(BigDecimal.ZERO, new BigDecimal("0.00"),
                        new BigDecimal("0.0000"), new BigDecimal("0E+3"))),
                net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(-100_000_000_000L, 100_000_000_000L)
                        .map(cents -> BigDecimal.valueOf(cents, 2))));
    }
}
