package org.accountkit.budget;

import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * Stores users' budget settings and ledgers. Orders change the ledger through
 * {@link org.accountkit.approval.OrderRequests}, atomically with the order; this port changes the settings.
 */
@SecondaryPort
@Repository
public interface Budgets {

    /** The user's budget settings, if any were ever set. */
    Optional<UserBudget> find(UserId user);

    /**
     * The user's budget settings, locked until the current transaction ends so that no order books against the
     * ledger meanwhile. Call inside {@link org.accountkit.shared.Transactions#inTransaction}.
     */
    Optional<UserBudget> findForUpdate(UserId user);

    /**
     * Stores new settings.
     *
     * @throws ConcurrentModification when settings for the user were stored meanwhile
     */
    void add(UserBudget budget);

    /**
     * Stores changed settings and ledger, provided the settings were not changed since they were loaded; the
     * version goes up by one.
     *
     * @throws ConcurrentModification when the settings changed meanwhile
     */
    void update(UserBudget budget);
}
