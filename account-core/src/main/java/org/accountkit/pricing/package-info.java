/**
 * <b>Price display</b> ("prijsinstellingen"): how a user wants prices shown: including or excluding VAT, gross,
 * net or both. Users change it through {@link org.accountkit.profile.ChangePriceDisplay}.
 *
 * <ul>
 *   <li>Values: {@link org.accountkit.pricing.PriceDisplay}, {@link org.accountkit.pricing.VatDisplay},
 *       {@link org.accountkit.pricing.ShownPrices}.</li>
 * </ul>
 */
package org.accountkit.pricing;
