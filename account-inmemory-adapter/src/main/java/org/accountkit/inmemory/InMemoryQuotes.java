package org.accountkit.inmemory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.quote.Quote;
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
 * Quotes in memory: per customer number by number and per requester newest first; customer service's queue of
 * requested quotes over every customer number, oldest first.
 */
@SecondaryAdapter
final class InMemoryQuotes implements Quotes {

    private static final String MINE = "my-quotes";
    private static final String QUEUE = "quote-requests";
    private static final Comparator<Mine> NEWEST_FIRST = Comparator.comparing(Mine::at).thenComparing(Mine::number)
            .reversed();
    private static final Comparator<Queued> OLDEST_FIRST = Comparator.comparing(Queued::at)
            .thenComparing(Queued::customer).thenComparing(Queued::number);

    private final InMemoryTransactions transactions;
    private final Map<CustomerNumber, Book> books = new HashMap<>();
    private final KeysetIndex<Queued, QuoteSnapshot> requested = new KeysetIndex<>(OLDEST_FIRST);

    InMemoryQuotes(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private record Mine(Instant at, String number) {
    }

    private record Queued(Instant at, String customer, String number) {

        static Queued of(QuoteSnapshot stored) {
            return new Queued(stored.quote().requestedAt(), stored.customerNumber().value(),
                    stored.quote().quoteNumber());
        }
    }

    private static final class Book {
        final Map<String, QuoteSnapshot> quotes = new HashMap<>();
        final Map<UserId, KeysetIndex<Mine, String>> byRequester = new HashMap<>();
    }

    @Override
    public Optional<QuoteSnapshot> find(CustomerNumber customerNumber, String quoteNumber) {
        return transactions.read(() -> Optional.ofNullable(books.get(customerNumber))
                .map(book -> book.quotes.get(quoteNumber)));
    }

    @Override
    public long numbered(CustomerNumber customerNumber, String prefix) {
        return transactions.read(() -> {
            Book book = books.get(customerNumber);
            return book == null ? 0L : book.quotes.keySet().stream().filter(number -> number.startsWith(prefix))
                    .count();
        });
    }

    @Override
    public void add(QuoteSnapshot quote) {
        QuoteSnapshot stored = new QuoteSnapshot(quote.customerNumber(), quote.quote(), 0);
        String number = quote.quote().quoteNumber();
        Mine position = new Mine(quote.quote().requestedAt(), number);
        transactions.write(() -> {
            Book book = books.computeIfAbsent(quote.customerNumber(), customer -> new Book());
            if (book.quotes.putIfAbsent(number, stored) != null) {
                throw new ConcurrentModification("quote", number);
            }
            book.byRequester.computeIfAbsent(quote.quote().requester(), requester -> new KeysetIndex<>(NEWEST_FIRST))
                    .put(position, number);
            queue(stored);
        }, () -> {
            Book book = books.get(quote.customerNumber());
            book.quotes.remove(number);
            book.byRequester.get(quote.quote().requester()).remove(position);
            requested.remove(Queued.of(stored));
        });
    }

    @Override
    public void update(QuoteSnapshot quote) {
        String number = quote.quote().quoteNumber();
        QuoteSnapshot stored = new QuoteSnapshot(quote.customerNumber(), quote.quote(), quote.version() + 1);
        QuoteSnapshot[] previous = new QuoteSnapshot[1];
        transactions.write(() -> {
            Book book = books.get(quote.customerNumber());
            QuoteSnapshot current = book == null ? null : book.quotes.get(number);
            if (current == null || current.version() != quote.version()) {
                throw new ConcurrentModification("quote", number);
            }
            previous[0] = current;
            book.quotes.put(number, stored);
            requested.remove(Queued.of(current));
            queue(stored);
        }, () -> {
            books.get(quote.customerNumber()).quotes.put(number, previous[0]);
            requested.remove(Queued.of(stored));
            queue(previous[0]);
        });
    }

    private void queue(QuoteSnapshot stored) {
        if (stored.quote().status() == QuoteStatus.REQUESTED) {
            requested.put(Queued.of(stored), stored);
        }
    }

    @Override
    public Page<QuoteSnapshot> openOf(CustomerNumber customerNumber, UserId requester, LocalDate today,
            PageRequest page) {
        PageToken.Reader reader = PageToken.reader(page, MINE);
        Mine after = reader == null ? null : new Mine(reader.moment(), reader.text());
        return transactions.read(() -> {
            Book book = books.get(customerNumber);
            KeysetIndex<Mine, String> index = book == null ? null : book.byRequester.get(requester);
            List<QuoteSnapshot> fetched = index == null ? List.of() : index.after(after, page.size() + 1,
                    number -> isOpen(book.quotes.get(number).quote(), today)).stream()
                    .map(book.quotes::get).toList();
            return Page.of(fetched, page, last -> PageToken.writer(MINE).moment(last.quote().requestedAt())
                    .text(last.quote().quoteNumber()).token());
        });
    }

    private static boolean isOpen(Quote quote, LocalDate today) {
        return quote.status() == QuoteStatus.REQUESTED || quote.status() == QuoteStatus.ANSWERED
                && !quote.validUntil().orElseThrow().isBefore(today);
    }

    @Override
    public Page<QuoteSnapshot> requested(PageRequest page) {
        PageToken.Reader reader = PageToken.reader(page, QUEUE);
        Queued after = reader == null ? null : new Queued(reader.moment(), reader.text(), reader.text());
        return transactions.read(() -> Page.of(requested.after(after, page.size() + 1, any -> true), page,
                last -> PageToken.writer(QUEUE).moment(last.quote().requestedAt())
                        .text(last.customerNumber().value()).text(last.quote().quoteNumber()).token()));
    }
}
