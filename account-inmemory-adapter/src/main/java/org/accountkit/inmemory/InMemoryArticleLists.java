package org.accountkit.inmemory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.lists.ArticleListId;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.accountkit.spi.ArticleListSnapshot;
import org.accountkit.spi.ArticleLists;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Article lists in memory, per customer number. */
@SecondaryAdapter
final class InMemoryArticleLists implements ArticleLists {

    private final InMemoryTransactions transactions;
    private final Map<CustomerNumber, Map<ArticleListId, ArticleListSnapshot>> books = new HashMap<>();

    InMemoryArticleLists(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<ArticleListSnapshot> find(CustomerNumber customerNumber, ArticleListId list) {
        return transactions.read(() -> Optional.ofNullable(books.getOrDefault(customerNumber, Map.of()).get(list)));
    }

    @Override
    public List<ArticleListSnapshot> visibleTo(CustomerNumber customerNumber, UserId user) {
        return transactions.read(() -> books.getOrDefault(customerNumber, Map.of()).values().stream()
                .filter(stored -> stored.list().owner().equals(user) || stored.list().shared()).toList());
    }

    @Override
    public void add(ArticleListSnapshot list) {
        ArticleListSnapshot stored = new ArticleListSnapshot(list.customerNumber(), list.list(), 0);
        ArticleListId id = list.list().id();
        transactions.write(() -> {
            Map<ArticleListId, ArticleListSnapshot> book = books.computeIfAbsent(list.customerNumber(),
                    customer -> new LinkedHashMap<>());
            if (book.putIfAbsent(id, stored) != null) {
                throw new ConcurrentModification("article list", id);
            }
        }, () -> books.get(list.customerNumber()).remove(id));
    }

    @Override
    public void update(ArticleListSnapshot list) {
        replace(list, new ArticleListSnapshot(list.customerNumber(), list.list(), list.version() + 1));
    }

    @Override
    public void delete(ArticleListSnapshot list) {
        replace(list, null);
    }

    private void replace(ArticleListSnapshot expected, ArticleListSnapshot next) {
        ArticleListId id = expected.list().id();
        ArticleListSnapshot[] previous = new ArticleListSnapshot[1];
        transactions.write(() -> {
            Map<ArticleListId, ArticleListSnapshot> book = books.get(expected.customerNumber());
            ArticleListSnapshot current = book == null ? null : book.get(id);
            if (current == null || current.version() != expected.version()) {
                throw new ConcurrentModification("article list", id);
            }
            previous[0] = current;
            if (next == null) {
                book.remove(id);
            } else {
                book.put(id, next);
            }
        }, () -> books.get(expected.customerNumber()).put(id, previous[0]));
    }
}
