package org.accountkit.lists;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A whole list, ready to order or to ask a quote for, in one call. */
@PrimaryPort
public interface TurnListIntoCart {

    /**
     * The list's lines as a cart ({@link ListAsCart#toOrder}, {@link ListAsCart#toQuoteRequest}); articles the
     * catalog no longer offers the customer are reported in {@link ListAsCart#unavailable()}, not dropped silently.
     *
     * @throws InvalidCommand when the actor or the list is missing
     * @throws NotFound       when there is no such list the user may see
     */
    ListAsCart cart(Actor actor, ArticleListId list);
}
