package org.accountkit.profile;

import java.util.Set;

import org.accountkit.customer.CompanyProfile;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.pricing.PriceDisplay;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.UserId;
import org.accountkit.user.EmailSettings;
import org.accountkit.user.Right;
import org.accountkit.user.Role;

/**
 * What a user sees under "Profiel": their own settings and, read-only, the company profile.
 *
 * @param user           the user
 * @param customerNumber their customer number
 * @param email          the login address
 * @param username       the name shown
 * @param role           administrator or plain user
 * @param rights         what they may do
 * @param priceDisplay   how prices are shown to them
 * @param emailSettings  where their documents are mailed, and their marketing consent
 * @param company        the company profile, read-only
 */
public record ProfileView(UserId user, CustomerNumber customerNumber, EmailAddress email, String username, Role role,
        Set<Right> rights, PriceDisplay priceDisplay, EmailSettings emailSettings, CompanyProfile company) {

    /** Copies the rights. */
    public ProfileView {
        rights = Set.copyOf(rights);
    }
}
