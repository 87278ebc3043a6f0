package org.accountkit;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Validator;

import org.accountkit.address.AddAddress;
import org.accountkit.address.ChangeAddress;
import org.accountkit.address.DeleteAddress;
import org.accountkit.address.ListAddresses;
import org.accountkit.address.SetPrimaryAddress;
import org.accountkit.address.internal.AddressBookKeeping;
import org.accountkit.audit.ListAuditTrail;
import org.accountkit.audit.internal.AuditTrailView;
import org.accountkit.customer.ChangeInvoiceAddress;
import org.accountkit.customer.RegisterCustomerAccount;
import org.accountkit.customer.internal.CustomerRegistration;
import org.accountkit.profile.ChangeEmailSettings;
import org.accountkit.profile.ChangePassword;
import org.accountkit.profile.ChangePriceDisplay;
import org.accountkit.profile.ChangeUsername;
import org.accountkit.profile.ViewProfile;
import org.accountkit.profile.internal.ProfileSettings;
import org.accountkit.shared.CommandValidation;
import org.accountkit.user.AddUser;
import org.accountkit.user.Authenticate;
import org.accountkit.user.ChangeRights;
import org.accountkit.user.ChangeRole;
import org.accountkit.user.ListUsers;
import org.accountkit.user.PasswordHashing;
import org.accountkit.user.RemoveUser;
import org.accountkit.user.internal.PasswordLogin;
import org.accountkit.user.internal.UserAdministration;

/**
 * The entry point: a webshop builds one AccountKit from its adapters and takes the use cases it needs from it.
 *
 * <pre>{@code
 * AccountKit kit = AccountKit.builder()
 *         .storage(JdbcAccountStorage.migrate(dataSource))
 *         .passwordHashing(new Argon2PasswordHashing())
 *         .clock(Clock.systemUTC())
 *         .build();
 * kit.addUser().add(actor, new AddUserCommand(...));
 * }</pre>
 *
 * <p>AccountKit is thread-safe and starts no threads; build it once and share it.
 */
public final class AccountKit {

    private final CustomerRegistration customers;
    private final UserAdministration userAdministration;
    private final PasswordLogin login;
    private final AddressBookKeeping addresses;
    private final ProfileSettings profile;
    private final AuditTrailView audit;

    private AccountKit(Builder builder) {
        AccountStorage storage = builder.storage;
        CommandValidation validation = new CommandValidation(
                builder.validator != null ? builder.validator : CommandValidation.defaultValidator());
        Clock clock = builder.clock;
        Supplier<UUID> ids = builder.ids;
        this.customers = new CustomerRegistration(storage.customerAccounts(), storage.users(),
                storage.addressBooks(), storage.auditTrail(), storage.transactions(), builder.passwordHashing,
                validation, clock, ids);
        this.userAdministration = new UserAdministration(storage.users(), storage.customerAccounts(),
                storage.auditTrail(), storage.transactions(), builder.passwordHashing, validation, clock, ids);
        this.login = new PasswordLogin(storage.users(), builder.passwordHashing, validation);
        this.addresses = new AddressBookKeeping(storage.addressBooks(), storage.users(), storage.auditTrail(),
                storage.transactions(), validation, clock, ids);
        this.profile = new ProfileSettings(storage.users(), storage.customerAccounts(), storage.auditTrail(),
                storage.transactions(), builder.passwordHashing, validation, clock);
        this.audit = new AuditTrailView(storage.auditTrail(), storage.users(), validation);
    }

    /** Starts building an AccountKit. */
    public static Builder builder() {
        return new Builder();
    }

    /** Customer service registers a customer number with its first administrator. */
    public RegisterCustomerAccount registerCustomerAccount() {
        return customers;
    }

    /** Customer service changes an invoice address. */
    public ChangeInvoiceAddress changeInvoiceAddress() {
        return customers;
    }

    /** An administrator adds a user. */
    public AddUser addUser() {
        return userAdministration;
    }

    /** An administrator removes a user. */
    public RemoveUser removeUser() {
        return userAdministration;
    }

    /** An administrator changes a user's rights. */
    public ChangeRights changeRights() {
        return userAdministration;
    }

    /** An administrator promotes or demotes a user. */
    public ChangeRole changeRole() {
        return userAdministration;
    }

    /** The user overview, for administrators. */
    public ListUsers listUsers() {
        return userAdministration;
    }

    /** Checks a login. */
    public Authenticate authenticate() {
        return login;
    }

    /** Saves a delivery address. */
    public AddAddress addAddress() {
        return addresses;
    }

    /** Changes a saved address. */
    public ChangeAddress changeAddress() {
        return addresses;
    }

    /** Deletes a saved address. */
    public DeleteAddress deleteAddress() {
        return addresses;
    }

    /** Chooses the primary delivery address. */
    public SetPrimaryAddress setPrimaryAddress() {
        return addresses;
    }

    /** Lists the saved addresses. */
    public ListAddresses listAddresses() {
        return addresses;
    }

    /** A user's own profile. */
    public ViewProfile viewProfile() {
        return profile;
    }

    /** A user changes their username. */
    public ChangeUsername changeUsername() {
        return profile;
    }

    /** A user changes their password. */
    public ChangePassword changePassword() {
        return profile;
    }

    /** A user changes their e-mail settings. */
    public ChangeEmailSettings changeEmailSettings() {
        return profile;
    }

    /** A user changes how prices are shown. */
    public ChangePriceDisplay changePriceDisplay() {
        return profile;
    }

    /** The audit trail of a customer number. */
    public ListAuditTrail listAuditTrail() {
        return audit;
    }

    /** Collects the adapters an AccountKit runs on. */
    public static final class Builder {

        private AccountStorage storage;
        private PasswordHashing passwordHashing;
        private Clock clock = Clock.systemUTC();
        private Validator validator;
        private Supplier<UUID> ids = UUID::randomUUID;

        private Builder() {
        }

        /** Where AccountKit stores everything; required. */
        public Builder storage(AccountStorage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /** How passwords are hashed; required (e.g. {@code new Argon2PasswordHashing()}). */
        public Builder passwordHashing(PasswordHashing passwordHashing) {
            this.passwordHashing = Objects.requireNonNull(passwordHashing, "passwordHashing");
            return this;
        }

        /** The clock every moment comes from; defaults to {@link Clock#systemUTC()}. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The Bean Validation validator for commands; defaults to a Hibernate Validator that needs no Expression
         * Language on the class path. AccountKit takes its texts from its own bundle either way.
         */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /** Where new identifiers come from; defaults to random UUIDs. Tests pass a sequence. */
        public Builder ids(Supplier<UUID> ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /**
         * The AccountKit.
         *
         * @throws IllegalStateException when the storage or the password hashing is missing
         */
        public AccountKit build() {
            if (storage == null) {
                throw new IllegalStateException("AccountKit needs a storage: InMemoryAccountStorage or JdbcAccountStorage");
            }
            if (passwordHashing == null) {
                throw new IllegalStateException("AccountKit needs a password hashing, e.g. Argon2PasswordHashing");
            }
            return new AccountKit(this);
        }
    }
}
