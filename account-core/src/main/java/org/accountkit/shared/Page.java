package org.accountkit.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of an overview.
 *
 * @param items the items on this page, in the overview's order
 * @param size  the requested page size
 * @param next  the continuation that asks for the page after this one, or {@code null} when this is the last page;
 *              pass it back with {@link #nextPage()} or as {@link PageRequest#after()}
 * @param <T>   the item type
 */
public record Page<T>(List<T> items, int size, String next) {

    /** Copies the items, so that the page cannot change afterwards. */
    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page of {@code fetched}: a store asks for one item more than the page holds, and that extra item tells
     * that a next page exists; its continuation is the position of the last item shown.
     *
     * @param fetched    up to {@code request.size() + 1} items, in the overview's order, after the requested position
     * @param request    the page asked for
     * @param positionOf the continuation that points just past an item
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, Function<? super T, String> positionOf) {
        if (fetched.size() <= request.size()) {
            return new Page<>(fetched, request.size(), null);
        }
        List<T> shown = fetched.subList(0, request.size());
        return new Page<>(shown, request.size(), positionOf.apply(shown.get(shown.size() - 1)));
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return next != null;
    }

    /** The request for the page after this one, of the same size; empty on the last page. */
    public Optional<PageRequest> nextPage() {
        return next == null ? Optional.empty() : Optional.of(new PageRequest(size, next));
    }

    /** This page with every item converted. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), size, next);
    }
}
