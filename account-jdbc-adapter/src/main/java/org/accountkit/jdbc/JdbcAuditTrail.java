package org.accountkit.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.spi.AuditTrail;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** The audit trail in {@code ak_audit_record}, append-only; newest first means highest id first. */
@SecondaryAdapter
final class JdbcAuditTrail implements AuditTrail {

    private final JdbcTransactions transactions;

    JdbcAuditTrail(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(AuditRecord record) {
        transactions.withConnection("appending to the audit trail", connection -> Sql.update(connection,
                "INSERT INTO ak_audit_record (customer_number, actor, audit_action, subject, details, occurred_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                record.customerNumber().value(), record.actor(), record.action().name(), record.subject(),
                record.details(), record.occurredAt().atOffset(ZoneOffset.UTC)));
    }

    @Override
    public Page<AuditRecord> list(CustomerNumber customerNumber, PageRequest page) {
        return transactions.withConnection("listing the audit trail", connection -> new Page<>(
                Sql.query(connection, "SELECT customer_number, actor, audit_action, subject, details, occurred_at "
                        + "FROM ak_audit_record WHERE customer_number = ? ORDER BY id DESC LIMIT ? OFFSET ?",
                        JdbcAuditTrail::map, customerNumber.value(), page.size(), page.offset()),
                page.page(), page.size(),
                Sql.count(connection, "SELECT COUNT(*) FROM ak_audit_record WHERE customer_number = ?",
                        customerNumber.value())));
    }

    private static AuditRecord map(ResultSet row) throws SQLException {
        return new AuditRecord(new CustomerNumber(row.getString("customer_number")), row.getString("actor"),
                AuditAction.valueOf(row.getString("audit_action")), row.getString("subject"),
                row.getString("details"), row.getObject("occurred_at", OffsetDateTime.class).toInstant());
    }
}
