/**
 * The storage SPI: what a storage adapter implements, and nothing else. AccountKit ships two adapters
 * ({@code InMemoryAccountStorage} and {@code JdbcAccountStorage}); to write another (MongoDB, say), implement
 * {@link org.accountkit.spi.AccountStorage} and the repositories it hands out, and run the contract tests of
 * {@code account-testkit} against it.
 *
 * <h2>What a repository stores</h2>
 * Repositories store <em>snapshots</em>: immutable records of an aggregate's state with the version it was loaded
 * at ({@link org.accountkit.spi.AccountUserSnapshot}, {@link org.accountkit.spi.BudgetSnapshot},
 * {@link org.accountkit.spi.OrderRequestSnapshot}, ...). The aggregates themselves, which hold the rules, stay
 * inside AccountKit; an adapter never builds or changes one. An adapter stores a snapshot as it is and hands the
 * same values back.
 *
 * <h2>The rules every adapter keeps</h2>
 * <ul>
 *   <li><b>Customer numbers.</b> Every record belongs to one customer number, and every lookup names it: a record
 *       of another customer number is not found. The one exception is the login address
 *       ({@link org.accountkit.spi.AccountUsers#findByEmail}), unique over all customer numbers.</li>
 *   <li><b>Optimistic locking.</b> {@code add} stores a snapshot at version 0; {@code update} stores it at its
 *       version plus one, and only while the stored version is still the snapshot's; otherwise it throws
 *       {@link org.accountkit.ConcurrentModification} and stores nothing.</li>
 *   <li><b>Transactions.</b> Changes made through the repositories inside one
 *       {@link org.accountkit.spi.Transactions#inTransaction transaction} are stored together or not at all.</li>
 *   <li><b>Budgets are never overspent.</b> Storing an order and changing the budget ledger is one atomic step,
 *       guarded by what the submission assumed ({@link org.accountkit.spi.SubmissionGuard}); see
 *       {@link org.accountkit.spi.OrderRequests}.</li>
 * </ul>
 */
package org.accountkit.spi;
