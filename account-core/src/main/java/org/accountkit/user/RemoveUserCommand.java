package org.accountkit.user;

import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.UserId;

/**
 * Removes a user from the customer number.
 *
 * @param user the user to remove
 */
public record RemoveUserCommand(@NotNull UserId user) {
}
