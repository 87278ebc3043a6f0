package org.accountkit.lists;

import java.util.List;
import java.util.Objects;

import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.quote.RequestQuoteCommand;

/**
 * A whole list as a cart: the lines the catalog still offers, and the ones it no longer does, reported rather than
 * silently dropped.
 *
 * @param lines       the articles the catalog offers, with the list's quantities, in list order
 * @param unavailable the list's lines whose article the catalog no longer offers
 */
public record ListAsCart(List<CartLine> lines, List<ArticleListLine> unavailable) {

    /** Keeps its own copies of the lists. */
    public ListAsCart {
        lines = List.copyOf(lines);
        unavailable = List.copyOf(unavailable);
    }

    /** The order to submit with {@code SubmitOrder}; invalid (no lines) when nothing is available. */
    public SubmitOrderCommand toOrder(String reference) {
        return new SubmitOrderCommand(lines, Objects.requireNonNull(reference, "reference"));
    }

    /** The quote request for {@code RequestQuote}; invalid (no lines) when nothing is available. */
    public RequestQuoteCommand toQuoteRequest(String remark) {
        return new RequestQuoteCommand(lines, Objects.requireNonNull(remark, "remark"));
    }
}
