package org.accountkit.orders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/**
 * A quantity of one order line, as a delivery, cancellation or shipment names it.
 *
 * @param lineNumber the line's number within its order, from 1
 * @param quantity   how many, 1 to 100,000
 */
public record LineQuantity(@Positive @Max(10_000) int lineNumber, @Positive @Max(100_000) int quantity) {
}
