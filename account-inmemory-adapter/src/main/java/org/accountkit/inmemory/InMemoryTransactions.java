package org.accountkit.inmemory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.accountkit.spi.Transactions;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Transactions for the in-memory repositories: one writer at a time, readers in parallel, and every change undone
 * when the work throws. Writers are serialized, so invariants that span aggregates hold trivially here; the
 * repositories still check versions, so that a change based on a stale copy is refused as it would be by a
 * database.
 */
@SecondaryAdapter
final class InMemoryTransactions implements Transactions {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final StorageFaults faults;
    /** How many changes this thread has made, so that a fault after a call can tell a write from a read. */
    private final ThreadLocal<long[]> changes = ThreadLocal.withInitial(() -> new long[1]);
    /** The running transaction's undo log, or {@code null}; only the thread holding the write lock touches it. */
    private Deque<Runnable> undoLog;

    InMemoryTransactions(StorageFaults faults) {
        this.faults = Objects.requireNonNull(faults, "faults");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (lock.isWriteLockedByCurrentThread() && undoLog != null) {
            return work.get();
        }
        lock.writeLock().lock();
        Deque<Runnable> undo = new ArrayDeque<>();
        undoLog = undo;
        T result;
        try {
            result = work.get();
            fault("committing", faults::beforeCommit);
        } catch (RuntimeException | Error failure) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            throw failure;
        } finally {
            undoLog = null;
            lock.writeLock().unlock();
        }
        try {
            faults.afterCommit();
        } catch (RuntimeException lost) {
            throw new InMemoryOutcomeUnknown("a transaction", lost);
        }
        return result;
    }

    /** Whether the current thread runs a transaction. */
    boolean inTransaction() {
        return lock.isWriteLockedByCurrentThread() && undoLog != null;
    }

    /** How many changes the current thread has made so far. */
    long changesByThisThread() {
        return changes.get()[0];
    }

    /** Runs an injected fault; what it throws becomes the failure a database would report. */
    static void fault(String doing, Runnable fault) {
        try {
            fault.run();
        } catch (RuntimeException injected) {
            throw new InMemoryFailure(doing, injected);
        }
    }

    /** Reads under the read lock, so that no half-done transaction is seen. */
    <T> T read(Supplier<T> reading) {
        lock.readLock().lock();
        try {
            return reading.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Registers {@code undo} with the running transaction, if any; call under the write lock. */
    void undo(Runnable undo) {
        if (faults != StorageFaults.NONE) {
            changes.get()[0]++;
        }
        if (lock.isWriteLockedByCurrentThread() && undoLog != null) {
            undoLog.push(undo);
        }
    }

    /**
     * Applies {@code change} under the write lock: inside the current transaction, or as a transaction of its own.
     * {@code undo} reverts it should the transaction fail later; it is registered only once the change succeeded.
     */
    void write(Runnable change, Runnable undo) {
        if (faults != StorageFaults.NONE) {
            changes.get()[0]++;
        }
        if (lock.isWriteLockedByCurrentThread() && undoLog != null) {
            change.run();
            undoLog.push(undo);
            return;
        }
        lock.writeLock().lock();
        try {
            change.run();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
