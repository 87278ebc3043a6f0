package org.accountkit.pricing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.shared.Money;

/**
 * Lines and totals as a user sees them. The totals are what is charged, whatever the setting: the sum of the lines
 * excluding VAT, the VAT split per rate (each the sum of its lines' VAT), and the grand total; a setting changes only
 * how the lines are shown, never an amount charged.
 *
 * @param display          the setting the lines are shown in
 * @param lines            the lines, in the order given
 * @param totalExcludingVat the sum of the lines excluding VAT
 * @param vat              the VAT per rate, lowest rate first
 * @param vatTotal         the sum of the split
 * @param totalIncludingVat the grand total: excluding VAT plus VAT
 * @param grossTotal       the sum of the lines' list prices as shown (with or without VAT), when the setting shows
 *                         gross prices and every line knows its own
 */
public record ShownCart(PriceDisplay display, List<ShownLine> lines, Money totalExcludingVat, List<VatSplit> vat,
        Money vatTotal, Money totalIncludingVat, Optional<Money> grossTotal) {

    /** Refuses missing parts; keeps its own copies of the lists. */
    public ShownCart {
        Objects.requireNonNull(display, "display");
        lines = List.copyOf(lines);
        Objects.requireNonNull(totalExcludingVat, "totalExcludingVat");
        vat = List.copyOf(vat);
        Objects.requireNonNull(vatTotal, "vatTotal");
        Objects.requireNonNull(totalIncludingVat, "totalIncludingVat");
        Objects.requireNonNull(grossTotal, "grossTotal");
    }
}
