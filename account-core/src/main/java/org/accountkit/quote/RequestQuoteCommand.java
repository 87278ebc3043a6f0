package org.accountkit.quote;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accountkit.ordering.CartLine;
import org.accountkit.shared.PlainText;

/**
 * Asks for a quote: for one article from its product page (one line), or for a whole cart or article list.
 *
 * @param lines  the articles and quantities, 1 to 200 lines
 * @param remark what the customer wants to add, at most 2,000 characters, several lines allowed, may be empty
 */
public record RequestQuoteCommand(@NotEmpty @Size(max = 200) List<@NotNull @Valid CartLine> lines,
        @NotNull @Size(max = 2000) @PlainText(multiline = true) String remark) {

    /** A quote for one article, from its product page. */
    public static RequestQuoteCommand forArticle(String articleNumber, int quantity, String remark) {
        return new RequestQuoteCommand(List.of(new CartLine(articleNumber, quantity)), remark);
    }
}
