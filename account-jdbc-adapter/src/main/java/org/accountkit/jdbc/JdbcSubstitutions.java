package org.accountkit.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.accountkit.spi.SubstitutionSnapshot;
import org.accountkit.spi.Substitutions;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Substitutions in {@code ak_substitution}, one row per approver. */
@SecondaryAdapter
final class JdbcSubstitutions implements Substitutions {

    private static final String COLUMNS = "approver_id, customer_number, substitute_id, valid_from, valid_until";

    private final JdbcTransactions transactions;

    JdbcSubstitutions(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<SubstitutionSnapshot> find(CustomerNumber customerNumber, UserId approver) {
        return transactions.withConnection("finding a substitution", connection -> Sql.queryOne(connection,
                "SELECT " + COLUMNS + " FROM ak_substitution WHERE customer_number = ? AND approver_id = ?",
                JdbcSubstitutions::map, customerNumber.value(), approver.value()));
    }

    @Override
    public List<SubstitutionSnapshot> listFor(CustomerNumber customerNumber) {
        return transactions.withConnection("listing substitutions", connection -> Sql.query(connection,
                "SELECT " + COLUMNS + " FROM ak_substitution WHERE customer_number = ?", JdbcSubstitutions::map,
                customerNumber.value()));
    }

    @Override
    public void save(SubstitutionSnapshot substitution) {
        transactions.inTransaction(() -> transactions.withConnection("saving a substitution", connection -> {
            Sql.update(connection, "DELETE FROM ak_substitution WHERE customer_number = ? AND approver_id = ?",
                    substitution.customerNumber().value(), substitution.approver().value());
            return Sql.update(connection, "INSERT INTO ak_substitution (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
                    substitution.approver().value(), substitution.customerNumber().value(),
                    substitution.substitute().value(), Rows.at(substitution.from()), Rows.at(substitution.until()));
        }));
    }

    @Override
    public void remove(CustomerNumber customerNumber, UserId approver) {
        transactions.withConnection("removing a substitution", connection -> Sql.update(connection,
                "DELETE FROM ak_substitution WHERE customer_number = ? AND approver_id = ?", customerNumber.value(),
                approver.value()));
    }

    private static SubstitutionSnapshot map(ResultSet row) throws SQLException {
        return new SubstitutionSnapshot(new CustomerNumber(row.getString("customer_number")),
                new UserId(row.getObject("approver_id", UUID.class)),
                new UserId(row.getObject("substitute_id", UUID.class)), Rows.instant(row, "valid_from"),
                Rows.instant(row, "valid_until"));
    }
}
