package org.accountkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;

/** Reads an overview to its end, page after page, as a test wants to see all of it. */
public final class Pages {

    private Pages() {
    }

    /**
     * Every item of {@code overview}, in its order: the first page of {@code size}, then each next page.
     *
     * @param overview a use case or store call that answers one page
     */
    public static <T> List<T> all(int size, Function<PageRequest, Page<T>> overview) {
        List<T> items = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(size));
        while (request.isPresent()) {
            Page<T> page = overview.apply(request.get());
            items.addAll(page.items());
            request = page.nextPage();
        }
        return items;
    }

    /** Every item of {@code overview}, read in pages of 200. */
    public static <T> List<T> all(Function<PageRequest, Page<T>> overview) {
        return all(200, overview);
    }
}
