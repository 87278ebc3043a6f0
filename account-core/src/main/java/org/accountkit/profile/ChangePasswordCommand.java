package org.accountkit.profile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.StrongPassword;

/**
 * Changes the password.
 *
 * @param currentPassword the password in use now
 * @param newPassword     the new password, following the {@link StrongPassword password policy}
 */
public record ChangePasswordCommand(@NotNull @Size(max = 1024) String currentPassword,
        @NotNull @StrongPassword String newPassword) {

    /** Hides the passwords from logs. */
    @Override
    public String toString() {
        return "ChangePasswordCommand[***]";
    }
}
