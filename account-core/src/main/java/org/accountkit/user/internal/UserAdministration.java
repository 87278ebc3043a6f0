package org.accountkit.user.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.shared.Actor;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.spi.AccountUsers;
import org.accountkit.spi.AuditTrail;
import org.accountkit.spi.CustomerAccountSnapshot;
import org.accountkit.spi.CustomerAccounts;
import org.accountkit.spi.Transactions;
import org.accountkit.user.AddUser;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.ChangeRights;
import org.accountkit.user.ChangeRightsCommand;
import org.accountkit.user.ChangeRole;
import org.accountkit.user.ChangeRoleCommand;
import org.accountkit.user.LastAdministrator;
import org.accountkit.user.ListUsers;
import org.accountkit.user.PasswordHashing;
import org.accountkit.user.RemoveUser;
import org.accountkit.user.RemoveUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.accountkit.user.UserSummary;

/**
 * The administrator's user management: adding and removing users, rights and roles, and the user overview.
 *
 * <p>The customer number always keeps an administrator. Removing or demoting one counts the administrators and
 * saves the customer account in the same transaction; the account's version makes two such changes at the same
 * moment conflict, so they cannot both pass the count.
 */
public final class UserAdministration implements AddUser, RemoveUser, ChangeRights, ChangeRole, ListUsers {

    private static final String MANAGE_USERS_RESERVED = "org.accountkit.ManageUsersReserved.message";

    private final AccountUsers users;
    private final CustomerAccounts accounts;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final PasswordHashing hashing;
    private final CommandValidation validation;
    private final AccessPolicy access;
    private final Clock clock;
    private final Supplier<UUID> ids;

    /** Wires the use cases to their ports. */
    public UserAdministration(AccountUsers users, CustomerAccounts accounts, AuditTrail audit,
            Transactions transactions, PasswordHashing hashing, CommandValidation validation, Clock clock,
            Supplier<UUID> ids) {
        this.users = Objects.requireNonNull(users, "users");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.hashing = Objects.requireNonNull(hashing, "hashing");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.access = new AccessPolicy(users);
    }

    @Override
    public UserId add(Actor actor, AddUserCommand command) {
        validation.validate(actor, command);
        if (command.role() == Role.USER && !AccountUser.grantableToPlainUser(command.rights())) {
            throw new InvalidCommand(List.of(CommandValidation.violation("rights", MANAGE_USERS_RESERVED)));
        }
        AccountUser administrator = access.requireRight(actor, Right.MANAGE_USERS);
        AccountUser user = AccountUser.create(new UserId(ids.get()), administrator.customerNumber(),
                new EmailAddress(command.email()), command.username(), command.role(), command.rights(),
                hashing.hash(command.initialPassword()), accounts.find(administrator.customerNumber())
                        .map(account -> Language.defaultFor(account.invoiceAddress().country()))
                        .orElse(Language.DUTCH));
        transactions.run(() -> {
            users.add(user.snapshot());
            record(administrator, AuditAction.USER_ADDED, user,
                    "role " + user.role() + ", rights " + sorted(user.grantedRights()));
        });
        return user.id();
    }

    @Override
    public void remove(Actor actor, RemoveUserCommand command) {
        validation.validate(actor, command);
        AccountUser administrator = access.requireRight(actor, Right.MANAGE_USERS);
        transactions.run(() -> {
            AccountUser user = access.colleague(administrator, command.user());
            if (user.isAdministrator()) {
                keepAnotherAdministrator(user);
            }
            users.remove(user.snapshot());
            record(administrator, AuditAction.USER_REMOVED, user, "removed");
        });
    }

    @Override
    public void change(Actor actor, ChangeRightsCommand command) {
        validation.validate(actor, command);
        AccountUser administrator = access.requireRight(actor, Right.MANAGE_USERS);
        transactions.run(() -> {
            AccountUser user = access.colleague(administrator, command.user());
            if (!user.isAdministrator() && !AccountUser.grantableToPlainUser(command.rights())) {
                throw new InvalidCommand(List.of(CommandValidation.violation("rights", MANAGE_USERS_RESERVED)));
            }
            user.changeRights(command.rights());
            users.update(user.snapshot());
            record(administrator, AuditAction.RIGHTS_CHANGED, user, "rights " + sorted(user.grantedRights()));
        });
    }

    @Override
    public void change(Actor actor, ChangeRoleCommand command) {
        validation.validate(actor, command);
        AccountUser administrator = access.requireRight(actor, Right.MANAGE_USERS);
        transactions.run(() -> {
            AccountUser user = access.colleague(administrator, command.user());
            if (user.role() == command.role()) {
                return;
            }
            if (user.isAdministrator()) {
                keepAnotherAdministrator(user);
            }
            user.changeRole(command.role());
            users.update(user.snapshot());
            record(administrator, AuditAction.ROLE_CHANGED, user, "role " + user.role());
        });
    }

    @Override
    public Page<UserSummary> list(Actor actor, PageRequest page) {
        validation.validate(actor, page, "page");
        AccountUser administrator = access.requireRight(actor, Right.MANAGE_USERS);
        return users.list(administrator.customerNumber(), page).map(UserAdministration::summary);
    }

    /**
     * Refuses to let {@code leaving} stop being an administrator when nobody else is one. The account is loaded
     * before counting and saved after, so a concurrent change of the administrators fails on its version.
     */
    private void keepAnotherAdministrator(AccountUser leaving) {
        CustomerAccountSnapshot account = accounts.find(leaving.customerNumber())
                .orElseThrow(() -> new NotFound("customer account"));
        if (users.countAdministrators(leaving.customerNumber()) <= 1) {
            throw new LastAdministrator(leaving.id());
        }
        accounts.update(account);
    }

    /** The overview line of a user. */
    static UserSummary summary(AccountUserSnapshot stored) {
        AccountUser user = AccountUser.restore(stored);
        return new UserSummary(user.id(), user.email(), user.username(), user.role(), user.effectiveRights());
    }

    private void record(AccountUser actor, AuditAction action, AccountUser subject, String details) {
        audit.append(new AuditRecord(subject.customerNumber(), actor.email().value(), action,
                subject.email().value(), details, clock.instant()));
    }

    private static Set<Right> sorted(Set<Right> rights) {
        return new TreeSet<>(rights);
    }
}
