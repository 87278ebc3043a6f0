package org.accountkit.spi;

import java.util.Objects;

import org.accountkit.lists.ArticleList;
import org.accountkit.shared.CustomerNumber;

/**
 * An article list as stored.
 *
 * @param customerNumber its owner's customer number
 * @param list           the list with its lines
 * @param version        the stored version it was loaded at; 0 for a new list
 */
public record ArticleListSnapshot(CustomerNumber customerNumber, ArticleList list, long version) {

    /** Refuses missing parts. */
    public ArticleListSnapshot {
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(list, "list");
    }
}
