package org.accountkit.user;

import org.accountkit.InvalidCommand;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Checks a login, for hosts that let AccountKit keep the passwords. */
@PrimaryPort
public interface Authenticate {

    /**
     * The actor for a matching e-mail address and password: the user with their customer number, to keep in the
     * session and pass to every use case. Takes about as long for an unknown address as for a
     * wrong password, so that the answer does not tell which addresses exist.
     *
     * @throws InvalidCommand       when a field is missing
     * @throws AuthenticationFailed when the address is unknown or the password wrong
     * @throws LoginPaused          when the address failed too often in a row to be checked now (see
     *                              {@link LoginBackoff}); the same for an unknown address
     */
    Actor.UserActor authenticate(AuthenticateCommand command);
}
