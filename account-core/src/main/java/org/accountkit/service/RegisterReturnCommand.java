package org.accountkit.service;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.orders.ErpDocument;
import org.accountkit.orders.LineQuantity;
import org.accountkit.shared.PlainText;

/**
 * Returns delivered goods of one order.
 *
 * @param erpOrderNumber the order, one the user sees in the order overview
 * @param lines          the order lines and how many of each go back, 1 to 200 lines, each line once
 * @param reason         why, from the list
 * @param remark         the customer's own words, at most 2,000 characters, several lines allowed; required when the
 *                       reason is {@link ReturnReason#OTHER}, may be empty otherwise
 * @param idempotencyKey the host's key for this registration, so that a retried one answers the first return number
 *                       instead of registering again; same shape as {@link SubmitOrderCommand#idempotencyKey()},
 *                       empty for none
 */
public record RegisterReturnCommand(@NotBlank @Pattern(regexp = ErpDocument.NUMBER_PATTERN) String erpOrderNumber,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid LineQuantity> lines, @NotNull ReturnReason reason,
        @NotNull @Size(max = 2000) @PlainText(multiline = true) String remark,
        @NotNull @Pattern(regexp = SubmitOrderCommand.IDEMPOTENCY_KEY) String idempotencyKey) {

    /** A return without idempotency key. */
    public RegisterReturnCommand(String erpOrderNumber, List<LineQuantity> lines, ReturnReason reason,
            String remark) {
        this(erpOrderNumber, lines, reason, remark, "");
    }

    /** This return under the host's idempotency key. */
    public RegisterReturnCommand withIdempotencyKey(String key) {
        return new RegisterReturnCommand(erpOrderNumber, lines, reason, remark, key);
    }
}
