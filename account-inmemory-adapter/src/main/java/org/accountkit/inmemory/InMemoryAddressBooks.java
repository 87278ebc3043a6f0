package org.accountkit.inmemory;

import java.util.Optional;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.spi.AddressBookSnapshot;
import org.accountkit.spi.AddressBooks;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Address books in memory. */
@SecondaryAdapter
final class InMemoryAddressBooks implements AddressBooks {

    private final VersionedTable<CustomerNumber, AddressBookSnapshot> books;

    InMemoryAddressBooks(InMemoryTransactions transactions) {
        this.books = new VersionedTable<>(transactions, "address book", AddressBookSnapshot::customerNumber,
                AddressBookSnapshot::version,
                (book, version) -> new AddressBookSnapshot(book.customerNumber(), book.addresses(), version));
    }

    @Override
    public Optional<AddressBookSnapshot> find(CustomerNumber customerNumber) {
        return books.find(customerNumber, customerNumber);
    }

    @Override
    public void add(AddressBookSnapshot book) {
        books.insert(book.customerNumber(), book, () -> new IllegalStateException(
                "customer number " + book.customerNumber() + " has a book already"));
    }

    @Override
    public void update(AddressBookSnapshot book) {
        books.update(book.customerNumber(), book);
    }
}
