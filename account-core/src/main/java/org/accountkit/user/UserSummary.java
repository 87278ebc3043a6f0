package org.accountkit.user;

import java.util.Set;

import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.UserId;

/**
 * A line of the user overview.
 *
 * @param id       the user
 * @param email    the login address
 * @param username the name shown
 * @param role     administrator or plain user
 * @param rights   what the user may do (all rights for an administrator)
 */
public record UserSummary(UserId id, EmailAddress email, String username, Role role, Set<Right> rights) {

    /** Copies the rights. */
    public UserSummary {
        rights = Set.copyOf(rights);
    }

}
