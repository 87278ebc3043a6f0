package org.accountkit.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.address.AddressBook;
import org.accountkit.address.AddressBooks;
import org.accountkit.customer.CustomerNumber;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Address books in a map, stored and handed out as copies. */
@SecondaryAdapter
final class InMemoryAddressBooks implements AddressBooks {

    private final InMemoryTransactions transactions;
    private final Map<CustomerNumber, AddressBook> books = new HashMap<>();

    InMemoryAddressBooks(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<AddressBook> find(CustomerNumber customerNumber) {
        return transactions.read(() -> Optional.ofNullable(books.get(customerNumber))
                .map(book -> copy(book, book.version())));
    }

    @Override
    public void add(AddressBook book) {
        AddressBook stored = copy(book, 0);
        transactions.write(() -> {
            if (books.containsKey(book.customerNumber())) {
                throw new IllegalStateException("customer number " + book.customerNumber() + " has a book already");
            }
            books.put(book.customerNumber(), stored);
        }, () -> books.remove(book.customerNumber()));
    }

    @Override
    public void update(AddressBook book) {
        AddressBook stored = copy(book, book.version() + 1);
        AddressBook[] previous = new AddressBook[1];
        transactions.write(() -> {
            AddressBook current = books.get(book.customerNumber());
            if (current == null || current.version() != book.version()) {
                throw new ConcurrentModification("address book", book.customerNumber());
            }
            previous[0] = current;
            books.put(book.customerNumber(), stored);
        }, () -> books.put(book.customerNumber(), previous[0]));
    }

    private static AddressBook copy(AddressBook book, long version) {
        return AddressBook.reconstitute(book.customerNumber(), book.addresses(), version);
    }
}
