package org.accountkit.user;

import java.util.Set;

import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.UserId;

/**
 * Replaces a user's rights.
 *
 * @param user   the user
 * @param rights every right the user shall hold; never {@link Right#MANAGE_USERS} for a plain user
 */
public record ChangeRightsCommand(@NotNull UserId user, @NotNull Set<@NotNull Right> rights) {
}
