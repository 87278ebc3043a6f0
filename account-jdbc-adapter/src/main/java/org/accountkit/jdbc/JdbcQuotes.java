package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accountkit.ConcurrentModification;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.quote.Quote;
import org.accountkit.quote.QuoteLine;
import org.accountkit.quote.QuoteStatus;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.PageToken;
import org.accountkit.spi.QuoteSnapshot;
import org.accountkit.spi.Quotes;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Quotes in {@code ak_quote}, their lines in {@code ak_quote_line}. The primary key (customer number, quote number)
 * keeps a number from being given out twice; a version column refuses a step based on a stale read. A page reads the
 * quotes with one statement and their lines with one more per customer number on it.
 */
@SecondaryAdapter
final class JdbcQuotes implements Quotes {

    private static final String MINE = "my-quotes";
    private static final String QUEUE = "quote-requests";
    private static final String COLUMNS = "customer_number, quote_number, requester_id, status, remark, requested_at, "
            + "answered_at, valid_until, decline_reason, ordered_as, version";

    private final JdbcTransactions transactions;

    JdbcQuotes(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    /** A quote as its row holds it: without its lines. */
    private record Stored(CustomerNumber customerNumber, String quoteNumber, UserId requester, QuoteStatus status,
            String remark, Instant requestedAt, Optional<Instant> answeredAt, Optional<LocalDate> validUntil,
            String declineReason, Optional<OrderRequestId> orderedAs, long version) {

        QuoteSnapshot with(List<QuoteLine> lines) {
            return new QuoteSnapshot(customerNumber, new Quote(quoteNumber, requester, status, lines, remark,
                    requestedAt, answeredAt, validUntil, declineReason, orderedAs), version);
        }
    }

    @Override
    public Optional<QuoteSnapshot> find(CustomerNumber customerNumber, String quoteNumber) {
        return transactions.withConnection("finding a quote", connection -> {
            Optional<Stored> stored = Sql.queryOne(connection, "SELECT " + COLUMNS + " FROM ak_quote "
                    + "WHERE customer_number = ? AND quote_number = ?", JdbcQuotes::stored, customerNumber.value(),
                    quoteNumber);
            return stored.isEmpty() ? Optional.<QuoteSnapshot>empty()
                    : Optional.of(withLines(connection, List.of(stored.get())).get(0));
        });
    }

    @Override
    public long numbered(CustomerNumber customerNumber, String prefix) {
        return transactions.withConnection("counting quotes", connection -> Sql.count(connection,
                "SELECT COUNT(*) FROM ak_quote WHERE customer_number = ? AND quote_number LIKE ?",
                customerNumber.value(), prefix + "%"));
    }

    @Override
    public void add(QuoteSnapshot stored) {
        Quote quote = stored.quote();
        String owner = stored.customerNumber().value();
        transactions.inTransaction(() -> transactions.withConnection("adding a quote", connection -> {
            try {
                Sql.update(connection, "INSERT INTO ak_quote (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                        owner, quote.quoteNumber(), quote.requester().value(), quote.status().name(), quote.remark(),
                        Rows.at(quote.requestedAt()), quote.answeredAt().map(Rows::at).orElse(null),
                        quote.validUntil().orElse(null), quote.declineReason(),
                        quote.orderedAs().map(OrderRequestId::value).orElse(null));
                for (QuoteLine line : quote.lines()) {
                    Sql.update(connection, "INSERT INTO ak_quote_line (customer_number, quote_number, line_number, "
                            + "article_number, description, quantity, vat_rate, unit_price, currency) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", owner, quote.quoteNumber(), line.lineNumber(),
                            line.articleNumber(), line.description(), line.quantity(), line.vatRate(),
                            line.unitPrice().map(price -> price.amount()).orElse(null),
                            line.unitPrice().map(price -> price.currency().getCurrencyCode()).orElse(null));
                }
                return null;
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "quote", quote.quoteNumber());
            }
        }));
    }

    @Override
    public void update(QuoteSnapshot stored) {
        Quote quote = stored.quote();
        String owner = stored.customerNumber().value();
        transactions.inTransaction(() -> transactions.withConnection("changing a quote", connection -> {
            try {
                int updated = Sql.update(connection, "UPDATE ak_quote SET status = ?, answered_at = ?, "
                        + "valid_until = ?, decline_reason = ?, ordered_as = ?, version = version + 1 "
                        + "WHERE customer_number = ? AND quote_number = ? AND version = ?", quote.status().name(),
                        quote.answeredAt().map(Rows::at).orElse(null), quote.validUntil().orElse(null),
                        quote.declineReason(), quote.orderedAs().map(OrderRequestId::value).orElse(null), owner,
                        quote.quoteNumber(), stored.version());
                if (updated != 1) {
                    throw new ConcurrentModification("quote", quote.quoteNumber());
                }
                if (quote.status() == QuoteStatus.ANSWERED) {
                    for (QuoteLine line : quote.lines()) {
                        Sql.update(connection, "UPDATE ak_quote_line SET unit_price = ?, currency = ? "
                                + "WHERE customer_number = ? AND quote_number = ? AND line_number = ?",
                                line.unitPrice().orElseThrow().amount(),
                                line.unitPrice().orElseThrow().currency().getCurrencyCode(), owner,
                                quote.quoteNumber(), line.lineNumber());
                    }
                }
                return null;
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "quote", quote.quoteNumber());
            }
        }));
    }

    @Override
    public Page<QuoteSnapshot> openOf(CustomerNumber customerNumber, UserId requester, LocalDate today,
            PageRequest page) {
        PageToken.Reader after = PageToken.reader(page, MINE);
        List<Object> parameters = new ArrayList<>(List.of(customerNumber.value(), requester.value(),
                QuoteStatus.REQUESTED.name(), QuoteStatus.ANSWERED.name(), today));
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM ak_quote "
                + "WHERE customer_number = ? AND requester_id = ? AND (status = ? OR (status = ? AND valid_until >= ?))");
        if (after != null) {
            sql.append(" AND (requested_at, quote_number) < (?, ?)");
            parameters.add(Rows.at(after.moment()));
            parameters.add(after.text());
        }
        sql.append(" ORDER BY requested_at DESC, quote_number DESC LIMIT ?");
        parameters.add(page.size() + 1);
        return transactions.withConnection("listing quotes", connection -> Page.of(withLines(connection,
                Sql.query(connection, sql.toString(), JdbcQuotes::stored, parameters.toArray())), page,
                last -> PageToken.writer(MINE).moment(last.quote().requestedAt()).text(last.quote().quoteNumber())
                        .token()));
    }

    @Override
    public Page<QuoteSnapshot> requested(PageRequest page) {
        PageToken.Reader after = PageToken.reader(page, QUEUE);
        List<Object> parameters = new ArrayList<>(List.of(QuoteStatus.REQUESTED.name()));
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS).append(" FROM ak_quote WHERE status = ?");
        if (after != null) {
            sql.append(" AND (requested_at, customer_number, quote_number) > (?, ?, ?)");
            parameters.add(Rows.at(after.moment()));
            parameters.add(after.text());
            parameters.add(after.text());
        }
        sql.append(" ORDER BY requested_at, customer_number, quote_number LIMIT ?");
        parameters.add(page.size() + 1);
        return transactions.withConnection("listing quote requests", connection -> Page.of(withLines(connection,
                Sql.query(connection, sql.toString(), JdbcQuotes::stored, parameters.toArray())), page,
                last -> PageToken.writer(QUEUE).moment(last.quote().requestedAt()).text(last.customerNumber().value())
                        .text(last.quote().quoteNumber()).token()));
    }

    /** The quotes with their lines: one statement per customer number among them. */
    private static List<QuoteSnapshot> withLines(Connection connection, List<Stored> stored) throws SQLException {
        Map<String, List<Stored>> perCustomer = stored.stream().collect(Collectors.groupingBy(
                one -> one.customerNumber().value(), LinkedHashMap::new, Collectors.toList()));
        Map<String, List<QuoteLine>> lines = new HashMap<>();
        for (Map.Entry<String, List<Stored>> customer : perCustomer.entrySet()) {
            List<Object> parameters = new ArrayList<>(List.of(customer.getKey()));
            customer.getValue().forEach(one -> parameters.add(one.quoteNumber()));
            for (Map.Entry<String, QuoteLine> line : Sql.query(connection, "SELECT quote_number, line_number, "
                    + "article_number, description, quantity, vat_rate, unit_price, currency FROM ak_quote_line "
                    + "WHERE customer_number = ? AND quote_number IN ("
                    + customer.getValue().stream().map(one -> "?").collect(Collectors.joining(", "))
                    + ") ORDER BY quote_number, line_number", JdbcQuotes::line, parameters.toArray())) {
                lines.computeIfAbsent(customer.getKey() + "/" + line.getKey(), key -> new ArrayList<>())
                        .add(line.getValue());
            }
        }
        return stored.stream().map(one -> one.with(lines.getOrDefault(one.customerNumber().value() + "/"
                + one.quoteNumber(), List.of()))).toList();
    }

    private static Map.Entry<String, QuoteLine> line(ResultSet row) throws SQLException {
        String currency = row.getString("currency");
        return Map.entry(row.getString("quote_number"), new QuoteLine(row.getInt("line_number"),
                row.getString("article_number"), row.getString("description"), row.getInt("quantity"),
                row.getBigDecimal("vat_rate"), currency == null ? Optional.empty()
                        : Optional.of(Rows.money(row, "unit_price", "currency"))));
    }

    private static Stored stored(ResultSet row) throws SQLException {
        UUID orderedAs = row.getObject("ordered_as", UUID.class);
        return new Stored(new CustomerNumber(row.getString("customer_number")), row.getString("quote_number"),
                new UserId(row.getObject("requester_id", UUID.class)), QuoteStatus.valueOf(row.getString("status")),
                row.getString("remark"), Rows.instant(row, "requested_at"),
                Optional.ofNullable(row.getObject("answered_at") == null ? null : Rows.instant(row, "answered_at")),
                Optional.ofNullable(row.getObject("valid_until", LocalDate.class)), row.getString("decline_reason"),
                Optional.ofNullable(orderedAs).map(OrderRequestId::new), row.getLong("version"));
    }
}
