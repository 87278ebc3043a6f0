package org.accountkit.orders;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.accountkit.shared.StorableMoment;

/**
 * When the ERP expects to deliver one line of a confirmed order.
 *
 * @param lineNumber the line's number: the position of the line in the placed order, from 1
 * @param expectedOn the expected delivery date
 */
public record ExpectedDelivery(@Positive @Max(10_000) int lineNumber, @NotNull @StorableMoment LocalDate expectedOn) {
}
