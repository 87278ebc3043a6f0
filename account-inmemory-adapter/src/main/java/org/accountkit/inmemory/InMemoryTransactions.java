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
    /** The running transaction's undo log, or {@code null}; only the thread holding the write lock touches it. */
    private Deque<Runnable> undoLog;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (lock.isWriteLockedByCurrentThread() && undoLog != null) {
            return work.get();
        }
        lock.writeLock().lock();
        Deque<Runnable> undo = new ArrayDeque<>();
        undoLog = undo;
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            throw failure;
        } finally {
            undoLog = null;
            lock.writeLock().unlock();
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
        if (lock.isWriteLockedByCurrentThread() && undoLog != null) {
            undoLog.push(undo);
        }
    }

    /**
     * Applies {@code change} under the write lock: inside the current transaction, or as a transaction of its own.
     * {@code undo} reverts it should the transaction fail later; it is registered only once the change succeeded.
     */
    void write(Runnable change, Runnable undo) {
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
