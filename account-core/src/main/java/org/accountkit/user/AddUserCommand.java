package org.accountkit.user;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.PlainText;
import org.accountkit.shared.StrongPassword;
import org.accountkit.shared.ValidEmailAddress;

/**
 * Adds a user with an own login to the administrator's customer number.
 *
 * @param email           the login address, unique over all customer numbers
 * @param username        the name shown in the account, e.g. "Jan de Monteur"
 * @param role            administrator or plain user
 * @param rights          the rights of a plain user (an administrator holds all); never {@link Right#MANAGE_USERS}
 *                        for a plain user
 * @param initialPassword the first password, following the {@link StrongPassword password policy}
 */
public record AddUserCommand(
        @NotBlank @ValidEmailAddress String email,
        @NotBlank @Size(max = 100) @PlainText String username,
        @NotNull Role role,
        @NotNull Set<@NotNull Right> rights,
        @NotNull @StrongPassword String initialPassword) {

    /** Hides the password from logs. */
    @Override
    public String toString() {
        return "AddUserCommand[email=" + email + ", username=" + username + ", role=" + role + ", rights=" + rights
                + "]";
    }
}
