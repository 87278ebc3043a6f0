package org.accountkit.orders;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.Money;
import org.accountkit.shared.PlainText;
import org.accountkit.shared.StorableMoment;
import org.accountkit.shared.ValidAmount;

/**
 * A line of an order taken in another channel.
 *
 * @param articleNumber the article number
 * @param description   the article's description, may be empty
 * @param quantity      how many, 1 to 100,000
 * @param unitNetPrice  the price per unit excluding VAT; every line of an order in one currency
 * @param vatRate       the VAT rate in percent, 0 to 100, at most two decimals
 * @param expectedOn    when the ERP expects to deliver it
 */
public record ChannelOrderLine(@NotBlank @Size(max = 40) @PlainText String articleNumber,
        @NotNull @Size(max = 200) @PlainText String description, @Positive @Max(100_000) int quantity,
        @NotNull @ValidAmount Money unitNetPrice,
        @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal vatRate,
        @NotNull @StorableMoment LocalDate expectedOn) {
}
