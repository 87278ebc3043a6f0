package org.accountkit.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * Which page of an overview to show: the first, or the one after a page shown before. Overviews page by position
 * (keyset paging), not by page number, so a page deep in a long history costs what the first one does, and items
 * added meanwhile neither repeat nor go missing.
 *
 * @param size  items per page, 1 to 200
 * @param after the continuation of the page before ({@link Page#next()}), or {@code null} for the first page. It is
 *              opaque: it names a position in one overview of the actor's own customer number and nothing else;
 *              one that was not made by that overview is refused with {@code InvalidCommand} on {@code page.after}
 */
public record PageRequest(@Min(1) @Max(200) int size,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,1000}", message = "{org.accountkit.PageToken.message}") String after) {

    /** The first page with {@code size} items. */
    public static PageRequest first(int size) {
        return new PageRequest(size, null);
    }

    /** Whether this asks for the first page. */
    public boolean isFirst() {
        return after == null;
    }
}
