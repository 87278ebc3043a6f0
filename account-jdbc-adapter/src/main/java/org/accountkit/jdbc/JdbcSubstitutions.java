package org.accountkit.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accountkit.approval.Substitution;
import org.accountkit.approval.Substitutions;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.UserId;
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
    public Optional<Substitution> find(UserId approver) {
        return transactions.withConnection("finding a substitution", connection -> Sql.queryOne(connection,
                "SELECT " + COLUMNS + " FROM ak_substitution WHERE approver_id = ?", JdbcSubstitutions::map,
                approver.value()));
    }

    @Override
    public List<Substitution> listFor(CustomerNumber customerNumber) {
        return transactions.withConnection("listing substitutions", connection -> Sql.query(connection,
                "SELECT " + COLUMNS + " FROM ak_substitution WHERE customer_number = ?", JdbcSubstitutions::map,
                customerNumber.value()));
    }

    @Override
    public void save(Substitution substitution) {
        transactions.inTransaction(() -> transactions.withConnection("saving a substitution", connection -> {
            Sql.update(connection, "DELETE FROM ak_substitution WHERE approver_id = ?",
                    substitution.approver().value());
            return Sql.update(connection, "INSERT INTO ak_substitution (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?)",
                    substitution.approver().value(), substitution.customerNumber().value(),
                    substitution.substitute().value(), Rows.at(substitution.from()), Rows.at(substitution.until()));
        }));
    }

    @Override
    public void remove(UserId approver) {
        transactions.withConnection("removing a substitution", connection -> Sql.update(connection,
                "DELETE FROM ak_substitution WHERE approver_id = ?", approver.value()));
    }

    private static Substitution map(ResultSet row) throws SQLException {
        return Substitution.of(new UserId(row.getObject("approver_id", UUID.class)),
                new CustomerNumber(row.getString("customer_number")),
                new UserId(row.getObject("substitute_id", UUID.class)), Rows.instant(row, "valid_from"),
                Rows.instant(row, "valid_until"));
    }
}
