package org.accountkit.spi;

import java.util.List;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.lists.ArticleListId;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Article lists per customer number. */
@SecondaryPort
@Repository
public interface ArticleLists {

    /** The list with its lines, if it belongs to {@code customerNumber}. */
    Optional<ArticleListSnapshot> find(CustomerNumber customerNumber, ArticleListId list);

    /** The lists {@code user} owns, and those other users of the customer number share, with their lines. */
    List<ArticleListSnapshot> visibleTo(CustomerNumber customerNumber, UserId user);

    /** Stores a new list with its lines. */
    void add(ArticleListSnapshot list);

    /**
     * Stores a changed list (name, sharing, lines), provided the stored list is still at the snapshot's version.
     *
     * @throws ConcurrentModification when it is not, or the list is gone
     */
    void update(ArticleListSnapshot list);

    /**
     * Deletes a list with its lines, provided the stored list is still at the snapshot's version.
     *
     * @throws ConcurrentModification when it is not, or the list is gone
     */
    void delete(ArticleListSnapshot list);
}
