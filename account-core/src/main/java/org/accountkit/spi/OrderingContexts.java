package org.accountkit.spi;

import java.util.Optional;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Reads a requester's {@link OrderingContext} in one go (one query in the JDBC adapter). */
@SecondaryPort
public interface OrderingContexts {

    /** The context of {@code user} of {@code customerNumber}, or empty when there is no such user. */
    Optional<OrderingContext> load(CustomerNumber customerNumber, UserId user);
}
