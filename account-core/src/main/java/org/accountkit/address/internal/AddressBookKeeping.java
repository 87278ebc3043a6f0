package org.accountkit.address.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.accountkit.NotFound;
import org.accountkit.address.AddAddress;
import org.accountkit.address.AddAddressCommand;
import org.accountkit.address.AddressId;
import org.accountkit.address.ChangeAddress;
import org.accountkit.address.ChangeAddressCommand;
import org.accountkit.address.DeleteAddress;
import org.accountkit.address.DeleteAddressCommand;
import org.accountkit.address.ListAddresses;
import org.accountkit.address.SavedAddress;
import org.accountkit.address.SetPrimaryAddress;
import org.accountkit.address.SetPrimaryAddressCommand;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.shared.Actor;
import org.accountkit.shared.PostalAddress;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.AccountUsers;
import org.accountkit.spi.AddressBooks;
import org.accountkit.spi.AuditTrail;
import org.accountkit.spi.Transactions;
import org.accountkit.user.Right;
import org.accountkit.user.internal.AccessPolicy;
import org.accountkit.user.internal.AccountUser;

/** The use cases on a customer number's saved addresses. */
public final class AddressBookKeeping
        implements AddAddress, ChangeAddress, DeleteAddress, SetPrimaryAddress, ListAddresses {

    private final AddressBooks books;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final CommandValidation validation;
    private final AccessPolicy access;
    private final Clock clock;
    private final Supplier<UUID> ids;

    /** Wires the use cases to their ports. */
    public AddressBookKeeping(AddressBooks books, AccountUsers users, AuditTrail audit, Transactions transactions,
            CommandValidation validation, Clock clock, Supplier<UUID> ids) {
        this.books = Objects.requireNonNull(books, "books");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.access = new AccessPolicy(users);
    }

    @Override
    public AddressId add(Actor actor, AddAddressCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.requireRight(actor, Right.MANAGE_ADDRESSES);
        PostalAddress address = PostalAddress.from(command.address());
        AddressId id = new AddressId(ids.get());
        return changeBook(user, AuditAction.ADDRESS_ADDED, book -> book.add(id, command.label(), address,
                command.primary())).id();
    }

    @Override
    public void change(Actor actor, ChangeAddressCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.requireRight(actor, Right.MANAGE_ADDRESSES);
        PostalAddress address = PostalAddress.from(command.address());
        changeBook(user, AuditAction.ADDRESS_CHANGED, book -> book.change(command.id(), command.label(), address)
                .orElseThrow(AddressBookKeeping::unknownAddress));
    }

    @Override
    public void delete(Actor actor, DeleteAddressCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.requireRight(actor, Right.MANAGE_ADDRESSES);
        changeBook(user, AuditAction.ADDRESS_DELETED, book -> book.delete(command.id())
                .orElseThrow(AddressBookKeeping::unknownAddress));
    }

    @Override
    public void makePrimary(Actor actor, SetPrimaryAddressCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.requireRight(actor, Right.MANAGE_ADDRESSES);
        changeBook(user, AuditAction.PRIMARY_ADDRESS_CHANGED, book -> book.makePrimary(command.id())
                .orElseThrow(AddressBookKeeping::unknownAddress));
    }

    @Override
    public List<SavedAddress> list(Actor actor) {
        validation.validateActor(actor);
        AccountUser user = access.actingUser(actor);
        return bookOf(user).addresses().stream()
                .sorted(Comparator.comparing(SavedAddress::primary).reversed())
                .toList();
    }

    private SavedAddress changeBook(AccountUser user, AuditAction action, Function<AddressBook, SavedAddress> change) {
        return transactions.inTransaction(() -> {
            AddressBook book = bookOf(user);
            SavedAddress changed = change.apply(book);
            books.update(book.snapshot());
            audit.append(new AuditRecord(user.customerNumber(), user.email().value(), action, changed.label(),
                    describe(changed), clock.instant()));
            return changed;
        });
    }

    private AddressBook bookOf(AccountUser user) {
        return books.find(user.customerNumber()).map(AddressBook::restore)
                .orElseThrow(() -> new NotFound("address book"));
    }

    private static NotFound unknownAddress() {
        return new NotFound("address");
    }

    private static String describe(SavedAddress saved) {
        return saved.address().singleLine() + (saved.primary() ? " (primary)" : "");
    }
}
