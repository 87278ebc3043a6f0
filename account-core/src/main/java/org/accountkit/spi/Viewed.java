package org.accountkit.spi;

import java.util.Objects;
import java.util.Set;

import org.accountkit.shared.Page;
import org.accountkit.user.Right;
import org.accountkit.user.Role;

/**
 * A viewer's role and rights as stored, and a page of an overview read together with them in one step: the page
 * every viewer with the right to see the whole customer number would see. AccountKit decides from the role and
 * rights whether the page may be shown; the store never decides that.
 *
 * @param role     the viewing user's role
 * @param granted  the rights granted to the viewing user
 * @param everyone the overview's page over the whole customer number
 * @param <T>      the overview's item
 */
public record Viewed<T>(Role role, Set<Right> granted, Page<T> everyone) {

    /** Refuses missing parts and copies the rights. */
    public Viewed {
        Objects.requireNonNull(role, "role");
        granted = Set.copyOf(granted);
        Objects.requireNonNull(everyone, "everyone");
    }
}
