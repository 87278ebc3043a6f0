package org.accountkit.orders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.PageRequest;

/**
 * Asks for a page of the order overview: newest first, filtered.
 *
 * @param filter which orders
 * @param page   which page
 */
public record OrderQuery(@NotNull @Valid OrderFilter filter, @NotNull @Valid PageRequest page) {

    /** The first page of all orders. */
    public static OrderQuery firstPage(int size) {
        return new OrderQuery(OrderFilter.all(), PageRequest.first(size));
    }
}
