package org.accountkit.orders;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.PlainText;
import org.accountkit.shared.StorableMoment;

/**
 * Which orders the order overview shows. Every part is optional.
 *
 * @param from           orders on or after this day (in the customer's time zone), or {@code null}
 * @param until          orders on or before this day, or {@code null}
 * @param statuses       only orders in these statuses; empty for all
 * @param reference      only orders with exactly this customer reference, or {@code null}
 * @param erpOrderNumber only the order with this ERP order number, or {@code null}
 */
public record OrderFilter(@StorableMoment LocalDate from, @StorableMoment LocalDate until,
        @NotNull Set<@NotNull DeliveryStatus> statuses, @Size(min = 1, max = 60) @PlainText String reference,
        @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String erpOrderNumber) {

    /** Every order. */
    public static OrderFilter all() {
        return new OrderFilter(null, null, Set.of(), null, null);
    }

    /** Copies the statuses. */
    public OrderFilter {
        statuses = statuses == null ? null : Set.copyOf(statuses);
    }
}
