package org.accountkit.lists;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.accountkit.shared.UserId;

/**
 * A user's list of articles they order again and again ("lijst").
 *
 * @param id        its id
 * @param owner     the user who keeps it; only they change it
 * @param name      its name, unique among the owner's lists regardless of case
 * @param shared    whether colleagues of the customer number may read it (and order from it)
 * @param lines     its lines, in the order they were added
 * @param changedAt when it last changed
 */
public record ArticleList(ArticleListId id, UserId owner, String name, boolean shared, List<ArticleListLine> lines,
        Instant changedAt) {

    /** The most lines a list holds: as many as one cart. */
    public static final int MAX_LINES = 200;
    /** The most units of one article on a list. */
    public static final int MAX_QUANTITY = 100_000;

    /** What two names must not share within one owner's lists: the name in lower case (root locale). */
    public static String nameKey(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Refuses missing parts; keeps its own copy of the lines. */
    public ArticleList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        lines = List.copyOf(lines);
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
