package org.accountkit.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of an overview.
 *
 * @param items      the items on this page, in the overview's order
 * @param page       zero-based page number
 * @param size       the requested page size
 * @param totalItems the number of items on all pages together
 * @param <T>        the item type
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    /** Copies the items, so that the page cannot change afterwards. */
    public Page {
        items = List.copyOf(items);
    }

    /** Cuts one page out of a complete, ordered list. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
    }

    /** The number of pages, at least 1. */
    public int totalPages() {
        return (int) Math.max(1, (totalItems + size - 1) / size);
    }

    /** This page with every item converted. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
