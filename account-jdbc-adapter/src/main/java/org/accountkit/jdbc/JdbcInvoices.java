package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.accountkit.ConcurrentModification;
import org.accountkit.orders.InvoiceBalance;
import org.accountkit.orders.InvoiceLine;
import org.accountkit.orders.VatTotal;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.InvoiceSnapshot;
import org.accountkit.spi.Invoices;
import org.accountkit.spi.PageToken;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Invoices in {@code ak_invoice} (with what was paid and credited, whether it is settled, and its version),
 * {@code ak_invoice_line} and {@code ak_invoice_vat}. A payment or credit note bumps the version, which locks the
 * row; one read before another committed is refused with {@link ConcurrentModification} and read again.
 */
@SecondaryAdapter
final class JdbcInvoices implements Invoices {

    private static final String OPEN = "open-invoices";
    private static final String SETTLED = "settled-invoices";
    private static final String COLUMNS = "customer_number, invoice_number, invoice_date, due_date, currency, "
            + "gross_total, paid, credited, is_settled, version";

    private final JdbcTransactions transactions;

    JdbcInvoices(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<InvoiceSnapshot> find(CustomerNumber customerNumber, String invoiceNumber) {
        return transactions.withConnection("finding an invoice", connection -> load(connection, customerNumber,
                "SELECT " + COLUMNS + " FROM ak_invoice WHERE customer_number = ? AND invoice_number = ?",
                customerNumber.value(), invoiceNumber).stream().findFirst());
    }

    @Override
    public void add(InvoiceSnapshot invoice) {
        transactions.inTransaction(() -> transactions.withConnection("adding an invoice", connection -> {
            String owner = invoice.customerNumber().value();
            try {
                Sql.update(connection, "INSERT INTO ak_invoice (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                        owner, invoice.invoiceNumber(), invoice.invoiceDate(), invoice.dueDate(),
                        invoice.currency().getCurrencyCode(), invoice.grossTotal().amount(), invoice.paid().amount(),
                        invoice.credited().amount(), invoice.isSettled());
                for (int index = 0; index < invoice.lines().size(); index++) {
                    InvoiceLine line = invoice.lines().get(index);
                    Sql.update(connection, "INSERT INTO ak_invoice_line (customer_number, invoice_number, line_index, "
                            + "erp_order_number, description, net_amount, vat_rate) VALUES (?, ?, ?, ?, ?, ?, ?)",
                            owner, invoice.invoiceNumber(), index, line.erpOrderNumber(), line.description(),
                            line.netAmount().amount(), line.vatRate());
                }
                for (VatTotal rate : invoice.vat()) {
                    Sql.update(connection, "INSERT INTO ak_invoice_vat (customer_number, invoice_number, vat_rate, "
                            + "net_amount, vat_amount, gross_amount) VALUES (?, ?, ?, ?, ?, ?)", owner,
                            invoice.invoiceNumber(), rate.vatRate(), rate.net().amount(), rate.vat().amount(),
                            rate.gross().amount());
                }
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "invoice", invoice.invoiceNumber());
            }
            return null;
        }));
    }

    @Override
    public void update(InvoiceSnapshot invoice) {
        transactions.withConnection("changing an invoice", connection -> {
            int updated;
            try {
                updated = Sql.update(connection, "UPDATE ak_invoice SET paid = ?, credited = ?, is_settled = ?, "
                        + "version = version + 1 WHERE customer_number = ? AND invoice_number = ? AND version = ?",
                        invoice.paid().amount(), invoice.credited().amount(), invoice.isSettled(),
                        invoice.customerNumber().value(), invoice.invoiceNumber(), invoice.version());
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "invoice", invoice.invoiceNumber());
            }
            if (updated != 1) {
                throw new ConcurrentModification("invoice", invoice.invoiceNumber());
            }
            return null;
        });
    }

    @Override
    public Page<InvoiceSnapshot> list(CustomerNumber customerNumber, boolean settled, PageRequest page) {
        String overview = settled ? SETTLED : OPEN;
        PageToken.Reader after = PageToken.reader(page, overview);
        List<Object> parameters = new ArrayList<>(List.of(customerNumber.value(), settled));
        String dateColumn = settled ? "invoice_date" : "due_date";
        StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
                .append(" FROM ak_invoice WHERE customer_number = ? AND is_settled = ?");
        if (after != null) {
            sql.append(" AND (").append(dateColumn).append(", invoice_number) ").append(settled ? "<" : ">")
                    .append(" (?, ?)");
            parameters.add(after.date());
            parameters.add(after.text());
        }
        String direction = settled ? " DESC" : "";
        sql.append(" ORDER BY ").append(dateColumn).append(direction).append(", invoice_number").append(direction)
                .append(" LIMIT ?");
        parameters.add(page.size() + 1);
        return transactions.withConnection("listing invoices", connection -> Page.of(
                load(connection, customerNumber, sql.toString(), parameters.toArray()), page,
                last -> PageToken.writer(overview).date(settled ? last.invoiceDate() : last.dueDate())
                        .text(last.invoiceNumber()).token()));
    }

    @Override
    public List<InvoiceSnapshot> invoicesOf(CustomerNumber customerNumber, String erpOrderNumber) {
        return transactions.withConnection("finding an order's invoices", connection -> load(connection,
                customerNumber, "SELECT " + COLUMNS + " FROM ak_invoice WHERE customer_number = ? AND invoice_number IN "
                        + "(SELECT invoice_number FROM ak_invoice_line WHERE customer_number = ? "
                        + "AND erp_order_number = ?) ORDER BY invoice_date, invoice_number",
                customerNumber.value(), customerNumber.value(), erpOrderNumber));
    }

    @Override
    public InvoiceBalance balance(CustomerNumber customerNumber, LocalDate today) {
        return transactions.withConnection("adding up open invoices", connection -> {
            List<Money> outstanding = new ArrayList<>();
            List<Money> overdue = new ArrayList<>();
            long[] counts = new long[2];
            Sql.query(connection, "SELECT currency, SUM(gross_total - paid - credited), "
                    + "SUM(CASE WHEN due_date < ? THEN gross_total - paid - credited ELSE 0 END), COUNT(*), "
                    + "SUM(CASE WHEN due_date < ? THEN 1 ELSE 0 END) FROM ak_invoice "
                    + "WHERE customer_number = ? AND is_settled = FALSE GROUP BY currency ORDER BY currency", row -> {
                        Currency currency = Rows.currency(row.getString(1));
                        outstanding.add(new Money(row.getBigDecimal(2), currency));
                        overdue.add(new Money(row.getBigDecimal(3), currency));
                        counts[0] += row.getLong(4);
                        counts[1] += row.getLong(5);
                        return null;
                    }, today, today, customerNumber.value());
            return new InvoiceBalance(outstanding, overdue, counts[0], counts[1]);
        });
    }

    /** Invoices with their lines and VAT totals: the invoices, then their lines and totals in one statement each. */
    private static List<InvoiceSnapshot> load(Connection connection, CustomerNumber customerNumber, String sql,
            Object... parameters) throws SQLException {
        List<Row> rows = Sql.query(connection, sql, JdbcInvoices::row, parameters);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<InvoiceLine>> lines = new LinkedHashMap<>();
        Map<String, List<VatTotal>> vat = new LinkedHashMap<>();
        List<Object> keys = new ArrayList<>();
        keys.add(customerNumber.value());
        for (Row row : rows) {
            lines.put(row.number, new ArrayList<>());
            vat.put(row.number, new ArrayList<>());
            keys.add(row.number);
        }
        String in = rows.stream().map(row -> "?").collect(Collectors.joining(", "));
        Map<String, Currency> currencies = rows.stream().collect(Collectors.toMap(Row::number, Row::currency));
        Sql.query(connection, "SELECT invoice_number, erp_order_number, description, net_amount, vat_rate "
                + "FROM ak_invoice_line WHERE customer_number = ? AND invoice_number IN (" + in
                + ") ORDER BY invoice_number, line_index", line -> lines.get(line.getString(1)).add(new InvoiceLine(
                        line.getString(2), line.getString(3),
                        new Money(line.getBigDecimal(4), currencies.get(line.getString(1))), line.getBigDecimal(5))),
                keys.toArray());
        Sql.query(connection, "SELECT invoice_number, vat_rate, net_amount, vat_amount, gross_amount "
                + "FROM ak_invoice_vat WHERE customer_number = ? AND invoice_number IN (" + in
                + ") ORDER BY invoice_number, vat_rate", total -> {
                    Currency currency = currencies.get(total.getString(1));
                    return vat.get(total.getString(1)).add(new VatTotal(total.getBigDecimal(2),
                            new Money(total.getBigDecimal(3), currency), new Money(total.getBigDecimal(4), currency),
                            new Money(total.getBigDecimal(5), currency)));
                }, keys.toArray());
        return rows.stream().map(row -> new InvoiceSnapshot(customerNumber, row.number, row.invoiceDate,
                row.dueDate, lines.get(row.number), vat.get(row.number), row.paid, row.credited, row.version))
                .toList();
    }

    private record Row(String number, LocalDate invoiceDate, LocalDate dueDate, Currency currency, Money paid,
            Money credited, long version) {
    }

    private static Row row(ResultSet row) throws SQLException {
        Currency currency = Rows.currency(row.getString("currency"));
        return new Row(row.getString("invoice_number"), row.getObject("invoice_date", LocalDate.class),
                row.getObject("due_date", LocalDate.class), currency, new Money(row.getBigDecimal("paid"), currency),
                new Money(row.getBigDecimal("credited"), currency), row.getLong("version"));
    }
}
