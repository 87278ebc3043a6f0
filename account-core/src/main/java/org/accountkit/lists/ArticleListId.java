package org.accountkit.lists;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/**
 * Identifies an article list.
 *
 * @param value the id
 */
public record ArticleListId(UUID value) implements Identifier {

    /** Refuses a missing value. */
    public ArticleListId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
