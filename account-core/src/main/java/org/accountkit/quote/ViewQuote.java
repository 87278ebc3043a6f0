package org.accountkit.quote;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** One quote. */
@PrimaryPort
public interface ViewQuote {

    /**
     * The quote, whatever its status, for its requester and the customer number's administrators.
     *
     * @throws InvalidCommand when the actor or the quote number is missing or malformed
     * @throws NotFound       when there is no such quote the actor may see
     */
    Quote view(Actor actor, String quoteNumber);
}
