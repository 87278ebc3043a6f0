package org.accountkit.approval;

import java.util.Optional;

import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Reads a requester's {@link OrderingContext} in one go (one query in the JDBC adapter). */
@SecondaryPort
public interface OrderingContexts {

    /** The context of {@code user}, or empty when the user does not exist. */
    Optional<OrderingContext> load(UserId user);
}
