package org.accountkit.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.accountkit.ConcurrentModification;
import org.accountkit.lists.ArticleList;
import org.accountkit.lists.ArticleListId;
import org.accountkit.lists.ArticleListLine;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.accountkit.spi.ArticleListSnapshot;
import org.accountkit.spi.ArticleLists;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Article lists in {@code ak_article_list}, their lines in {@code ak_article_list_line} by position. A change
 * rewrites the list's lines (a list holds at most 200); the unique index on the owner's name key turns two lists of
 * one name created at the same moment into a lost race.
 */
@SecondaryAdapter
final class JdbcArticleLists implements ArticleLists {

    private static final String COLUMNS = "list_id, owner_id, name, shared, changed_at, version";

    private final JdbcTransactions transactions;

    JdbcArticleLists(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    /** A list as its row holds it. */
    private record Stored(ArticleListId id, UserId owner, String name, boolean shared, Instant changedAt,
            long version) {
    }

    @Override
    public Optional<ArticleListSnapshot> find(CustomerNumber customerNumber, ArticleListId list) {
        return transactions.withConnection("finding an article list", connection -> {
            Optional<Stored> stored = Sql.queryOne(connection, "SELECT " + COLUMNS + " FROM ak_article_list "
                    + "WHERE customer_number = ? AND list_id = ?", JdbcArticleLists::stored, customerNumber.value(),
                    list.value());
            return stored.isEmpty() ? Optional.<ArticleListSnapshot>empty()
                    : Optional.of(withLines(connection, customerNumber, List.of(stored.get())).get(0));
        });
    }

    @Override
    public List<ArticleListSnapshot> visibleTo(CustomerNumber customerNumber, UserId user) {
        return transactions.withConnection("listing article lists", connection -> withLines(connection,
                customerNumber, Sql.query(connection, "SELECT " + COLUMNS + " FROM ak_article_list "
                        + "WHERE customer_number = ? AND (owner_id = ? OR shared = ?)", JdbcArticleLists::stored,
                        customerNumber.value(), user.value(), true)));
    }

    @Override
    public void add(ArticleListSnapshot stored) {
        ArticleList list = stored.list();
        transactions.inTransaction(() -> transactions.withConnection("adding an article list", connection -> {
            try {
                Sql.update(connection, "INSERT INTO ak_article_list (customer_number, list_id, owner_id, name, "
                        + "name_key, shared, changed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                        stored.customerNumber().value(), list.id().value(), list.owner().value(), list.name(),
                        ArticleList.nameKey(list.name()), list.shared(), Rows.at(list.changedAt()));
                insertLines(connection, stored);
                return null;
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "article list", list.id());
            }
        }));
    }

    @Override
    public void update(ArticleListSnapshot stored) {
        ArticleList list = stored.list();
        transactions.inTransaction(() -> transactions.withConnection("changing an article list", connection -> {
            try {
                int updated = Sql.update(connection, "UPDATE ak_article_list SET name = ?, name_key = ?, shared = ?, "
                        + "changed_at = ?, version = version + 1 WHERE customer_number = ? AND list_id = ? "
                        + "AND version = ?", list.name(), ArticleList.nameKey(list.name()), list.shared(),
                        Rows.at(list.changedAt()), stored.customerNumber().value(), list.id().value(),
                        stored.version());
                if (updated != 1) {
                    throw new ConcurrentModification("article list", list.id());
                }
                deleteLines(connection, stored);
                insertLines(connection, stored);
                return null;
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "article list", list.id());
            }
        }));
    }

    @Override
    public void delete(ArticleListSnapshot stored) {
        ArticleList list = stored.list();
        transactions.inTransaction(() -> transactions.withConnection("deleting an article list", connection -> {
            try {
                int deleted = Sql.update(connection, "DELETE FROM ak_article_list WHERE customer_number = ? "
                        + "AND list_id = ? AND version = ?", stored.customerNumber().value(), list.id().value(),
                        stored.version());
                if (deleted != 1) {
                    throw new ConcurrentModification("article list", list.id());
                }
                deleteLines(connection, stored);
                return null;
            } catch (SQLException failure) {
                throw Sql.lostRaceOr(failure, "article list", list.id());
            }
        }));
    }

    private static void deleteLines(Connection connection, ArticleListSnapshot stored) throws SQLException {
        Sql.update(connection, "DELETE FROM ak_article_list_line WHERE customer_number = ? AND list_id = ?",
                stored.customerNumber().value(), stored.list().id().value());
    }

    private static void insertLines(Connection connection, ArticleListSnapshot stored) throws SQLException {
        List<ArticleListLine> lines = stored.list().lines();
        for (int position = 0; position < lines.size(); position++) {
            ArticleListLine line = lines.get(position);
            Sql.update(connection, "INSERT INTO ak_article_list_line (customer_number, list_id, position, "
                    + "article_number, quantity, note) VALUES (?, ?, ?, ?, ?, ?)", stored.customerNumber().value(),
                    stored.list().id().value(), position, line.articleNumber(), line.quantity(), line.note());
        }
    }

    /** The lists with their lines, read in one statement. */
    private static List<ArticleListSnapshot> withLines(Connection connection, CustomerNumber customerNumber,
            List<Stored> stored) throws SQLException {
        Map<UUID, List<ArticleListLine>> lines = new HashMap<>();
        if (!stored.isEmpty()) {
            List<Object> parameters = new ArrayList<>(List.of(customerNumber.value()));
            stored.forEach(one -> parameters.add(one.id().value()));
            for (Map.Entry<UUID, ArticleListLine> line : Sql.query(connection, "SELECT list_id, article_number, "
                    + "quantity, note FROM ak_article_list_line WHERE customer_number = ? AND list_id IN ("
                    + stored.stream().map(one -> "?").collect(Collectors.joining(", ")) + ") ORDER BY list_id, "
                    + "position", row -> Map.entry(row.getObject("list_id", UUID.class), new ArticleListLine(
                            row.getString("article_number"), row.getInt("quantity"), row.getString("note"))),
                    parameters.toArray())) {
                lines.computeIfAbsent(line.getKey(), id -> new ArrayList<>()).add(line.getValue());
            }
        }
        return stored.stream().map(one -> new ArticleListSnapshot(customerNumber, new ArticleList(one.id(),
                one.owner(), one.name(), one.shared(), lines.getOrDefault(one.id().value(), List.of()),
                one.changedAt()), one.version())).toList();
    }

    private static Stored stored(ResultSet row) throws SQLException {
        return new Stored(new ArticleListId(row.getObject("list_id", UUID.class)),
                new UserId(row.getObject("owner_id", UUID.class)), row.getString("name"), row.getBoolean("shared"),
                Rows.instant(row, "changed_at"), row.getLong("version"));
    }
}
