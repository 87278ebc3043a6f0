package org.accountkit.spi;

import java.util.List;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.user.EmailAddressTaken;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * Stores users. Login addresses are unique over all customer numbers regardless of case, also when two users with
 * the same address are added at the same moment: the one rule that spans customer numbers.
 */
@SecondaryPort
@Repository
public interface AccountUsers {

    /** The user with this identifier in this customer number; empty for a user of another customer number. */
    Optional<AccountUserSnapshot> find(CustomerNumber customerNumber, UserId id);

    /** The user who logs in with {@code email}, compared regardless of case, in whatever customer number. */
    Optional<AccountUserSnapshot> findByEmail(EmailAddress email);

    /**
     * One page of a customer number's users, ordered by username regardless of case, then e-mail address, after the
     * position of {@code page.after()}: keyset paging, whose continuation the store writes and reads with
     * {@link PageToken} ({@link Page#of} cuts the page).
     */
    Page<AccountUserSnapshot> list(CustomerNumber customerNumber, PageRequest page);

    /** Every user of a customer number, in no particular order: for deciding who approves. */
    List<AccountUserSnapshot> allOf(CustomerNumber customerNumber);

    /** How many administrators the customer number has. */
    long countAdministrators(CustomerNumber customerNumber);

    /**
     * Stores a new user at version 0.
     *
     * @throws EmailAddressTaken when another user logs in with the same address
     */
    void add(AccountUserSnapshot user);

    /**
     * Stores a changed user at its version plus one, provided the stored version is still its version. In the same
     * step the version of the user's budget settings, if any, moves on too, so that a submission guarded by the old
     * settings version fails ({@link SubmissionGuard}).
     *
     * @throws ConcurrentModification when the stored version differs, or the user was removed meanwhile
     */
    void update(AccountUserSnapshot user);

    /**
     * Removes a user, with their budget settings and ledger, provided the stored version is still its version; the
     * login address is free again.
     *
     * @throws ConcurrentModification when the stored version differs, or the user was removed meanwhile
     */
    void remove(AccountUserSnapshot user);
}
