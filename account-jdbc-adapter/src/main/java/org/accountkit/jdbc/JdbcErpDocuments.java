package org.accountkit.jdbc;

import java.sql.SQLException;
import java.util.Optional;

import org.accountkit.orders.ErpDocument;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.spi.ErpDocuments;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** The ERP documents received, in {@code ak_erp_document}; its primary key keeps each recorded once. */
@SecondaryAdapter
final class JdbcErpDocuments implements ErpDocuments {

    private final JdbcTransactions transactions;

    JdbcErpDocuments(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<String> fingerprint(CustomerNumber customerNumber, ErpDocument.Kind kind, String number) {
        return transactions.withConnection("finding an ERP document", connection -> Sql.queryOne(connection,
                "SELECT fingerprint FROM ak_erp_document WHERE customer_number = ? AND kind = ? "
                        + "AND document_number = ?", row -> row.getString(1), customerNumber.value(), kind.name(),
                number));
    }

    @Override
    public void record(CustomerNumber customerNumber, ErpDocument.Kind kind, String number, String fingerprint) {
        transactions.withConnection("recording an ERP document", connection -> {
            try {
                return Sql.update(connection, "INSERT INTO ak_erp_document (customer_number, kind, document_number, "
                        + "fingerprint) VALUES (?, ?, ?, ?)", customerNumber.value(), kind.name(), number,
                        fingerprint);
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "ERP document", number);
            }
        });
    }
}
