package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.accountkit.approval.Notice;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.NoticeOutbox;
import org.accountkit.spi.OutboxNotice;
import org.accountkit.spi.PageToken;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * The notice outbox in {@code ak_notice_outbox}. A claim reads due heads (the oldest pending entry of each customer
 * number, not leased) and takes each one's lease with a conditional update: of two dispatchers on two servers only
 * one update finds the lease free, so an entry is never delivered twice at the same time.
 */
@SecondaryAdapter
final class JdbcNoticeOutbox implements NoticeOutbox {

    private static final String PARKED = "parked-notices";
    private static final String COLUMNS = "customer_number, notice_id, kind, recipient_id, recipient_email, "
            + "mail_language, on_behalf_of, order_id, requester_id, net_total, currency, reason, quote_number, document, "
            + "link, status, attempts, created_at, next_attempt_at, last_error";
    private static final String HEADS = "SELECT " + COLUMNS + " FROM ak_notice_outbox o WHERE o.status = 'PENDING' "
            + "AND o.next_attempt_at <= ? AND (o.leased_until IS NULL OR o.leased_until <= ?) AND NOT EXISTS ("
            + "SELECT 1 FROM ak_notice_outbox e WHERE e.customer_number = o.customer_number AND e.status = 'PENDING' "
            + "AND e.written_order < o.written_order)";

    private final JdbcTransactions transactions;

    JdbcNoticeOutbox(JdbcTransactions transactions) {
        this.transactions = transactions;
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
        return transactions.withConnection("claiming notices", connection -> leased(connection, Sql.query(connection,
                HEADS + " ORDER BY o.written_order LIMIT ?", JdbcNoticeOutbox::entry, Rows.at(now),
                Rows.at(now), max), now, leaseUntil));
    }

    @Override
    public List<OutboxNotice> claim(CustomerNumber customerNumber, Instant now, Instant leaseUntil) {
        return transactions.withConnection("claiming a notice", connection -> leased(connection, Sql.query(connection,
                HEADS + " AND o.customer_number = ? ORDER BY o.written_order LIMIT 1",
                JdbcNoticeOutbox::entry, Rows.at(now), Rows.at(now), customerNumber.value()), now, leaseUntil));
    }

    /** The candidates whose lease this dispatcher took; the others another one took first. */
    private static List<OutboxNotice> leased(Connection connection, List<OutboxNotice> candidates, Instant now,
            Instant leaseUntil) throws SQLException {
        List<OutboxNotice> claimed = new ArrayList<>(candidates.size());
        for (OutboxNotice candidate : candidates) {
            int taken;
            try {
                taken = Sql.update(connection, "UPDATE ak_notice_outbox SET leased_until = ? WHERE customer_number = ? "
                        + "AND notice_id = ? AND status = 'PENDING' AND (leased_until IS NULL OR leased_until <= ?)",
                        Rows.at(leaseUntil), candidate.notice().customerNumber().value(), candidate.notice().id(),
                        Rows.at(now));
            } catch (SQLException failure) {
                if (!Sql.isLostRace(failure)) {
                    throw failure;
                }
                taken = 0;
            }
            if (taken == 1) {
                claimed.add(candidate);
            }
        }
        return claimed;
    }

    @Override
    public void delivered(Notice notice, Instant at) {
        transactions.withConnection("marking a notice delivered", connection -> Sql.update(connection,
                "UPDATE ak_notice_outbox SET status = 'DELIVERED', leased_until = NULL "
                        + "WHERE customer_number = ? AND notice_id = ?", notice.customerNumber().value(), notice.id()));
    }

    @Override
    public void failed(Notice notice, int attempts, Instant nextAttemptAt, boolean park, String error) {
        transactions.withConnection("recording a failed notice", connection -> Sql.update(connection,
                "UPDATE ak_notice_outbox SET status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, "
                        + "leased_until = NULL WHERE customer_number = ? AND notice_id = ?",
                park ? "PARKED" : "PENDING", attempts, Rows.at(nextAttemptAt), error,
                notice.customerNumber().value(), notice.id()));
    }

    @Override
    public Page<OutboxNotice> parked(PageRequest page) {
        PageToken.Reader after = PageToken.reader(page, PARKED);
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM ak_notice_outbox WHERE status = 'PARKED'");
        if (after != null) {
            sql.append(" AND (created_at, notice_id) > (?, ?)");
            parameters.add(Rows.at(after.moment()));
            parameters.add(after.uuid());
        }
        sql.append(" ORDER BY created_at, notice_id LIMIT ?");
        parameters.add(page.size() + 1);
        return transactions.withConnection("listing parked notices", connection -> Page.of(Sql.query(connection,
                sql.toString(), JdbcNoticeOutbox::entry, parameters.toArray()), page,
                last -> PageToken.writer(PARKED).moment(last.createdAt()).uuid(last.notice().id()).token()));
    }

    @Override
    public int purgeDelivered(Instant before, int max) {
        return transactions.withConnection("purging delivered notices", connection -> {
            List<Object[]> keys = Sql.query(connection, "SELECT customer_number, notice_id FROM ak_notice_outbox "
                    + "WHERE status = 'DELIVERED' AND created_at < ? LIMIT ?", row -> new Object[] {
                            row.getString("customer_number"), row.getObject("notice_id", UUID.class)},
                    Rows.at(before), max);
            int purged = 0;
            for (Object[] key : keys) {
                purged += Sql.update(connection, "DELETE FROM ak_notice_outbox WHERE customer_number = ? "
                        + "AND notice_id = ? AND status = 'DELIVERED'", key[0], key[1]);
            }
            return purged;
        });
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
