package org.accountkit.user.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.accountkit.pricing.PriceDisplay;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.accountkit.shared.Text;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.user.EmailSettings;
import org.accountkit.user.PasswordHash;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A person with an own login in one customer number: an administrator ("beheerder") or a user ("gebruiker", a
 * mechanic for instance) with explicit rights. Also holds the person's own settings: how prices are shown and where
 * documents are mailed.
 */
public final class AccountUser implements AggregateRoot<AccountUser, UserId> {

    /** The longest username. */
    public static final int MAX_USERNAME = 100;

    private static final Set<Right> EVERY_RIGHT = Collections.unmodifiableSet(EnumSet.allOf(Right.class));

    private AccountUserSnapshot state;

    private AccountUser(AccountUserSnapshot state) {
        this.state = state;
        if (state.role() == Role.USER) {
            requireGrantable(state.grantedRights());
        }
    }

    /**
     * A new user, not yet stored, with the default settings: prices excluding VAT with both prices, every document
     * mailed to the login address in {@code language}.
     *
     * @throws IllegalArgumentException when a plain user would get {@link Right#MANAGE_USERS}, or the username is
     *                                  not plain text of 1 to 100 characters
     */
    public static AccountUser create(UserId id, CustomerNumber customerNumber, EmailAddress email, String username,
            Role role, Set<Right> rights, PasswordHash passwordHash, Language language) {
        return new AccountUser(new AccountUserSnapshot(id, customerNumber, email, requireUsername(username), role,
                rights, passwordHash, PriceDisplay.defaults(), EmailSettings.sendEverythingTo(email, language), 0));
    }

    /** The user as stored. */
    public static AccountUser restore(AccountUserSnapshot stored) {
        return new AccountUser(Objects.requireNonNull(stored, "stored"));
    }

    /** Whether {@code rights} may be granted to a plain user: everything but {@link Right#MANAGE_USERS}. */
    public static boolean grantableToPlainUser(Set<Right> rights) {
        return !rights.contains(Right.MANAGE_USERS);
    }

    /** Whether this user is an administrator of their customer number. */
    public boolean isAdministrator() {
        return state.role() == Role.ADMINISTRATOR;
    }

    /** Whether this user may do what {@code right} allows. */
    public boolean holds(Right right) {
        return holds(state.role(), state.grantedRights(), right);
    }

    /** Whether a user of {@code role} with {@code granted} rights may do what {@code right} allows. */
    public static boolean holds(Role role, Set<Right> granted, Right right) {
        return role == Role.ADMINISTRATOR || granted.contains(right);
    }

    /** What this user may do: every right for an administrator, the granted ones otherwise. */
    public Set<Right> effectiveRights() {
        return isAdministrator() ? EVERY_RIGHT : state.grantedRights();
    }

    /** Whether this user belongs to {@code customer}. */
    public boolean belongsTo(CustomerNumber customer) {
        return state.customerNumber().equals(customer);
    }

    /**
     * Replaces the granted rights. For an administrator they are kept for the day they become a plain user.
     *
     * @throws IllegalArgumentException when a plain user would get {@link Right#MANAGE_USERS}
     */
    public void changeRights(Set<Right> newRights) {
        if (!isAdministrator()) {
            requireGrantable(newRights);
        }
        state = with(state.role(), newRights, state.username(), state.passwordHash(), state.priceDisplay(),
                state.emailSettings());
    }

    /**
     * Makes this user an administrator or a plain user. A plain user keeps the granted rights, less
     * {@link Right#MANAGE_USERS}. Whether another administrator remains is the use case's check, since it spans
     * users.
     */
    public void changeRole(Role newRole) {
        Objects.requireNonNull(newRole, "newRole");
        Set<Right> rights = state.grantedRights();
        if (newRole == Role.USER && rights.contains(Right.MANAGE_USERS)) {
            EnumSet<Right> kept = EnumSet.copyOf(rights);
            kept.remove(Right.MANAGE_USERS);
            rights = kept;
        }
        state = with(newRole, rights, state.username(), state.passwordHash(), state.priceDisplay(),
                state.emailSettings());
    }

    /**
     * Changes the name shown in the account.
     *
     * @throws IllegalArgumentException when the name is not plain text of 1 to 100 characters
     */
    public void rename(String newUsername) {
        state = with(state.role(), state.grantedRights(), requireUsername(newUsername), state.passwordHash(),
                state.priceDisplay(), state.emailSettings());
    }

    /** Stores a new password hash; the use case has checked the current password. */
    public void changePassword(PasswordHash newHash) {
        state = with(state.role(), state.grantedRights(), state.username(), Objects.requireNonNull(newHash, "newHash"),
                state.priceDisplay(), state.emailSettings());
    }

    /** Changes how prices are shown to this user. */
    public void changePriceDisplay(PriceDisplay newDisplay) {
        state = with(state.role(), state.grantedRights(), state.username(), state.passwordHash(),
                Objects.requireNonNull(newDisplay, "newDisplay"), state.emailSettings());
    }

    /** Changes where documents are mailed and the marketing consent. */
    public void changeEmailSettings(EmailSettings newSettings) {
        state = with(state.role(), state.grantedRights(), state.username(), state.passwordHash(),
                state.priceDisplay(), Objects.requireNonNull(newSettings, "newSettings"));
    }

    /** The state to store. */
    public AccountUserSnapshot snapshot() {
        return state;
    }

    @Override
    public UserId getId() {
        return state.id();
    }

    /** The user's identifier. */
    public UserId id() {
        return state.id();
    }

    /** The customer number the user belongs to. */
    public CustomerNumber customerNumber() {
        return state.customerNumber();
    }

    /** The login address, unique over all customer numbers regardless of case. */
    public EmailAddress email() {
        return state.email();
    }

    /** The name shown in the account. */
    public String username() {
        return state.username();
    }

    /** Administrator or plain user. */
    public Role role() {
        return state.role();
    }

    /** The rights granted explicitly (an administrator holds all of them regardless). */
    public Set<Right> grantedRights() {
        return state.grantedRights();
    }

    /** The stored password hash. */
    public PasswordHash passwordHash() {
        return state.passwordHash();
    }

    /** How prices are shown to this user. */
    public PriceDisplay priceDisplay() {
        return state.priceDisplay();
    }

    /** Where documents are mailed, and the marketing consent. */
    public EmailSettings emailSettings() {
        return state.emailSettings();
    }

    /** The stored version this user was loaded at; 0 for a new user. */
    public long version() {
        return state.version();
    }

    private AccountUserSnapshot with(Role role, Set<Right> rights, String username, PasswordHash hash,
            PriceDisplay display, EmailSettings settings) {
        return new AccountUserSnapshot(state.id(), state.customerNumber(), state.email(), username, role, rights, hash,
                display, settings, state.version());
    }

    private static void requireGrantable(Set<Right> rights) {
        if (!grantableToPlainUser(rights)) {
            throw new IllegalArgumentException("only administrators hold " + Right.MANAGE_USERS);
        }
    }

    private static String requireUsername(String username) {
        return Text.requireLine(username, "username", MAX_USERNAME);
    }
}
