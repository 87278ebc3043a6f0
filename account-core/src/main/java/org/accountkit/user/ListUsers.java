package org.accountkit.user;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The user overview of a customer number ("Gebruikers"); only administrators see it. */
@PrimaryPort
public interface ListUsers {

    /**
     * One page of the administrator's customer number's users, ordered by username, then e-mail address, regardless
     * of case. {@link Page#nextPage()} asks for the page after it.
     *
     * @throws InvalidCommand when the page request is invalid
     * @throws NotPermitted   when the actor is not an administrator
     */
    Page<UserSummary> list(Actor actor, PageRequest page);
}
