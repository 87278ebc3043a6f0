package org.accountkit.user;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.accountkit.customer.CustomerNumber;
import org.accountkit.pricing.PriceDisplay;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.UserId;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A person with an own login in one customer number: an administrator ("beheerder") or a user ("gebruiker", a
 * mechanic for instance) with explicit rights. Also holds the person's own settings: how prices are shown and where
 * documents are mailed.
 */
public final class AccountUser implements AggregateRoot<AccountUser, UserId> {

    private static final Set<Right> EVERY_RIGHT = Collections.unmodifiableSet(EnumSet.allOf(Right.class));

    private final UserId id;
    private final CustomerNumber customerNumber;
    private final EmailAddress email;
    private String username;
    private Role role;
    /** Immutable; a change replaces it, so copies can share it. */
    private Set<Right> rights;
    private PasswordHash passwordHash;
    private PriceDisplay priceDisplay;
    private EmailSettings emailSettings;
    private final long version;

    private AccountUser(UserId id, CustomerNumber customerNumber, EmailAddress email, String username, Role role,
            Set<Right> rights, PasswordHash passwordHash, PriceDisplay priceDisplay, EmailSettings emailSettings,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerNumber = Objects.requireNonNull(customerNumber, "customerNumber");
        this.email = Objects.requireNonNull(email, "email");
        this.username = requireUsername(username);
        this.role = Objects.requireNonNull(role, "role");
        this.rights = immutableCopy(rights);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.priceDisplay = Objects.requireNonNull(priceDisplay, "priceDisplay");
        this.emailSettings = Objects.requireNonNull(emailSettings, "emailSettings");
        this.version = version;
        if (role == Role.USER) {
            requireGrantable(this.rights);
        }
    }

    /**
     * A new user, not yet stored, with the default settings: prices excluding VAT with both prices, every document
     * mailed to the login address.
     *
     * @throws IllegalArgumentException when a plain user would get {@link Right#MANAGE_USERS}
     */
    public static AccountUser create(UserId id, CustomerNumber customerNumber, EmailAddress email, String username,
            Role role, Set<Right> rights, PasswordHash passwordHash) {
        return new AccountUser(id, customerNumber, email, username, role, rights, passwordHash,
                PriceDisplay.defaults(), EmailSettings.sendEverythingTo(email), 0);
    }

    /** Rebuilds a stored user; for adapters. */
    public static AccountUser reconstitute(UserId id, CustomerNumber customerNumber, EmailAddress email,
            String username, Role role, Set<Right> rights, PasswordHash passwordHash, PriceDisplay priceDisplay,
            EmailSettings emailSettings, long version) {
        return new AccountUser(id, customerNumber, email, username, role, rights, passwordHash, priceDisplay,
                emailSettings, version);
    }

    /** A copy of {@code original} at {@code version}; its parts are immutable and shared. */
    private AccountUser(AccountUser original, long version) {
        this.id = original.id;
        this.customerNumber = original.customerNumber;
        this.email = original.email;
        this.username = original.username;
        this.role = original.role;
        this.rights = original.rights;
        this.passwordHash = original.passwordHash;
        this.priceDisplay = original.priceDisplay;
        this.emailSettings = original.emailSettings;
        this.version = version;
    }

    /** A copy at {@code version}, for adapters that store and hand out copies: changing one never changes the other. */
    public AccountUser copyAtVersion(long version) {
        return new AccountUser(this, version);
    }

    /** Whether {@code rights} may be granted to a plain user: everything but {@link Right#MANAGE_USERS}. */
    public static boolean grantableToPlainUser(Set<Right> rights) {
        return !rights.contains(Right.MANAGE_USERS);
    }

    /** Whether this user is an administrator of their customer number. */
    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }

    /** Whether this user may do what {@code right} allows. */
    public boolean holds(Right right) {
        return isAdministrator() || rights.contains(right);
    }

    /** What this user may do: every right for an administrator, the granted ones otherwise. */
    public Set<Right> effectiveRights() {
        return isAdministrator() ? EVERY_RIGHT : rights;
    }

    /** Whether this user belongs to {@code customer}. */
    public boolean belongsTo(CustomerNumber customer) {
        return customerNumber.equals(customer);
    }

    /**
     * Replaces the granted rights. For an administrator they are kept for the day they become a plain user.
     *
     * @throws IllegalArgumentException when a plain user would get {@link Right#MANAGE_USERS}
     */
    public void changeRights(Set<Right> newRights) {
        Set<Right> copy = immutableCopy(newRights);
        if (!isAdministrator()) {
            requireGrantable(copy);
        }
        rights = copy;
    }

    /**
     * Makes this user an administrator or a plain user. A plain user keeps the granted rights, less
     * {@link Right#MANAGE_USERS}. Whether another administrator remains is the use case's check, since it spans
     * users.
     */
    public void changeRole(Role newRole) {
        this.role = Objects.requireNonNull(newRole, "newRole");
        if (newRole == Role.USER && rights.contains(Right.MANAGE_USERS)) {
            EnumSet<Right> kept = EnumSet.copyOf(rights);
            kept.remove(Right.MANAGE_USERS);
            rights = immutableCopy(kept);
        }
    }

    /** Changes the name shown in the account. */
    public void rename(String newUsername) {
        this.username = requireUsername(newUsername);
    }

    /** Stores a new password hash; the use case has checked the current password. */
    public void changePassword(PasswordHash newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    /** Changes how prices are shown to this user. */
    public void changePriceDisplay(PriceDisplay newDisplay) {
        this.priceDisplay = Objects.requireNonNull(newDisplay, "newDisplay");
    }

    /** Changes where documents are mailed and the marketing consent. */
    public void changeEmailSettings(EmailSettings newSettings) {
        this.emailSettings = Objects.requireNonNull(newSettings, "newSettings");
    }

    @Override
    public UserId getId() {
        return id;
    }

    /** The user's identifier. */
    public UserId id() {
        return id;
    }

    /** The customer number the user belongs to. */
    public CustomerNumber customerNumber() {
        return customerNumber;
    }

    /** The login address, unique over all customer numbers regardless of case. */
    public EmailAddress email() {
        return email;
    }

    /** The name shown in the account. */
    public String username() {
        return username;
    }

    /** Administrator or plain user. */
    public Role role() {
        return role;
    }

    /** The rights granted explicitly (an administrator holds all of them regardless). */
    public Set<Right> grantedRights() {
        return rights;
    }

    /** The stored password hash. */
    public PasswordHash passwordHash() {
        return passwordHash;
    }

    /** How prices are shown to this user. */
    public PriceDisplay priceDisplay() {
        return priceDisplay;
    }

    /** Where documents are mailed, and the marketing consent. */
    public EmailSettings emailSettings() {
        return emailSettings;
    }

    /** The stored version this instance was loaded at; 0 for a new user. */
    public long version() {
        return version;
    }

    private static Set<Right> immutableCopy(Set<Right> rights) {
        return Collections.unmodifiableSet(rights.isEmpty() ? EnumSet.noneOf(Right.class) : EnumSet.copyOf(rights));
    }

    private static void requireGrantable(Set<Right> rights) {
        if (!grantableToPlainUser(rights)) {
            throw new IllegalArgumentException("only administrators hold " + Right.MANAGE_USERS);
        }
    }

    private static String requireUsername(String username) {
        Objects.requireNonNull(username, "username");
        String stripped = username.strip();
        if (stripped.isEmpty() || stripped.length() > 100) {
            throw new IllegalArgumentException("a username has 1 to 100 characters");
        }
        return stripped;
    }
}
