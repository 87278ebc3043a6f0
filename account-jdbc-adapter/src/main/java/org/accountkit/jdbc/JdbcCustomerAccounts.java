package org.accountkit.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.customer.CompanyProfile;
import org.accountkit.customer.CustomerNumberTaken;
import org.accountkit.shared.Country;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.PostalAddress;
import org.accountkit.spi.CustomerAccountSnapshot;
import org.accountkit.spi.CustomerAccounts;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Customer accounts in {@code ak_customer_account}. */
@SecondaryAdapter
final class JdbcCustomerAccounts implements CustomerAccounts {

    private static final String COLUMNS = "customer_number, company_name, chamber_of_commerce_number, vat_number, "
            + "invoice_addressee, invoice_street, invoice_house_number, invoice_postcode, invoice_city, "
            + "invoice_country, time_zone, version";

    private final JdbcTransactions transactions;

    JdbcCustomerAccounts(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<CustomerAccountSnapshot> find(CustomerNumber number) {
        return transactions.withConnection("finding a customer account", connection -> Sql.queryOne(connection,
                "SELECT " + COLUMNS + " FROM ak_customer_account WHERE customer_number = ?",
                JdbcCustomerAccounts::map, number.value()));
    }

    @Override
    public void add(CustomerAccountSnapshot account) {
        PostalAddress invoice = account.invoiceAddress();
        transactions.withConnection("adding a customer account", connection -> {
            try {
                return Sql.update(connection, "INSERT INTO ak_customer_account (" + COLUMNS + ") "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                        account.number().value(), account.profile().name(),
                        account.profile().chamberOfCommerceNumber(), account.profile().vatNumber(), invoice.name(),
                        invoice.street(), invoice.houseNumber(), invoice.postcode(), invoice.city(),
                        invoice.country().name(), account.timeZone().getId());
            } catch (SQLException failure) {
                if (Sql.isUniqueViolation(failure)) {
                    throw new CustomerNumberTaken(account.number());
                }
                throw failure;
            }
        });
    }

    @Override
    public void update(CustomerAccountSnapshot account) {
        PostalAddress invoice = account.invoiceAddress();
        int updated = transactions.withConnection("updating a customer account", connection -> {
            try {
                return Sql.update(connection, "UPDATE ak_customer_account SET invoice_addressee = ?, "
                        + "invoice_street = ?, invoice_house_number = ?, invoice_postcode = ?, invoice_city = ?, "
                        + "invoice_country = ?, version = version + 1 WHERE customer_number = ? AND version = ?",
                        invoice.name(), invoice.street(), invoice.houseNumber(), invoice.postcode(), invoice.city(),
                        invoice.country().name(), account.number().value(), account.version());
            } catch (SQLException failure) {
                if (Sql.isLostRace(failure)) {
                    return 0;
                }
                throw failure;
            }
        });
        if (updated != 1) {
            throw new ConcurrentModification("customer account", account.number());
        }
    }

    private static CustomerAccountSnapshot map(ResultSet row) throws SQLException {
        return new CustomerAccountSnapshot(
                new CustomerNumber(row.getString("customer_number")),
                new CompanyProfile(row.getString("company_name"), row.getString("chamber_of_commerce_number"),
                        row.getString("vat_number")),
                new PostalAddress(row.getString("invoice_addressee"), row.getString("invoice_street"),
                        row.getString("invoice_house_number"), row.getString("invoice_postcode"),
                        row.getString("invoice_city"), Country.valueOf(row.getString("invoice_country").strip())),
                ZoneId.of(row.getString("time_zone")),
                row.getLong("version"));
    }
}
