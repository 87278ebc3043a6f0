package org.accountkit.budget;

import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.UserId;

/**
 * Marks whether every order of a user needs approval.
 *
 * @param user                    the user
 * @param everyOrderNeedsApproval whether every order waits for approval, budget or not
 */
public record ChangeApprovalRequirementCommand(@NotNull UserId user, boolean everyOrderNeedsApproval) {
}
