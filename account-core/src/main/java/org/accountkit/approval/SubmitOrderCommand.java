package org.accountkit.approval;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accountkit.ordering.CartLine;
import org.accountkit.shared.PlainText;

/**
 * A cart to submit as an order (or to explain before submitting).
 *
 * @param lines     what to order, 1 to 200 lines; prices and descriptions come from the catalog
 * @param reference the customer's own reference (a project or purchase order number), up to 60 characters of
 *                  plain text; may be empty
 */
public record SubmitOrderCommand(@NotEmpty @Size(max = 200) List<@NotNull @Valid CartLine> lines,
        @NotNull @Size(max = 60) @PlainText String reference) {

    /** A cart without reference. */
    public SubmitOrderCommand(List<CartLine> lines) {
        this(lines, "");
    }
}
