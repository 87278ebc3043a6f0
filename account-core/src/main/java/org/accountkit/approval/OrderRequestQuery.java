package org.accountkit.approval;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.PageRequest;

/**
 * Asks for a page of order requests in some statuses, newest first.
 *
 * @param statuses which statuses, e.g. {@code AWAITING_APPROVAL} for "goed te keuren"
 * @param page     which page
 */
public record OrderRequestQuery(@NotEmpty Set<@NotNull OrderStatus> statuses, @NotNull @Valid PageRequest page) {

    /** The first page of requests in {@code status}. */
    public static OrderRequestQuery firstPage(OrderStatus status, int size) {
        return new OrderRequestQuery(Set.of(status), PageRequest.first(size));
    }
}
