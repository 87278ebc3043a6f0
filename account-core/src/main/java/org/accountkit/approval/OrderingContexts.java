package org.accountkit.approval;

import java.time.Instant;
import java.util.Optional;

import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Reads a requester's {@link OrderingContext} in one go (one query in the JDBC adapter). */
@SecondaryPort
public interface OrderingContexts {

    /** The context of {@code user}, or empty when the user does not exist. */
    Optional<OrderingContext> load(UserId user);

    /**
     * The key of {@code user}'s budget period at {@code moment}, as {@link OrderingContext#budgetPeriodAt} gives
     * it; "none" when the user has no budget period or does not exist. Deciding on an order books into this period.
     * The default reads the whole context; an adapter may answer with less.
     */
    default String budgetPeriodAt(UserId user, Instant moment) {
        return load(user).map(context -> context.budgetPeriodAt(moment)).orElse("none");
    }
}
