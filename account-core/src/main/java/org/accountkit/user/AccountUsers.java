package org.accountkit.user;

import java.util.List;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * Stores users. Implementations keep login addresses unique over all customer numbers regardless of case, also
 * when two users with the same address are added at the same moment, and return copies: changing a loaded user
 * changes nothing stored until {@link #update(AccountUser)}.
 */
@SecondaryPort
@Repository
public interface AccountUsers {

    /** The user with this identifier, in any customer number. */
    Optional<AccountUser> find(UserId id);

    /** The user who logs in with {@code email}, compared regardless of case. */
    Optional<AccountUser> findByEmail(EmailAddress email);

    /** One page of a customer number's users, ordered by username, then e-mail address. */
    Page<AccountUser> list(CustomerNumber customerNumber, PageRequest page);

    /** Every user of a customer number, in no particular order: for deciding who approves. */
    List<AccountUser> allOf(CustomerNumber customerNumber);

    /** How many administrators the customer number has. */
    long countAdministrators(CustomerNumber customerNumber);

    /**
     * Stores a new user.
     *
     * @throws EmailAddressTaken when another user logs in with the same address
     */
    void add(AccountUser user);

    /**
     * Stores a changed user, provided nobody else stored it since it was loaded; the version goes up by one.
     *
     * @throws ConcurrentModification when the stored version differs from {@link AccountUser#version()}, or the
     *                                user was removed meanwhile
     */
    void update(AccountUser user);

    /**
     * Removes a user, provided nobody else stored it since it was loaded.
     *
     * @throws ConcurrentModification when the stored version differs, or the user was removed meanwhile
     */
    void remove(AccountUser user);
}
