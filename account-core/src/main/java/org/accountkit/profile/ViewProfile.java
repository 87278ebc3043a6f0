package org.accountkit.profile;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user opens their profile. */
@PrimaryPort
public interface ViewProfile {

    /**
     * The acting user's own profile.
     *
     * @throws InvalidCommand when the actor is missing
     * @throws NotPermitted   when the actor is not a known user
     */
    ProfileView view(Actor actor);
}
