package org.accountkit.approval;

import jakarta.validation.constraints.NotNull;


/**
 * Withdraws one's own waiting order.
 *
 * @param order the order request
 */
public record WithdrawOrderCommand(@NotNull OrderRequestId order) {
}
