package org.accountkit.address.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.address.AddressBookFull;
import org.accountkit.address.AddressId;
import org.accountkit.address.SavedAddress;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.PostalAddress;
import org.accountkit.spi.AddressBookSnapshot;
import org.accountkit.address.AddAddress;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * The saved delivery addresses of a customer number ("opgeslagen adressen"). Whenever it holds any address,
 * exactly one of them is the primary delivery address: the first address added becomes primary, and deleting the
 * primary one passes the role to the oldest remaining address.
 */
public final class AddressBook implements AggregateRoot<AddressBook, CustomerNumber> {

    /** The most addresses one customer number keeps. */
    public static final int CAPACITY = AddAddress.CAPACITY;

    private final CustomerNumber customerNumber;
    private final List<SavedAddress> addresses;
    private final long version;

    private AddressBook(CustomerNumber customerNumber, List<SavedAddress> addresses, long version) {
        this.customerNumber = Objects.requireNonNull(customerNumber, "customerNumber");
        this.addresses = new ArrayList<>(addresses);
        this.version = version;
        if (!addresses.isEmpty() && addresses.stream().filter(SavedAddress::primary).count() != 1) {
            throw new IllegalArgumentException("an address book has exactly one primary address");
        }
    }

    /** The empty address book of a new customer number. */
    public static AddressBook empty(CustomerNumber customerNumber) {
        return new AddressBook(customerNumber, List.of(), 0);
    }

    /**
     * The address book as it was stored.
     *
     * @throws IllegalArgumentException when the addresses do not have exactly one primary
     */
    public static AddressBook restore(AddressBookSnapshot stored) {
        return new AddressBook(stored.customerNumber(), stored.addresses(), stored.version());
    }

    /** The state to store. */
    public AddressBookSnapshot snapshot() {
        return new AddressBookSnapshot(customerNumber, addresses, version);
    }

    /**
     * Adds an address. It becomes primary when asked, or when it is the first.
     *
     * @throws AddressBookFull when the book holds {@link #CAPACITY} addresses
     */
    public SavedAddress add(AddressId id, String label, PostalAddress address, boolean makePrimary) {
        if (addresses.size() >= CAPACITY) {
            throw new AddressBookFull(CAPACITY);
        }
        boolean primary = makePrimary || addresses.isEmpty();
        if (primary) {
            clearPrimary();
        }
        SavedAddress saved = new SavedAddress(id, label, address, primary);
        addresses.add(saved);
        return saved;
    }

    /**
     * Changes an address's label and postal address; whether it is primary stays.
     *
     * @return the changed address, or empty when this book has no such address
     */
    public Optional<SavedAddress> change(AddressId id, String label, PostalAddress address) {
        return indexOf(id).map(index -> {
            SavedAddress changed = new SavedAddress(id, label, address, addresses.get(index).primary());
            addresses.set(index, changed);
            return changed;
        });
    }

    /**
     * Deletes an address. When it was primary, the oldest remaining address becomes primary.
     *
     * @return the deleted address, or empty when this book has no such address
     */
    public Optional<SavedAddress> delete(AddressId id) {
        return indexOf(id).map(index -> {
            SavedAddress removed = addresses.remove(index.intValue());
            if (removed.primary() && !addresses.isEmpty()) {
                addresses.set(0, addresses.get(0).withPrimary(true));
            }
            return removed;
        });
    }

    /**
     * Makes an address the primary delivery address; the previous one stops being primary.
     *
     * @return the new primary address, or empty when this book has no such address
     */
    public Optional<SavedAddress> makePrimary(AddressId id) {
        return indexOf(id).map(index -> {
            clearPrimary();
            SavedAddress primary = addresses.get(index).withPrimary(true);
            addresses.set(index, primary);
            return primary;
        });
    }

    /** The primary delivery address, empty only when the book is empty. */
    public Optional<SavedAddress> primary() {
        return addresses.stream().filter(SavedAddress::primary).findFirst();
    }

    /** Every address, in the order they were added. */
    public List<SavedAddress> addresses() {
        return List.copyOf(addresses);
    }

    /** The address with this identifier, if this book has it. */
    public Optional<SavedAddress> find(AddressId id) {
        return indexOf(id).map(addresses::get);
    }

    @Override
    public CustomerNumber getId() {
        return customerNumber;
    }

    /** Whose addresses these are. */
    public CustomerNumber customerNumber() {
        return customerNumber;
    }

    /** The stored version this instance was loaded at; 0 for a new book. */
    public long version() {
        return version;
    }

    private void clearPrimary() {
        addresses.replaceAll(address -> address.primary() ? address.withPrimary(false) : address);
    }

    private Optional<Integer> indexOf(AddressId id) {
        for (int index = 0; index < addresses.size(); index++) {
            if (addresses.get(index).id().equals(id)) {
                return Optional.of(index);
            }
        }
        return Optional.empty();
    }
}
