package org.accountkit.inmemory;

import java.util.Optional;

import org.accountkit.address.AddressBook;
import org.accountkit.address.AddressBooks;
import org.accountkit.customer.CustomerNumber;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Address books in memory, stored and handed out as copies. */
@SecondaryAdapter
final class InMemoryAddressBooks implements AddressBooks {

    private final VersionedTable<CustomerNumber, AddressBook> books;

    InMemoryAddressBooks(InMemoryTransactions transactions) {
        this.books = new VersionedTable<>(transactions, "address book", AddressBook::version);
    }

    @Override
    public Optional<AddressBook> find(CustomerNumber customerNumber) {
        return books.find(customerNumber, book -> copy(book, book.version()));
    }

    @Override
    public void add(AddressBook book) {
        books.insert(book.customerNumber(), copy(book, 0), () -> new IllegalStateException(
                "customer number " + book.customerNumber() + " has a book already"));
    }

    @Override
    public void update(AddressBook book) {
        books.update(book.customerNumber(), copy(book, book.version() + 1), book.version());
    }

    private static AddressBook copy(AddressBook book, long version) {
        return AddressBook.reconstitute(book.customerNumber(), book.addresses(), version);
    }
}
