package org.accountkit.lists;

import java.util.Objects;

/**
 * A line of an article list.
 *
 * @param articleNumber the article; once per list
 * @param quantity      how many, 1 to 100,000
 * @param note          the user's note, may be empty
 */
public record ArticleListLine(String articleNumber, int quantity, String note) {

    /** Refuses missing parts and quantities outside 1 to 100,000. */
    public ArticleListLine {
        Objects.requireNonNull(articleNumber, "articleNumber");
        Objects.requireNonNull(note, "note");
        if (quantity < 1 || quantity > ArticleList.MAX_QUANTITY) {
            throw new IllegalArgumentException(articleNumber + ": quantity " + quantity);
        }
    }
}
