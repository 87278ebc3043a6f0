package org.accountkit.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.AuditTrail;
import org.accountkit.spi.PageToken;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** The audit trail in {@code ak_audit_record}, append-only; newest first means highest id first. */
@SecondaryAdapter
final class JdbcAuditTrail implements AuditTrail {

    /** The name of the audit trail's continuations. */
    private static final String OVERVIEW = "audit";

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
        PageToken.Reader after = PageToken.reader(page, OVERVIEW);
        long before = after == null ? Long.MAX_VALUE : after.number();
        return transactions.withConnection("listing the audit trail", connection -> Page.of(
                Sql.query(connection, "SELECT id, customer_number, actor, audit_action, subject, details, occurred_at "
                        + "FROM ak_audit_record WHERE customer_number = ? AND id < ? ORDER BY id DESC LIMIT ?",
                        row -> new Numbered(row.getLong("id"), map(row)), customerNumber.value(), before,
                        page.size() + 1), page,
                last -> PageToken.writer(OVERVIEW).number(last.id()).token())).map(Numbered::record);
    }

    /** A record with its number, by which the trail pages. */
    private record Numbered(long id, AuditRecord record) {
    }

    private static AuditRecord map(ResultSet row) throws SQLException {
        return new AuditRecord(new CustomerNumber(row.getString("customer_number")), row.getString("actor"),
                AuditAction.valueOf(row.getString("audit_action")), row.getString("subject"),
                row.getString("details"), row.getObject("occurred_at", OffsetDateTime.class).toInstant());
    }
}
