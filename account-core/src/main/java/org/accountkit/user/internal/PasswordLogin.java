package org.accountkit.user.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.accountkit.shared.Actor;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Text;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.spi.AccountUsers;
import org.accountkit.spi.FailedLogins;
import org.accountkit.spi.LoginAttempts;
import org.accountkit.user.Authenticate;
import org.accountkit.user.AuthenticateCommand;
import org.accountkit.user.AuthenticationFailed;
import org.accountkit.user.LoginBackoff;
import org.accountkit.user.LoginPaused;
import org.accountkit.user.PasswordHash;
import org.accountkit.user.PasswordHashing;

/**
 * Checks e-mail address and password against the stored hash, after the address's failed logins in a row allow
 * it ({@link LoginBackoff}); unknown addresses are counted and paused as known ones are.
 */
public final class PasswordLogin implements Authenticate {

    private final AccountUsers users;
    private final PasswordHashing hashing;
    private final CommandValidation validation;
    private final LoginAttempts attempts;
    private final LoginBackoff backoff;
    private final Clock clock;
    private volatile PasswordHash decoy;

    /** Wires the use case to its ports. */
    public PasswordLogin(AccountUsers users, PasswordHashing hashing, CommandValidation validation,
            LoginAttempts attempts, LoginBackoff backoff, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.hashing = Objects.requireNonNull(hashing, "hashing");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Actor.UserActor authenticate(AuthenticateCommand command) {
        validation.validate(command);
        Instant now = clock.instant();
        Optional<EmailAddress> address = parse(command.email());
        // text that is no e-mail address is nobody's login, and says so to anyone: it is refused without counting
        Optional<FailedLogins> failures = address.flatMap(attempts::find);
        Optional<Instant> paused = failures.flatMap(failed -> backoff.pausedUntil(failed.failures(), failed.latest(),
                now));
        if (paused.isPresent()) {
            long millis = Duration.between(now, paused.get()).toMillis();
            throw new LoginPaused(paused.get(), Duration.ofSeconds((millis + 999) / 1000));
        }
        Optional<AccountUserSnapshot> user = address.flatMap(users::findByEmail);
        PasswordHash hash = user.map(AccountUserSnapshot::passwordHash).orElseGet(this::decoy);
        // a password no hash can encode (half a surrogate pair) matches nothing; it is checked against the decoy all
        // the same, so that the answer takes as long as any other
        boolean wellFormed = Text.isWellFormed(command.password());
        boolean matches = hashing.matches(wellFormed ? command.password() : "broken", wellFormed ? hash : decoy())
                && wellFormed;
        if (user.isEmpty() || !matches) {
            address.ifPresent(failed -> attempts.failed(failed, now, now.minus(backoff.forgetAfter())));
            throw new AuthenticationFailed();
        }
        if (failures.isPresent()) {
            attempts.clear(address.get());
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
