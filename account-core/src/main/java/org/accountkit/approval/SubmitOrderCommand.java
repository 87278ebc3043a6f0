package org.accountkit.approval;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.ordering.CartLine;
import org.accountkit.shared.PlainText;

/**
 * A cart to submit as an order (or to explain before submitting).
 *
 * @param lines     what to order, 1 to 200 lines; prices and descriptions come from the catalog
 * @param reference the customer's own reference (a project or purchase order number), up to 60 characters of
 *                  plain text; may be empty
 * @param idempotencyKey the host's key for this submission (per cart, say), so that a retried or double-clicked
 *                  submission places or reserves once: the same key within a customer number answers the first
 *                  call's outcome again. Up to 100 letters, digits and {@code . _ : -}; empty for none
 */
public record SubmitOrderCommand(@NotEmpty @Size(max = 200) List<@NotNull @Valid CartLine> lines,
        @NotNull @Size(max = 60) @PlainText String reference,
        @NotNull @Pattern(regexp = IDEMPOTENCY_KEY) String idempotencyKey) {

    /** The shape of an idempotency key: empty, or up to 100 letters, digits and {@code . _ : -}. */
    public static final String IDEMPOTENCY_KEY = "^[A-Za-z0-9._:-]{0,100}$";

    /** A cart with a reference and without idempotency key. */
    public SubmitOrderCommand(List<CartLine> lines, String reference) {
        this(lines, reference, "");
    }

    /** A cart without reference or idempotency key. */
    public SubmitOrderCommand(List<CartLine> lines) {
        this(lines, "");
    }

    /** This cart under the host's idempotency key. */
    public SubmitOrderCommand withIdempotencyKey(String key) {
        return new SubmitOrderCommand(lines, reference, key);
    }
}
