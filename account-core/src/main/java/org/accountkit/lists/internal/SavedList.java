package org.accountkit.lists.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.lists.ArticleList;
import org.accountkit.lists.ArticleListFull;
import org.accountkit.lists.ArticleListId;
import org.accountkit.lists.ArticleListLine;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.ArticleListSnapshot;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * An article list and its rules: each article once, at most {@value ArticleList#MAX_LINES} lines, at most
 * {@value ArticleList#MAX_QUANTITY} of an article.
 */
public final class SavedList implements AggregateRoot<SavedList, ArticleListId> {

    private ArticleListSnapshot state;

    private SavedList(ArticleListSnapshot state) {
        this.state = state;
    }

    /** The list as stored. */
    public static SavedList restore(ArticleListSnapshot stored) {
        return new SavedList(stored);
    }

    /** A new, empty list. */
    public static SavedList create(CustomerNumber customerNumber, ArticleListId id, UserId owner, String name,
            boolean shared, Instant now) {
        return new SavedList(new ArticleListSnapshot(customerNumber, new ArticleList(id, owner, name, shared,
                List.of(), now), 0));
    }

    /** Renames it and shares it or stops sharing it. */
    public void change(String name, boolean shared, Instant now) {
        ArticleList list = state.list();
        replace(new ArticleList(list.id(), list.owner(), name, shared, list.lines(), now));
    }

    /**
     * Adds an article at the end, or adds the quantity to its line (taking the note when one is given).
     *
     * @throws ArticleListFull when a new line would exceed the limit
     * @throws InvalidCommand  naming {@code quantity} when the line would exceed the most of an article
     */
    public void add(String articleNumber, int quantity, String note, Instant now) {
        List<ArticleListLine> lines = new ArrayList<>(state.list().lines());
        int at = indexOf(articleNumber);
        if (at < 0) {
            if (lines.size() >= ArticleList.MAX_LINES) {
                throw new ArticleListFull(state.list().name());
            }
            lines.add(new ArticleListLine(articleNumber, quantity, note));
        } else {
            ArticleListLine line = lines.get(at);
            if ((long) line.quantity() + quantity > ArticleList.MAX_QUANTITY) {
                throw new InvalidCommand(List.of(CommandValidation.violation("quantity",
                        "org.accountkit.lists.QuantityTooLarge.message")));
            }
            lines.set(at, new ArticleListLine(articleNumber, line.quantity() + quantity,
                    note.isEmpty() ? line.note() : note));
        }
        withLines(lines, now);
    }

    /**
     * Sets an article's quantity and note.
     *
     * @throws NotFound when the article is not on the list
     */
    public void change(String articleNumber, int quantity, String note, Instant now) {
        List<ArticleListLine> lines = new ArrayList<>(state.list().lines());
        lines.set(require(articleNumber), new ArticleListLine(articleNumber, quantity, note));
        withLines(lines, now);
    }

    /**
     * Takes an article off the list.
     *
     * @throws NotFound when the article is not on the list
     */
    public void remove(String articleNumber, Instant now) {
        List<ArticleListLine> lines = new ArrayList<>(state.list().lines());
        lines.remove(require(articleNumber));
        withLines(lines, now);
    }

    /** The state to store. */
    public ArticleListSnapshot snapshot() {
        return state;
    }

    @Override
    public ArticleListId getId() {
        return state.list().id();
    }

    private int require(String articleNumber) {
        int at = indexOf(articleNumber);
        if (at < 0) {
            throw new NotFound("list line");
        }
        return at;
    }

    private int indexOf(String articleNumber) {
        List<ArticleListLine> lines = state.list().lines();
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).articleNumber().equals(articleNumber)) {
                return index;
            }
        }
        return -1;
    }

    private void withLines(List<ArticleListLine> lines, Instant now) {
        ArticleList list = state.list();
        replace(new ArticleList(list.id(), list.owner(), list.name(), list.shared(), lines, now));
    }

    private void replace(ArticleList list) {
        state = new ArticleListSnapshot(state.customerNumber(), list, state.version());
    }
}
