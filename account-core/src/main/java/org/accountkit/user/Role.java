package org.accountkit.user;

/** A user's role in their customer number. */
public enum Role {
    /** Manages users, rights and budgets, approves orders; holds every {@link Right}. */
    ADMINISTRATOR,
    /** Holds only the rights an administrator granted ("monteur", for instance). */
    USER
}
