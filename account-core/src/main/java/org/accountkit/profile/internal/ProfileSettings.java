package org.accountkit.profile.internal;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.accountkit.NotFound;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.pricing.PriceDisplay;
import org.accountkit.profile.ChangeEmailSettings;
import org.accountkit.profile.ChangeEmailSettingsCommand;
import org.accountkit.profile.ChangePassword;
import org.accountkit.profile.ChangePasswordCommand;
import org.accountkit.profile.ChangePriceDisplay;
import org.accountkit.profile.ChangePriceDisplayCommand;
import org.accountkit.profile.ChangeUsername;
import org.accountkit.profile.ChangeUsernameCommand;
import org.accountkit.profile.CurrentPasswordIncorrect;
import org.accountkit.profile.ProfileView;
import org.accountkit.profile.ViewProfile;
import org.accountkit.shared.Actor;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Text;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.AccountUsers;
import org.accountkit.spi.AuditTrail;
import org.accountkit.spi.CustomerAccountSnapshot;
import org.accountkit.spi.CustomerAccounts;
import org.accountkit.spi.Transactions;
import org.accountkit.user.EmailSettings;
import org.accountkit.user.MarketingConsent;
import org.accountkit.user.PasswordHash;
import org.accountkit.user.PasswordHashing;
import org.accountkit.user.internal.AccessPolicy;
import org.accountkit.user.internal.AccountUser;

/** A user's own settings: username, password, price display and e-mail settings. */
public final class ProfileSettings
        implements ViewProfile, ChangeUsername, ChangePassword, ChangeEmailSettings, ChangePriceDisplay {

    private final AccountUsers users;
    private final CustomerAccounts accounts;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final PasswordHashing hashing;
    private final CommandValidation validation;
    private final AccessPolicy access;
    private final Clock clock;

    /** Wires the use cases to their ports. */
    public ProfileSettings(AccountUsers users, CustomerAccounts accounts, AuditTrail audit, Transactions transactions,
            PasswordHashing hashing, CommandValidation validation, Clock clock) {
        this.users = Objects.requireNonNull(users, "users");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.hashing = Objects.requireNonNull(hashing, "hashing");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = new AccessPolicy(users);
    }

    @Override
    public ProfileView view(Actor actor) {
        validation.validateActor(actor);
        AccountUser user = access.actingUser(actor);
        CustomerAccountSnapshot account = accounts.find(user.customerNumber())
                .orElseThrow(() -> new NotFound("customer account"));
        return new ProfileView(user.id(), user.customerNumber(), user.email(), user.username(), user.role(),
                user.effectiveRights(), user.priceDisplay(), user.emailSettings(), account.profile());
    }

    @Override
    public void change(Actor actor, ChangeUsernameCommand command) {
        validation.validate(actor, command);
        changeOwn(actor, AuditAction.USERNAME_CHANGED, user -> user.rename(command.username()),
                user -> user.username());
    }

    @Override
    public void change(Actor actor, ChangePasswordCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.actingUser(actor);
        if (!Text.isWellFormed(command.currentPassword())
                || !hashing.matches(command.currentPassword(), user.passwordHash())) {
            throw new CurrentPasswordIncorrect();
        }
        PasswordHash newHash = hashing.hash(command.newPassword());
        transactions.run(() -> {
            user.changePassword(newHash);
            users.update(user.snapshot());
            record(user, AuditAction.PASSWORD_CHANGED, "password changed");
        });
    }

    @Override
    public void change(Actor actor, ChangeEmailSettingsCommand command) {
        validation.validate(actor, command);
        changeOwn(actor, AuditAction.EMAIL_SETTINGS_CHANGED,
                user -> user.changeEmailSettings(user.emailSettings().change(
                        new EmailAddress(command.invoices()), new EmailAddress(command.orderConfirmations()),
                        new EmailAddress(command.shippingConfirmations()), command.promotions(), command.language(),
                        clock.instant())),
                user -> describe(user.emailSettings()));
    }

    @Override
    public void change(Actor actor, ChangePriceDisplayCommand command) {
        validation.validate(actor, command);
        changeOwn(actor, AuditAction.PRICE_DISPLAY_CHANGED,
                user -> user.changePriceDisplay(new PriceDisplay(command.vat(), command.prices())),
                user -> user.priceDisplay().vat() + ", " + user.priceDisplay().prices());
    }

    private void changeOwn(Actor actor, AuditAction action, Consumer<AccountUser> change,
            Function<AccountUser, String> details) {
        transactions.run(() -> {
            AccountUser user = access.actingUser(actor);
            change.accept(user);
            users.update(user.snapshot());
            record(user, action, details.apply(user));
        });
    }

    private void record(AccountUser user, AuditAction action, String details) {
        audit.append(new AuditRecord(user.customerNumber(), user.email().value(), action, user.email().value(),
                details, clock.instant()));
    }

    private static String describe(EmailSettings settings) {
        MarketingConsent consent = settings.marketing();
        String marketing = "promotions not asked";
        if (consent instanceof MarketingConsent.OptedIn in) {
            marketing = "promotions opted in at " + in.at();
        } else if (consent instanceof MarketingConsent.OptedOut out) {
            marketing = "promotions opted out at " + out.at();
        }
        return "invoices " + settings.invoices() + ", order confirmations " + settings.orderConfirmations()
                + ", shipping confirmations " + settings.shippingConfirmations() + ", " + marketing;
    }
}
