package org.accountkit.testkit;

/**
 * Which storage step the {@link FaultContract} breaks next. A store's test class connects its store's fault hook to
 * a plan and asks it at every step whether to fail: the JDBC tests through a wrapped {@code DataSource} (a step is
 * an executed statement), the in-memory test through
 * {@link org.accountkit.inmemory.InMemoryAccountStorage#withFaults} (a step is a call on a repository port). Only the
 * thread that armed the plan is counted, and a plan fires once per arming. Thread-safe.
 */
public final class FaultPlan {

    /** The four ways a store fails a caller. */
    public enum Fault {
        /** A statement fails before it ran. */
        STATEMENT_FAILS,
        /** A statement ran and its answer was lost (the connection dropped). */
        STATEMENT_ANSWER_LOST,
        /** A commit fails; nothing of the transaction is stored. */
        COMMIT_FAILS,
        /** A commit went through and its answer was lost. */
        COMMIT_ANSWER_LOST
    }

    private Fault armed;
    private int position;
    private Thread on;
    private int seen;
    private boolean fired;

    /** Breaks the {@code position}-th step of the kind {@code fault} names (1 for the first) on this thread. */
    synchronized void arm(Fault fault, int position) {
        this.armed = fault;
        this.position = position;
        this.on = Thread.currentThread();
        this.seen = 0;
        this.fired = false;
    }

    /** Stops breaking anything. */
    synchronized void disarm() {
        armed = null;
        on = null;
    }

    /** Whether the armed fault was injected. */
    synchronized boolean fired() {
        return fired;
    }

    /** Asked before a statement runs: {@code true} when the store must fail it. */
    public synchronized boolean failStatement() {
        return before(Fault.STATEMENT_FAILS, Fault.STATEMENT_ANSWER_LOST);
    }

    /** Asked after a statement ran: {@code true} when the store must act as if its answer was lost. */
    public synchronized boolean loseStatementAnswer() {
        return after(Fault.STATEMENT_ANSWER_LOST);
    }

    /** Asked before a commit: {@code true} when the store must fail it. */
    public synchronized boolean failCommit() {
        return before(Fault.COMMIT_FAILS, Fault.COMMIT_ANSWER_LOST);
    }

    /** Asked after a commit went through: {@code true} when the store must act as if its answer was lost. */
    public synchronized boolean loseCommitAnswer() {
        return after(Fault.COMMIT_ANSWER_LOST);
    }

    private boolean before(Fault fails, Fault answerLost) {
        if ((armed != fails && armed != answerLost) || Thread.currentThread() != on || fired) {
            return false;
        }
        seen++;
        return fire(armed == fails && seen == position);
    }

    private boolean after(Fault answerLost) {
        if (armed != answerLost || Thread.currentThread() != on || fired) {
            return false;
        }
        return fire(seen == position);
    }

    private boolean fire(boolean now) {
        fired |= now;
        return now;
    }
}
