package org.accountkit.profile;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user chooses who receives which documents, and opts in or out of promotional e-mails. */
@PrimaryPort
public interface ChangeEmailSettings {

    /**
     * Changes the acting user's e-mail settings and records it in the audit trail. The moment of consent is kept
     * when the marketing choice changes.
     *
     * @throws InvalidCommand         when an address is invalid, naming each
     * @throws NotPermitted           when the actor is not a known user
     * @throws ConcurrentModification when the user changed at the same moment
     */
    void change(Actor actor, ChangeEmailSettingsCommand command);
}
