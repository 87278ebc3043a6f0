package org.accountkit.budget;

import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.UserId;

/**
 * Takes a user's budget away.
 *
 * @param user the user
 */
public record RemoveBudgetCommand(@NotNull UserId user) {
}
