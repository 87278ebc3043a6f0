package org.accountkit.pricing;

import java.util.List;
import java.util.Optional;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/**
 * Prices the way the viewing user wants them: any page that shows prices (a cart, an order request, an approval, an
 * order, open lines, a quote, an article list) turns its lines into {@link PricedLine}s and shows what this returns.
 */
@PrimaryPort
public interface ShowPrices {

    /**
     * The lines under the user's own setting ({@code ChangePriceDisplay}); empty when the user lacks
     * {@code SEE_PRICES}: such a user sees no prices at all.
     *
     * @throws InvalidCommand when the actor or the lines are missing, or the lines are in more than one currency
     * @throws NotPermitted   when the actor is not a user
     */
    Optional<ShownCart> show(Actor actor, List<PricedLine> lines);
}
