package org.accountkit.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accountkit.ConcurrentModification;
import org.accountkit.service.ServiceCase;
import org.accountkit.service.ServiceCaseKind;
import org.accountkit.service.ServiceCaseStatus;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.PageToken;
import org.accountkit.spi.ServiceCaseSnapshot;
import org.accountkit.spi.ServiceCases;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Service cases in memory, per customer number, with their overview sorted for everyone and per requester. */
@SecondaryAdapter
final class InMemoryServiceCases implements ServiceCases {

    private static final String OVERVIEW = "service-cases";
    private static final Comparator<Position> NEWEST_FIRST = Comparator.comparing(Position::at)
            .thenComparing(Position::number).reversed();

    private final InMemoryTransactions transactions;
    private final Map<CustomerNumber, Book> books = new HashMap<>();

    InMemoryServiceCases(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    private record Position(Instant at, String number) {
    }

    private static final class Book {
        final Map<String, ServiceCaseSnapshot> cases = new HashMap<>();
        final Map<UserId, KeysetIndex<Position, String>> newest = new HashMap<>();
        final Map<String, Set<String>> returnsByOrder = new HashMap<>();

        void index(ServiceCase serviceCase, boolean adding) {
            Position position = new Position(serviceCase.registeredAt(), serviceCase.caseNumber());
            for (UserId owner : java.util.Arrays.asList(null, serviceCase.requester())) {
                KeysetIndex<Position, String> index = newest.computeIfAbsent(owner, none -> new KeysetIndex<>(
                        NEWEST_FIRST));
                if (adding) {
                    index.put(position, serviceCase.caseNumber());
                } else {
                    index.remove(position);
                }
            }
            serviceCase.returned().ifPresent(goods -> {
                if (adding) {
                    returnsByOrder.computeIfAbsent(goods.erpOrderNumber(), order -> new HashSet<>())
                            .add(serviceCase.caseNumber());
                } else {
                    returnsByOrder.get(goods.erpOrderNumber()).remove(serviceCase.caseNumber());
                }
            });
        }
    }

    @Override
    public Optional<ServiceCaseSnapshot> find(CustomerNumber customerNumber, String caseNumber) {
        return transactions.read(() -> Optional.ofNullable(books.get(customerNumber))
                .map(book -> book.cases.get(caseNumber)));
    }

    @Override
    public long numbered(CustomerNumber customerNumber, String prefix) {
        return transactions.read(() -> {
            Book book = books.get(customerNumber);
            return book == null ? 0L : book.cases.keySet().stream().filter(number -> number.startsWith(prefix))
                    .count();
        });
    }

    @Override
    public void add(ServiceCaseSnapshot serviceCase) {
        String number = serviceCase.serviceCase().caseNumber();
        ServiceCaseSnapshot stored = new ServiceCaseSnapshot(serviceCase.customerNumber(), serviceCase.serviceCase(),
                0);
        transactions.write(() -> {
            Book book = books.computeIfAbsent(serviceCase.customerNumber(), customer -> new Book());
            if (book.cases.putIfAbsent(number, stored) != null) {
                throw new ConcurrentModification("service case", number);
            }
            book.index(stored.serviceCase(), true);
        }, () -> {
            Book book = books.get(serviceCase.customerNumber());
            book.cases.remove(number);
            book.index(stored.serviceCase(), false);
        });
    }

    @Override
    public void update(ServiceCaseSnapshot serviceCase) {
        String number = serviceCase.serviceCase().caseNumber();
        ServiceCaseSnapshot stored = new ServiceCaseSnapshot(serviceCase.customerNumber(), serviceCase.serviceCase(),
                serviceCase.version() + 1);
        ServiceCaseSnapshot[] previous = new ServiceCaseSnapshot[1];
        transactions.write(() -> {
            Book book = books.get(serviceCase.customerNumber());
            ServiceCaseSnapshot current = book == null ? null : book.cases.get(number);
            if (current == null || current.version() != serviceCase.version()) {
                throw new ConcurrentModification("service case", number);
            }
            previous[0] = current;
            book.cases.put(number, stored);
        }, () -> books.get(serviceCase.customerNumber()).cases.put(number, previous[0]));
    }

    @Override
    public List<ServiceCase> returnsOf(CustomerNumber customerNumber, String erpOrderNumber) {
        return transactions.read(() -> {
            Book book = books.get(customerNumber);
            return book == null ? List.of() : book.returnsByOrder.getOrDefault(erpOrderNumber, Set.of()).stream()
                    .map(number -> book.cases.get(number).serviceCase()).toList();
        });
    }

    @Override
    public Page<ServiceCase> list(CustomerNumber customerNumber, UserId requester, Set<ServiceCaseKind> kinds,
            Set<ServiceCaseStatus> statuses, PageRequest page) {
        PageToken.Reader reader = PageToken.reader(page, OVERVIEW);
        Position after = reader == null ? null : new Position(reader.moment(), reader.text());
        return transactions.read(() -> {
            Book book = books.get(customerNumber);
            KeysetIndex<Position, String> index = book == null ? null : book.newest.get(requester);
            List<ServiceCase> fetched = index == null ? List.of() : index.after(after, page.size() + 1, number -> {
                ServiceCase serviceCase = book.cases.get(number).serviceCase();
                return (kinds.isEmpty() || kinds.contains(serviceCase.kind()))
                        && (statuses.isEmpty() || statuses.contains(serviceCase.status()));
            }).stream().map(number -> book.cases.get(number).serviceCase()).toList();
            return Page.of(fetched, page, last -> PageToken.writer(OVERVIEW).moment(last.registeredAt())
                    .text(last.caseNumber()).token());
        });
    }
}
