package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accountkit.ConcurrentModification;
import org.accountkit.address.AddressId;
import org.accountkit.address.SavedAddress;
import org.accountkit.shared.Country;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.PostalAddress;
import org.accountkit.spi.AddressBookSnapshot;
import org.accountkit.spi.AddressBooks;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Address books in {@code ak_address_book} (the root, with its version) and {@code ak_saved_address} (its
 * addresses). Saving a book bumps the root's version first, which locks the row, then rewrites the addresses.
 */
@SecondaryAdapter
final class JdbcAddressBooks implements AddressBooks {

    private final JdbcTransactions transactions;

    JdbcAddressBooks(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<AddressBookSnapshot> find(CustomerNumber customerNumber) {
        return transactions.withConnection("finding an address book", connection -> {
            Optional<Long> version = Sql.queryOne(connection,
                    "SELECT version FROM ak_address_book WHERE customer_number = ?", row -> row.getLong(1),
                    customerNumber.value());
            if (version.isEmpty()) {
                return Optional.empty();
            }
            List<SavedAddress> addresses = Sql.query(connection, "SELECT id, label, addressee, street, "
                    + "house_number, postcode, city, country, is_primary FROM ak_saved_address "
                    + "WHERE customer_number = ? ORDER BY sort_order", JdbcAddressBooks::map, customerNumber.value());
            return Optional.of(new AddressBookSnapshot(customerNumber, addresses, version.get()));
        });
    }

    @Override
    public void add(AddressBookSnapshot book) {
        transactions.inTransaction(() -> transactions.withConnection("adding an address book", connection -> {
            try {
                Sql.update(connection, "INSERT INTO ak_address_book (customer_number, version) VALUES (?, 0)",
                        book.customerNumber().value());
            } catch (SQLException failure) {
                if (Sql.isUniqueViolation(failure)) {
                    throw new IllegalStateException("customer number " + book.customerNumber()
                            + " has an address book already");
                }
                throw failure;
            }
            insertAddresses(connection, book);
            return null;
        }));
    }

    @Override
    public void update(AddressBookSnapshot book) {
        transactions.inTransaction(() -> transactions.withConnection("updating an address book", connection -> {
            int updated;
            try {
                updated = Sql.update(connection, "UPDATE ak_address_book SET version = version + 1 "
                        + "WHERE customer_number = ? AND version = ?", book.customerNumber().value(), book.version());
            } catch (SQLException failure) {
                if (!Sql.isLostRace(failure)) {
                    throw failure;
                }
                updated = 0;
            }
            if (updated != 1) {
                throw new ConcurrentModification("address book", book.customerNumber());
            }
            Sql.update(connection, "DELETE FROM ak_saved_address WHERE customer_number = ?",
                    book.customerNumber().value());
            insertAddresses(connection, book);
            return null;
        }));
    }

    private static void insertAddresses(Connection connection, AddressBookSnapshot book) throws SQLException {
        List<SavedAddress> addresses = book.addresses();
        for (int position = 0; position < addresses.size(); position++) {
            SavedAddress saved = addresses.get(position);
            PostalAddress address = saved.address();
            Sql.update(connection, "INSERT INTO ak_saved_address (id, customer_number, sort_order, label, "
                    + "addressee, street, house_number, postcode, city, country, is_primary) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    saved.id().value(), book.customerNumber().value(), position, saved.label(), address.name(),
                    address.street(), address.houseNumber(), address.postcode(), address.city(),
                    address.country().name(), saved.primary());
        }
    }

    private static SavedAddress map(ResultSet row) throws SQLException {
        return new SavedAddress(new AddressId(row.getObject("id", UUID.class)), row.getString("label"),
                new PostalAddress(row.getString("addressee"), row.getString("street"), row.getString("house_number"),
                        row.getString("postcode"), row.getString("city"),
                        Country.valueOf(row.getString("country").strip())),
                row.getBoolean("is_primary"));
    }
}
