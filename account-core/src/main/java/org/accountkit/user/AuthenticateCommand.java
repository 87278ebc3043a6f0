package org.accountkit.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A login attempt.
 *
 * @param email    the login address, in any case
 * @param password the password
 */
public record AuthenticateCommand(@NotBlank @Size(max = 254) String email,
        @NotNull @Size(max = 1024) String password) {

    /** Hides the password from logs. */
    @Override
    public String toString() {
        return "AuthenticateCommand[email=" + email + "]";
    }
}
