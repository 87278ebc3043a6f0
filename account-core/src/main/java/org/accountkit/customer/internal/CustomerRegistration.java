package org.accountkit.customer.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.accountkit.NotFound;
import org.accountkit.address.internal.AddressBook;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.customer.ChangeInvoiceAddress;
import org.accountkit.customer.ChangeInvoiceAddressCommand;
import org.accountkit.customer.CompanyProfile;
import org.accountkit.customer.RegisterCustomerAccount;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.customer.RegisteredCustomer;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.accountkit.shared.PostalAddress;
import org.accountkit.shared.UserId;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.AccountUsers;
import org.accountkit.spi.AddressBooks;
import org.accountkit.spi.AuditTrail;
import org.accountkit.spi.CustomerAccounts;
import org.accountkit.spi.Transactions;
import org.accountkit.user.PasswordHashing;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.accountkit.user.internal.AccessPolicy;
import org.accountkit.user.internal.AccountUser;

/** Customer service's use cases on customer accounts. */
public final class CustomerRegistration implements RegisterCustomerAccount, ChangeInvoiceAddress {

    private final CustomerAccounts accounts;
    private final AccountUsers users;
    private final AddressBooks addressBooks;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final PasswordHashing hashing;
    private final CommandValidation validation;
    private final AccessPolicy access;
    private final Clock clock;
    private final Supplier<UUID> ids;

    /** Wires the use cases to their ports. */
    public CustomerRegistration(CustomerAccounts accounts, AccountUsers users, AddressBooks addressBooks,
            AuditTrail audit, Transactions transactions, PasswordHashing hashing, CommandValidation validation,
            Clock clock, Supplier<UUID> ids) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.users = Objects.requireNonNull(users, "users");
        this.addressBooks = Objects.requireNonNull(addressBooks, "addressBooks");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.hashing = Objects.requireNonNull(hashing, "hashing");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.access = new AccessPolicy(users);
    }

    @Override
    public RegisteredCustomer register(Actor actor, RegisterCustomerAccountCommand command) {
        validation.validate(actor, command);
        access.requireCustomerService(actor);
        CustomerNumber number = new CustomerNumber(command.customerNumber());
        CustomerAccount account = CustomerAccount.register(number,
                new CompanyProfile(command.companyName(), command.chamberOfCommerceNumber(), command.vatNumber()),
                PostalAddress.from(command.invoiceAddress()), command.timeZone());
        AccountUser administrator = AccountUser.create(new UserId(ids.get()), number,
                new EmailAddress(command.administratorEmail()), command.administratorName(), Role.ADMINISTRATOR,
                EnumSet.noneOf(Right.class), hashing.hash(command.administratorPassword()),
                Language.defaultFor(command.invoiceAddress().country()));
        transactions.run(() -> {
            accounts.add(account.snapshot());
            users.add(administrator.snapshot());
            addressBooks.add(AddressBook.empty(number).snapshot());
            audit.append(new AuditRecord(number, actor.describe(), AuditAction.CUSTOMER_REGISTERED,
                    number.value(), "administrator " + administrator.email().value(), clock.instant()));
        });
        return new RegisteredCustomer(number, administrator.id());
    }

    @Override
    public void change(Actor actor, ChangeInvoiceAddressCommand command) {
        validation.validate(actor, command);
        access.requireCustomerService(actor);
        PostalAddress address = PostalAddress.from(command.address());
        transactions.run(() -> {
            CustomerAccount account = accounts.find(command.customerNumber()).map(CustomerAccount::restore)
                    .orElseThrow(() -> new NotFound("customer account"));
            account.changeInvoiceAddress(address);
            accounts.update(account.snapshot());
            audit.append(new AuditRecord(account.number(), actor.describe(), AuditAction.INVOICE_ADDRESS_CHANGED,
                    "invoice address", address.singleLine(), clock.instant()));
        });
    }
}
