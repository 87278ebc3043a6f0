package org.accountkit.approval;

import jakarta.validation.constraints.NotNull;


/**
 * Approves a waiting order.
 *
 * @param order the order request
 */
public record ApproveOrderCommand(@NotNull OrderRequestId order) {
}
