package org.accountkit.spi;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.accountkit.pricing.PriceDisplay;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.UserId;
import org.accountkit.user.EmailSettings;
import org.accountkit.user.PasswordHash;
import org.accountkit.user.Right;
import org.accountkit.user.Role;

/**
 * A user as stored.
 *
 * @param id             the user's identifier
 * @param customerNumber the customer number the user belongs to
 * @param email          the login address, unique over all customer numbers regardless of case
 * @param username       the name shown in the account
 * @param role           administrator or plain user
 * @param grantedRights  the rights granted explicitly
 * @param passwordHash   the password's one-way hash
 * @param priceDisplay   how prices are shown to the user
 * @param emailSettings  where documents are mailed, and the marketing consent
 * @param version        the stored version it was loaded at; 0 for a new user
 */
public record AccountUserSnapshot(UserId id, CustomerNumber customerNumber, EmailAddress email, String username,
        Role role, Set<Right> grantedRights, PasswordHash passwordHash, PriceDisplay priceDisplay,
        EmailSettings emailSettings, long version) {

    /** Refuses missing parts and keeps the rights unmodifiable. */
    public AccountUserSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        grantedRights = unmodifiable(grantedRights);
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(priceDisplay, "priceDisplay");
        Objects.requireNonNull(emailSettings, "emailSettings");
    }

    private static Set<Right> unmodifiable(Set<Right> rights) {
        Objects.requireNonNull(rights, "grantedRights");
        return Collections.unmodifiableSet(rights.isEmpty() ? EnumSet.noneOf(Right.class) : EnumSet.copyOf(rights));
    }
}
