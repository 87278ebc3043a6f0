package org.accountkit.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.PlainText;


/**
 * Rejects a waiting order.
 *
 * @param order  the order request
 * @param reason why, for the requester; up to 500 characters of plain text, on several lines if need be
 */
public record RejectOrderCommand(@NotNull OrderRequestId order,
        @NotBlank @Size(max = 500) @PlainText(multiline = true) String reason) {
}
