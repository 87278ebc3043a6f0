package org.accountkit.user;

import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.UserId;

/**
 * Makes a user an administrator, or an administrator a plain user.
 *
 * @param user the user
 * @param role the new role
 */
public record ChangeRoleCommand(@NotNull UserId user, @NotNull Role role) {
}
