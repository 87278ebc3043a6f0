package org.accountkit.user.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.accountkit.shared.Actor;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Text;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.spi.AccountUsers;
import org.accountkit.user.Authenticate;
import org.accountkit.user.AuthenticateCommand;
import org.accountkit.user.AuthenticationFailed;
import org.accountkit.user.PasswordHash;
import org.accountkit.user.PasswordHashing;

/** Checks e-mail address and password against the stored hash. */
public final class PasswordLogin implements Authenticate {

    private final AccountUsers users;
    private final PasswordHashing hashing;
    private final CommandValidation validation;
    private volatile PasswordHash decoy;

    /** Wires the use case to its ports. */
    public PasswordLogin(AccountUsers users, PasswordHashing hashing, CommandValidation validation) {
        this.users = Objects.requireNonNull(users, "users");
        this.hashing = Objects.requireNonNull(hashing, "hashing");
        this.validation = Objects.requireNonNull(validation, "validation");
    }

    @Override
    public Actor.UserActor authenticate(AuthenticateCommand command) {
        validation.validate(command);
        Optional<AccountUserSnapshot> user = parse(command.email()).flatMap(users::findByEmail);
        PasswordHash hash = user.map(AccountUserSnapshot::passwordHash).orElseGet(this::decoy);
        // a password no hash can encode (half a surrogate pair) matches nothing; it is checked against the decoy all
        // the same, so that the answer takes as long as any other
        boolean wellFormed = Text.isWellFormed(command.password());
        boolean matches = hashing.matches(wellFormed ? command.password() : "broken", wellFormed ? hash : decoy())
                && wellFormed;
        if (user.isEmpty() || !matches) {
            throw new AuthenticationFailed();
        }
        return Actor.user(user.get().customerNumber(), user.get().id());
    }

    private static Optional<EmailAddress> parse(String email) {
        return EmailAddress.isValid(email) ? Optional.of(new EmailAddress(email)) : Optional.empty();
    }

    /** A hash that no password matches in practice; checking against it costs what a real check costs. */
    private PasswordHash decoy() {
        PasswordHash current = decoy;
        if (current == null) {
            current = hashing.hash(java.util.UUID.randomUUID() + "-decoy-" + System.identityHashCode(this));
            decoy = current;
        }
        return current;
    }
}
