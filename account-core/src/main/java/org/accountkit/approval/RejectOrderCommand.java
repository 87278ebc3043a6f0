package org.accountkit.approval;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.CheapCheck;

/**
 * Rejects a waiting order.
 *
 * @param order  the order request
 * @param reason why, for the requester; up to 500 characters
 */
public record RejectOrderCommand(@NotNull OrderRequestId order, @NotBlank @Size(max = 500) String reason)
        implements CheapCheck {

    /** The constraints above in plain Java, for the hot path. */
    @Override
    public boolean passesCheapCheck() {
        return order != null && CheapCheck.notBlank(reason) && reason.length() <= 500;
    }
}
