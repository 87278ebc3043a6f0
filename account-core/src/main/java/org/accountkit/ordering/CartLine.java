package org.accountkit.ordering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.PlainText;


/**
 * A line of a cart: which article and how many.
 *
 * @param articleNumber the article number, as in the catalog
 * @param quantity      how many, 1 to 100,000
 */
public record CartLine(@NotBlank @Size(max = 40) @PlainText String articleNumber,
        @Positive @Max(100_000) int quantity) {
}
