package org.accountkit.approval;

import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.CheapCheck;

/**
 * Approves a waiting order.
 *
 * @param order the order request
 */
public record ApproveOrderCommand(@NotNull OrderRequestId order) implements CheapCheck {

    /** The constraints above in plain Java, for the hot path. */
    @Override
    public boolean passesCheapCheck() {
        return order != null;
    }
}
