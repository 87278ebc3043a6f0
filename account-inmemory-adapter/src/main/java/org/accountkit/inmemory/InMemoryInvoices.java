package org.accountkit.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.accountkit.ConcurrentModification;
import org.accountkit.orders.InvoiceBalance;
import org.accountkit.orders.InvoiceLine;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.InvoiceSnapshot;
import org.accountkit.spi.Invoices;
import org.accountkit.spi.PageToken;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Invoices in memory, one book per customer number with its open and settled invoices sorted apart. */
@SecondaryAdapter
final class InMemoryInvoices implements Invoices {

    private static final String OPEN = "open-invoices";
    private static final String SETTLED = "settled-invoices";

    /** Open invoices: soonest due first, then number. */
    private static final Comparator<DatedKey> SOONEST_DUE = Comparator.comparing(DatedKey::date)
            .thenComparing(DatedKey::number);
    /** Settled invoices: newest first. */
    private static final Comparator<DatedKey> NEWEST = SOONEST_DUE.reversed();

    private final InMemoryTransactions transactions;
    private final Map<CustomerNumber, Book> books = new HashMap<>();

    InMemoryInvoices(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private record DatedKey(LocalDate date, String number) {
    }

    private static final class Book {
        final Map<String, InvoiceSnapshot> invoices = new HashMap<>();
        final KeysetIndex<DatedKey, InvoiceSnapshot> open = new KeysetIndex<>(SOONEST_DUE);
        final KeysetIndex<DatedKey, InvoiceSnapshot> settled = new KeysetIndex<>(NEWEST);
        final Map<String, Set<String>> invoicesOfOrder = new HashMap<>();

        void replace(InvoiceSnapshot before, InvoiceSnapshot after) {
            if (before != null) {
                invoices.remove(before.invoiceNumber());
                open.remove(new DatedKey(before.dueDate(), before.invoiceNumber()));
                settled.remove(new DatedKey(before.invoiceDate(), before.invoiceNumber()));
                for (InvoiceLine line : before.lines()) {
                    Set<String> numbers = invoicesOfOrder.get(line.erpOrderNumber());
                    if (numbers != null) {
                        numbers.remove(before.invoiceNumber());
                    }
                }
            }
            if (after != null) {
                invoices.put(after.invoiceNumber(), after);
                if (after.isSettled()) {
                    settled.put(new DatedKey(after.invoiceDate(), after.invoiceNumber()), after);
                } else {
                    open.put(new DatedKey(after.dueDate(), after.invoiceNumber()), after);
                }
                for (InvoiceLine line : after.lines()) {
                    if (!line.erpOrderNumber().isEmpty()) {
                        invoicesOfOrder.computeIfAbsent(line.erpOrderNumber(), order -> new LinkedHashSet<>())
                                .add(after.invoiceNumber());
                    }
                }
            }
        }
    }

    @Override
    public Optional<InvoiceSnapshot> find(CustomerNumber customerNumber, String invoiceNumber) {
        return transactions.read(() -> Optional.ofNullable(books.get(customerNumber))
                .map(book -> book.invoices.get(invoiceNumber)));
    }

    @Override
    public void add(InvoiceSnapshot invoice) {
        InvoiceSnapshot stored = invoice.atVersion(0);
        transactions.write(() -> {
            Book book = books.computeIfAbsent(invoice.customerNumber(), number -> new Book());
            if (book.invoices.containsKey(invoice.invoiceNumber())) {
                throw new ConcurrentModification("invoice", invoice.invoiceNumber());
            }
            book.replace(null, stored);
        }, () -> books.get(invoice.customerNumber()).replace(stored, null));
    }

    @Override
    public void update(InvoiceSnapshot invoice) {
        InvoiceSnapshot stored = invoice.atVersion(invoice.version() + 1);
        InvoiceSnapshot[] previous = new InvoiceSnapshot[1];
        transactions.write(() -> {
            Book book = books.get(invoice.customerNumber());
            InvoiceSnapshot current = book == null ? null : book.invoices.get(invoice.invoiceNumber());
            if (current == null || current.version() != invoice.version()) {
                throw new ConcurrentModification("invoice", invoice.invoiceNumber());
            }
            previous[0] = current;
            book.replace(current, stored);
        }, () -> books.get(invoice.customerNumber()).replace(stored, previous[0]));
    }

    @Override
    public Page<InvoiceSnapshot> list(CustomerNumber customerNumber, boolean settled, PageRequest page) {
        String overview = settled ? SETTLED : OPEN;
        PageToken.Reader reader = PageToken.reader(page, overview);
        DatedKey after = reader == null ? null : new DatedKey(reader.date(), reader.text());
        return transactions.read(() -> {
            Book book = books.get(customerNumber);
            List<InvoiceSnapshot> fetched = book == null ? List.of()
                    : (settled ? book.settled : book.open).after(after, page.size() + 1, invoice -> true);
            return Page.of(fetched, page, last -> PageToken.writer(overview)
                    .date(settled ? last.invoiceDate() : last.dueDate()).text(last.invoiceNumber()).token());
        });
    }

    @Override
    public List<InvoiceSnapshot> invoicesOf(CustomerNumber customerNumber, String erpOrderNumber) {
        return transactions.read(() -> {
            Book book = books.get(customerNumber);
            if (book == null) {
                return List.of();
            }
            List<InvoiceSnapshot> found = new ArrayList<>();
            for (String number : book.invoicesOfOrder.getOrDefault(erpOrderNumber, Set.of())) {
                found.add(book.invoices.get(number));
            }
            found.sort(Comparator.comparing(InvoiceSnapshot::invoiceDate)
                    .thenComparing(InvoiceSnapshot::invoiceNumber));
            return List.copyOf(found);
        });
    }

    @Override
    public InvoiceBalance balance(CustomerNumber customerNumber, LocalDate today) {
        return transactions.read(() -> {
            Map<Currency, Money> outstanding = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
            Map<Currency, Money> overdue = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
            long open = 0;
            long late = 0;
            Book book = books.get(customerNumber);
            for (InvoiceSnapshot invoice : book == null ? List.<InvoiceSnapshot>of() : book.open.all()) {
                Money owed = invoice.outstanding();
                Money zero = Money.zero(owed.currency());
                outstanding.merge(owed.currency(), owed, Money::plus);
                open++;
                if (invoice.dueDate().isBefore(today)) {
                    overdue.merge(owed.currency(), owed, Money::plus);
                    late++;
                } else {
                    overdue.merge(owed.currency(), zero, Money::plus);
                }
            }
            return new InvoiceBalance(List.copyOf(outstanding.values()), List.copyOf(overdue.values()), open, late);
        });
    }
}
