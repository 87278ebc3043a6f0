package org.accountkit.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Which page of an overview to show.
 *
 * @param page zero-based page number
 * @param size items per page, 1 to 200
 */
public record PageRequest(@PositiveOrZero int page, @Min(1) @Max(200) int size) {

    /** The first page with {@code size} items. */
    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** The number of items before this page. */
    public long offset() {
        return (long) page * size;
    }
}
