package org.accountkit.profile;

import jakarta.validation.constraints.NotNull;

import org.accountkit.pricing.ShownPrices;
import org.accountkit.pricing.VatDisplay;

/**
 * Chooses how prices are shown.
 *
 * @param vat    including or excluding VAT
 * @param prices gross, net or both
 */
public record ChangePriceDisplayCommand(@NotNull VatDisplay vat, @NotNull ShownPrices prices) {
}
