package org.accountkit.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.accountkit.shared.Money;

/**
 * Turns priced lines into what a user sees under a {@link PriceDisplay}, with exact decimal arithmetic:
 * <ul>
 *   <li>per unit: the price, with VAT when the setting says so, rounded half-up to cents;</li>
 *   <li>per line: excluding VAT, the unit price times the quantity rounded half-up to cents; the line's VAT is that
 *       amount times the rate, rounded half-up to cents; including VAT is the two added, so that including equals
 *       excluding plus VAT on every line;</li>
 *   <li>totals: the sums of the lines, never recomputed from a total, so that nothing drifts; the VAT per rate is
 *       the sum of its lines' VAT.</li>
 * </ul>
 * Pure and free of state; the use case {@link ShowPrices} applies a user's setting and right.
 */
public final class PriceSheet {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PriceSheet() {
    }

    /**
     * The lines as shown under {@code display}.
     *
     * @throws IllegalArgumentException when there are no lines, or they are in more than one currency
     */
    public static ShownCart show(List<PricedLine> lines, PriceDisplay display) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("nothing to show");
        }
        Currency currency = lines.get(0).unitNetPrice().currency();
        if (lines.stream().anyMatch(line -> !line.unitNetPrice().currency().equals(currency))) {
            throw new IllegalArgumentException("the lines are in more than one currency");
        }
        boolean withVat = display.vat() == VatDisplay.INCLUDING_VAT;
        boolean gross = display.prices() != ShownPrices.NET;
        boolean net = display.prices() != ShownPrices.GROSS;
        List<ShownLine> shown = new ArrayList<>(lines.size());
        Map<BigDecimal, Money[]> perRate = new TreeMap<>();
        Money zero = Money.zero(currency);
        Money excluding = zero;
        Money grossTotal = zero;
        boolean grossKnown = true;
        for (PricedLine line : lines) {
            Money lineExcluding = cents(line.unitNetPrice().amount().multiply(BigDecimal.valueOf(line.quantity())),
                    currency);
            Money lineVat = vatOn(lineExcluding, line.vatRate());
            Optional<Money> lineGross = line.unitGrossPrice().map(price -> shownLine(price, line, withVat));
            shown.add(new ShownLine(line.articleNumber(), line.description(), line.quantity(), line.vatRate(),
                    gross ? line.unitGrossPrice().map(price -> shownUnit(price, line.vatRate(), withVat))
                            : Optional.empty(),
                    net ? Optional.of(shownUnit(line.unitNetPrice(), line.vatRate(), withVat)) : Optional.empty(),
                    gross ? lineGross : Optional.empty(),
                    net ? Optional.of(withVat ? lineExcluding.plus(lineVat) : lineExcluding) : Optional.empty(),
                    lineExcluding, lineVat));
            excluding = excluding.plus(lineExcluding);
            Money[] atRate = perRate.computeIfAbsent(line.vatRate(), rate -> new Money[] {zero, zero});
            atRate[0] = atRate[0].plus(lineExcluding);
            atRate[1] = atRate[1].plus(lineVat);
            grossKnown &= lineGross.isPresent();
            grossTotal = lineGross.map(grossTotal::plus).orElse(grossTotal);
        }
        List<VatSplit> split = new ArrayList<>(perRate.size());
        Money vat = zero;
        for (Map.Entry<BigDecimal, Money[]> rate : perRate.entrySet()) {
            split.add(new VatSplit(rate.getKey(), rate.getValue()[0], rate.getValue()[1]));
            vat = vat.plus(rate.getValue()[1]);
        }
        return new ShownCart(display, shown, excluding, split, vat, excluding.plus(vat),
                gross && grossKnown ? Optional.of(grossTotal) : Optional.empty());
    }

    /** A unit price as shown: with VAT when asked, rounded half-up to cents. */
    private static Money shownUnit(UnitPrice price, BigDecimal rate, boolean withVat) {
        BigDecimal amount = price.amount();
        return cents(withVat ? amount.multiply(HUNDRED.add(rate)).divide(HUNDRED) : amount, price.currency());
    }

    /** A line at a price as shown: excluding VAT to cents, plus its VAT to cents when asked. */
    private static Money shownLine(UnitPrice price, PricedLine line, boolean withVat) {
        Money excluding = cents(price.amount().multiply(BigDecimal.valueOf(line.quantity())), price.currency());
        return withVat ? excluding.plus(vatOn(excluding, line.vatRate())) : excluding;
    }

    private static Money vatOn(Money excluding, BigDecimal rate) {
        return cents(excluding.amount().multiply(rate).divide(HUNDRED), excluding.currency());
    }

    private static Money cents(BigDecimal amount, Currency currency) {
        return new Money(amount.setScale(2, RoundingMode.HALF_UP), currency);
    }
}
