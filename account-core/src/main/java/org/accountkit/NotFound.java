package org.accountkit;

import org.accountkit.shared.Messages;

/**
 * The record asked for does not exist, or it belongs to another customer number. AccountKit answers both cases
 * the same way on purpose, so that nobody learns what another customer has.
 */
public final class NotFound extends AccountException {

    private static final long serialVersionUID = 1L;

    private final String what;

    /**
     * @param what what was looked for, in English ("user", "address", "customer account")
     */
    public NotFound(String what) {
        super("error.not-found", new Messages.Term(what));
        this.what = what;
    }

    /** What was looked for, e.g. {@code "user"}. */
    public String what() {
        return what;
    }
}
