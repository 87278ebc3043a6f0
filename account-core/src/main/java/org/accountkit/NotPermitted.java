package org.accountkit;

import org.accountkit.shared.Messages;

/**
 * The actor is known but may not do this: a user without the needed right, a user acting where only an
 * administrator or customer service may, or an actor AccountKit does not know. It is never used for records of
 * another customer number; those are {@link NotFound}.
 */
public final class NotPermitted extends AccountException {

    private static final long serialVersionUID = 1L;

    private final String required;

    /**
     * @param required what the actor would need, e.g. {@code "MANAGE_ADDRESSES"} or {@code "ADMINISTRATOR"}
     */
    public NotPermitted(String required) {
        super("error.not-permitted", new Messages.Term(required));
        this.required = required;
    }

    /** What the actor would need, e.g. the name of a right or {@code "ADMINISTRATOR"}. */
    public String required() {
        return required;
    }
}
