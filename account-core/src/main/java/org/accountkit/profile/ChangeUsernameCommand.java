package org.accountkit.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.PlainText;

/**
 * Changes the name shown in the account.
 *
 * @param username the new name, at most 100 characters
 */
public record ChangeUsernameCommand(@NotBlank @Size(max = 100) @PlainText String username) {
}
