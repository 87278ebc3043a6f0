package org.accountkit.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Changes the name shown in the account.
 *
 * @param username the new name, at most 100 characters
 */
public record ChangeUsernameCommand(@NotBlank @Size(max = 100) String username) {
}
