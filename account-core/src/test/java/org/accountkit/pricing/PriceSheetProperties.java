package org.accountkit.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.accountkit.shared.Money;

/**
 * Price display over random prices (up to 10^9 with four decimals), quantities (1 to 10^6), rates and settings:
 * including equals excluding plus VAT on every line, totals are the sums of the shown lines, the VAT split adds up,
 * a setting never changes an amount charged, and the currency is kept and never mixed.
 */
class PriceSheetProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Property(tries = 300)
    void lines_and_totals_add_up_in_every_setting_and_no_setting_changes_what_is_charged(
            @ForAll("carts") List<PricedLine> cart) {
        ShownCart reference = null;
        for (VatDisplay vat : VatDisplay.values()) {
            for (ShownPrices prices : ShownPrices.values()) {
                ShownCart shown = PriceSheet.show(cart, new PriceDisplay(vat, prices));
                checkLines(cart, shown);
                checkTotals(shown);
                if (reference == null) {
                    reference = shown;
                } else {
                    assertThat(shown.totalExcludingVat()).isEqualTo(reference.totalExcludingVat());
                    assertThat(shown.vat()).isEqualTo(reference.vat());
                    assertThat(shown.totalIncludingVat()).isEqualTo(reference.totalIncludingVat());
                    for (int index = 0; index < cart.size(); index++) {
                        assertThat(shown.lines().get(index).lineExcludingVat())
                                .isEqualTo(reference.lines().get(index).lineExcludingVat());
                        assertThat(shown.lines().get(index).lineVat())
                                .isEqualTo(reference.lines().get(index).lineVat());
                    }
                }
            }
        }
    }

    private static void checkLines(List<PricedLine> cart, ShownCart shown) {
        boolean withVat = shown.display().vat() == VatDisplay.INCLUDING_VAT;
        boolean net = shown.display().prices() != ShownPrices.GROSS;
        boolean gross = shown.display().prices() != ShownPrices.NET;
        assertThat(shown.lines()).hasSameSizeAs(cart);
        for (int index = 0; index < cart.size(); index++) {
            PricedLine given = cart.get(index);
            ShownLine line = shown.lines().get(index);
            BigDecimal quantity = BigDecimal.valueOf(given.quantity());
            Money excluding = euro(given.unitNetPrice().amount().multiply(quantity));
            Money vat = euro(excluding.amount().multiply(given.vatRate()).divide(HUNDRED));
            assertThat(line.lineExcludingVat()).as("excluding VAT: unit times quantity, half-up").isEqualTo(excluding);
            assertThat(line.lineVat()).isEqualTo(vat);
            assertThat(line.lineIncludingVat()).as("including = excluding + VAT")
                    .isEqualTo(line.lineExcludingVat().plus(line.lineVat()));
            assertThat(line.unitNet()).isEqualTo(net ? Optional.of(unit(given.unitNetPrice(), given.vatRate(),
                    withVat)) : Optional.empty());
            assertThat(line.lineNet()).isEqualTo(net ? Optional.of(withVat ? line.lineIncludingVat() : excluding)
                    : Optional.empty());
            assertThat(line.unitGross()).isEqualTo(gross ? given.unitGrossPrice().map(price -> unit(price,
                    given.vatRate(), withVat)) : Optional.empty());
            line.lineGross().ifPresent(lineGross -> {
                Money grossExcluding = euro(given.unitGrossPrice().orElseThrow().amount().multiply(quantity));
                assertThat(lineGross).isEqualTo(withVat ? grossExcluding.plus(euro(grossExcluding.amount()
                        .multiply(given.vatRate()).divide(HUNDRED))) : grossExcluding);
            });
            for (Optional<Money> amount : List.of(line.unitGross(), line.unitNet(), line.lineGross(), line.lineNet(),
                    Optional.of(line.lineVat()))) {
                amount.ifPresent(money -> assertThat(money.currency()).isEqualTo(EUR));
            }
        }
    }

    private static void checkTotals(ShownCart shown) {
        Money excluding = Money.zero(EUR);
        Money vat = Money.zero(EUR);
        for (ShownLine line : shown.lines()) {
            excluding = excluding.plus(line.lineExcludingVat());
            vat = vat.plus(line.lineVat());
        }
        assertThat(shown.totalExcludingVat()).as("the sum of the shown lines").isEqualTo(excluding);
        assertThat(shown.vatTotal()).isEqualTo(vat);
        assertThat(shown.vat().stream().map(VatSplit::vat).reduce(Money.zero(EUR), Money::plus))
                .as("the split adds up to the VAT total").isEqualTo(vat);
        assertThat(shown.vat().stream().map(VatSplit::base).reduce(Money.zero(EUR), Money::plus))
                .isEqualTo(excluding);
        assertThat(shown.totalIncludingVat()).isEqualTo(excluding.plus(vat))
                .isEqualTo(shown.lines().stream().map(ShownLine::lineIncludingVat).reduce(Money.zero(EUR),
                        Money::plus));
        assertThat(shown.vat()).extracting(VatSplit::vatRate).isSorted().doesNotHaveDuplicates();
    }

    @Property(tries = 50)
    void a_cart_in_two_currencies_is_refused(@ForAll("carts") List<PricedLine> cart) {
        List<PricedLine> mixed = new ArrayList<>(cart);
        mixed.add(new PricedLine("CH-1", "", 1, new UnitPrice(BigDecimal.ONE, Currency.getInstance("CHF")),
                Optional.empty(), new BigDecimal("8.1")));
        assertThatThrownBy(() -> PriceSheet.show(mixed, PriceDisplay.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currency");
    }

    @Provide
    Arbitrary<List<PricedLine>> carts() {
        Arbitrary<BigDecimal> prices = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000")).ofScale(4),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2")).ofScale(4),
                Arbitraries.of(new BigDecimal("0.005"), new BigDecimal("0.0049"), new BigDecimal("0.0375")));
        Arbitrary<Integer> quantities = Arbitraries.oneOf(Arbitraries.integers().between(1, 1_000_000),
                Arbitraries.integers().between(1, 12));
        Arbitrary<BigDecimal> rates = Arbitraries.of("21", "9", "0", "12", "6", "19", "7", "5.5", "8.1")
                .map(BigDecimal::new);
        Arbitrary<PricedLine> lines = Combinators.combine(prices, prices.optional(), quantities, rates)
                .as((net, gross, quantity, rate) -> new PricedLine("A-" + quantity, "", quantity,
                        new UnitPrice(net, EUR), gross.map(price -> new UnitPrice(price, EUR)), rate));
        return lines.list().ofMinSize(1).ofMaxSize(12);
    }

    private static Money unit(UnitPrice price, BigDecimal rate, boolean withVat) {
        BigDecimal amount = withVat ? price.amount().multiply(HUNDRED.add(rate)).divide(HUNDRED) : price.amount();
        return euro(amount);
    }

    private static Money euro(BigDecimal amount) {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), EUR);
    }
}
