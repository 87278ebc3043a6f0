package org.accountkit.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.accountkit.approval.OrderRequestId;
import org.accountkit.outbox.Notice;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.NoticeOutbox;
import org.accountkit.spi.OutboxNotice;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * The notice outbox in {@code ak_notice_outbox}: one queue per customer number, claimed as {@link OutboxTable}
 * describes, so an entry is never delivered twice at the same time.
 */
@SecondaryAdapter
final class JdbcNoticeOutbox implements NoticeOutbox {

    private static final String COLUMNS = "customer_number, notice_id, kind, recipient_id, recipient_email, "
            + "mail_language, on_behalf_of, order_id, requester_id, net_total, currency, reason, quote_number, document, "
            + "link, status, attempts, created_at, next_attempt_at, last_error";

    private final JdbcTransactions transactions;
    private final OutboxTable<OutboxNotice> table;

    JdbcNoticeOutbox(JdbcTransactions transactions) {
        this.transactions = transactions;
        this.table = new OutboxTable<>(transactions, "ak_notice_outbox", "notice_id", COLUMNS, "", null,
                "next_attempt_at",
                JdbcNoticeOutbox::entry, entry -> new Object[] {entry.notice().customerNumber().value(),
                    entry.notice().id()}, OutboxNotice::createdAt, "parked-notices");
    }

    @Override
    public void append(Notice notice, Instant at) {
        transactions.withConnection("writing a notice to the outbox", connection -> Sql.update(connection,
                "INSERT INTO ak_notice_outbox (" + COLUMNS + ", leased_until) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, '', NULL)",
                notice.customerNumber().value(), notice.id(), notice.kind().name(), notice.recipient().value(),
                notice.recipientEmail().value(), notice.language().name(),
                notice.onBehalfOf() == null ? null : notice.onBehalfOf().value(),
                notice.order() == null ? null : notice.order().value(), notice.requester().value(),
                notice.netTotal().amount(), notice.netTotal().currency().getCurrencyCode(), notice.reason(),
                notice.quote(), notice.document(), notice.link(), Rows.at(at), Rows.at(at)));
    }

    @Override
    public List<OutboxNotice> claim(Instant now, Instant leaseUntil, int max) {
        return table.claim(now, leaseUntil, max);
    }

    @Override
    public List<OutboxNotice> claim(CustomerNumber customerNumber, Instant now, Instant leaseUntil) {
        return table.claim(customerNumber.value(), now, leaseUntil, 1);
    }

    @Override
    public void delivered(Notice notice, Instant at) {
        table.delivered(List.<Object[]>of(new Object[] {notice.customerNumber().value(), notice.id()}));
    }

    @Override
    public void failed(Notice notice, int attempts, Instant nextAttemptAt, boolean park, String error) {
        table.failed(notice.customerNumber().value(), notice.id(), attempts, nextAttemptAt, park, error);
    }

    @Override
    public Page<OutboxNotice> parked(PageRequest page) {
        return table.parked(page);
    }

    @Override
    public int purgeDelivered(Instant before, int max) {
        return table.purgeDelivered(before, max);
    }

    private static OutboxNotice entry(ResultSet row) throws SQLException {
        UUID onBehalfOf = row.getObject("on_behalf_of", UUID.class);
        UUID order = row.getObject("order_id", UUID.class);
        Notice notice = new Notice(Notice.Kind.valueOf(row.getString("kind")),
                new UserId(row.getObject("recipient_id", UUID.class)), onBehalfOf == null ? null : new UserId(onBehalfOf),
                order == null ? null : new OrderRequestId(order), new CustomerNumber(row.getString("customer_number")),
                new UserId(row.getObject("requester_id", UUID.class)), Rows.money(row, "net_total", "currency"),
                row.getString("reason"), row.getString("quote_number"), row.getObject("notice_id", UUID.class),
                new EmailAddress(row.getString("recipient_email")), Language.valueOf(row.getString("mail_language")),
                row.getString("document"), row.getString("link"));
        return new OutboxNotice(notice, OutboxNotice.Status.valueOf(row.getString("status")), row.getInt("attempts"),
                Rows.instant(row, "created_at"), Rows.instant(row, "next_attempt_at"), row.getString("last_error"));
    }
}
