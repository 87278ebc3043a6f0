package org.accountkit.inmemory;

/**
 * Breaks an in-memory store the way a database breaks, so that a host's tests (and the testkit's fault contract)
 * can see what a caller is told when storage fails. Pass one to {@link InMemoryAccountStorage#withFaults}; each
 * method may throw any {@link RuntimeException}, and the store reports it as a database would report the same
 * moment:
 * <ul>
 *   <li>{@link #beforeCall}: a call on a repository fails before it did anything (a statement that failed). Inside
 *       a transaction everything is undone; the caller gets a {@link org.accountkit.StorageFailure}.</li>
 *   <li>{@link #afterCall}: the call did its work and its answer was lost. Inside a transaction everything is
 *       undone ({@link org.accountkit.StorageFailure}); outside one a call that changed something is stored already,
 *       so the caller gets {@link org.accountkit.OutcomeUnknown} (a read gets a {@code StorageFailure}).</li>
 *   <li>{@link #beforeCommit}: the commit fails; everything is undone ({@code StorageFailure}).</li>
 *   <li>{@link #afterCommit}: the commit went through and its answer was lost ({@code OutcomeUnknown}).</li>
 * </ul>
 * Every method does nothing unless overridden.
 */
public interface StorageFaults {

    /** No faults: the store works. */
    StorageFaults NONE = new StorageFaults() {
    };

    /**
     * Before a call on a repository port.
     *
     * @param call the port and method, e.g. {@code "OrderRequests.find"}
     */
    default void beforeCall(String call) {
    }

    /**
     * After a call on a repository port did its work, before its answer returns.
     *
     * @param call the port and method, e.g. {@code "OrderRequests.find"}
     */
    default void afterCall(String call) {
    }

    /** Before the outermost transaction commits. */
    default void beforeCommit() {
    }

    /** After the outermost transaction committed, before the caller hears of it. */
    default void afterCommit() {
    }
}
