package org.accountkit.spi;

import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * Stores users' budget settings and ledgers. Orders change the ledger through {@link OrderRequests}, atomically
 * with the order; this port changes the settings.
 */
@SecondaryPort
@Repository
public interface Budgets {

    /** The user's budget settings, if any were ever set. */
    Optional<BudgetSnapshot> find(CustomerNumber customerNumber, UserId user);

    /**
     * The user's budget settings, locked until the current transaction ends so that no order books against the
     * ledger meanwhile. Call inside {@link Transactions#inTransaction}.
     */
    Optional<BudgetSnapshot> findForUpdate(CustomerNumber customerNumber, UserId user);

    /**
     * Stores new settings at version 0.
     *
     * @throws ConcurrentModification when settings for the user were stored meanwhile
     */
    void add(BudgetSnapshot budget);

    /**
     * Stores changed settings and ledger at their version plus one, provided the stored version is still theirs.
     *
     * @throws ConcurrentModification when the settings changed meanwhile
     */
    void update(BudgetSnapshot budget);
}
