package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.accountkit.AccountException;
import org.accountkit.AccountKit;
import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.address.AddAddressCommand;
import org.accountkit.address.AddressId;
import org.accountkit.address.DeleteAddressCommand;
import org.accountkit.address.SavedAddress;
import org.accountkit.address.SetPrimaryAddressCommand;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.audit.AuditTrailQuery;
import org.accountkit.customer.ChangeInvoiceAddressCommand;
import org.accountkit.customer.CustomerNumberTaken;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.pricing.PriceDisplay;
import org.accountkit.pricing.ShownPrices;
import org.accountkit.pricing.VatDisplay;
import org.accountkit.profile.ChangeEmailSettingsCommand;
import org.accountkit.profile.ChangePasswordCommand;
import org.accountkit.profile.ChangePriceDisplayCommand;
import org.accountkit.profile.CurrentPasswordIncorrect;
import org.accountkit.profile.ProfileView;
import org.accountkit.shared.Actor;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.accountkit.shared.Messages;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.AuditTrail;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.AuthenticateCommand;
import org.accountkit.user.AuthenticationFailed;
import org.accountkit.user.ChangeRightsCommand;
import org.accountkit.user.ChangeRoleCommand;
import org.accountkit.user.EmailAddressTaken;
import org.accountkit.user.LastAdministrator;
import org.accountkit.user.LoginBackoff;
import org.accountkit.user.LoginPaused;
import org.accountkit.user.MarketingConsent;
import org.accountkit.user.RemoveUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.accountkit.user.UserSummary;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The use cases of customer numbers, users, addresses and settings, run through {@link AccountKit} on an adapter's
 * storage: the rules must hold the same on every adapter.
 */
public abstract class UseCaseContract {

    /** The storage under test. */
    protected AccountStorage storage;
    /** AccountKit on that storage. */
    protected AccountKit kit;
    /** The wholesaler's customer service. */
    protected final Actor customerService = Actor.customerService("Anja van de klantenservice");
    /** The customer number of installer Jansen. */
    protected CustomerNumber jansen;
    /** Petra, buyer and first administrator of Jansen. */
    protected Actor petra;
    private EmailAddress petraEmail;

    /** A storage to test: a new one, or a shared one (tests use their own customer numbers). */
    protected abstract AccountStorage newStorage();

    @BeforeEach
    void registerInstallerJansen() {
        storage = newStorage();
        kit = Fixtures.kit(storage);
        jansen = Fixtures.customerNumber();
        petraEmail = Fixtures.email("petra");
        UserId administrator = kit.registerCustomerAccount()
                .register(customerService, Fixtures.registration(jansen, petraEmail)).administrator();
        petra = Actor.user(jansen, administrator);
    }

    // --- users and rights --------------------------------------------------------------------------------------

    @Test
    void an_administrator_adds_a_mechanic_who_logs_in_with_his_own_address_and_holds_only_his_rights() {
        EmailAddress jan = Fixtures.email("jan");
        UserId mechanic = kit.addUser().add(petra, new AddUserCommand(jan.value(), "Jan de Monteur", Role.USER,
                EnumSet.of(Right.PLACE_ORDERS, Right.SEE_PRICES), Fixtures.PASSWORD));

        Actor loggedIn = kit.authenticate().authenticate(
                new AuthenticateCommand(jan.value().toUpperCase(Locale.ROOT), Fixtures.PASSWORD));

        assertThat(loggedIn).isEqualTo(Actor.user(jansen, mechanic));
        ProfileView profile = kit.viewProfile().view(loggedIn);
        assertThat(profile.rights()).containsExactlyInAnyOrder(Right.PLACE_ORDERS, Right.SEE_PRICES);
        assertThat(profile.customerNumber()).isEqualTo(jansen);
        assertThat(profile.company().name()).isEqualTo("Installatiebedrijf Jansen B.V.");
    }

    @Test
    void mail_comes_in_the_customer_numbers_language_until_a_user_chooses_another() {
        CustomerNumber berlin = Fixtures.customerNumber();
        Actor greta = Actor.user(berlin, kit.registerCustomerAccount().register(customerService,
                new RegisterCustomerAccountCommand(berlin.value(), "Haustechnik Berlin GmbH", "87654321",
                        "DE123456789", new AddressFields("Haustechnik Berlin GmbH", "Invalidenstrasse", "1", "10115",
                                "Berlin", Country.DE), java.time.ZoneId.of("Europe/Berlin"),
                        Fixtures.email("greta").value(), "Greta", Fixtures.PASSWORD)).administrator());
        Actor hans = Actor.user(berlin, kit.addUser().add(greta, new AddUserCommand(Fixtures.email("hans").value(),
                "Hans", Role.USER, EnumSet.of(Right.PLACE_ORDERS), Fixtures.PASSWORD)));
        Actor jan = Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(Fixtures.email("jan").value(),
                "Jan", Role.USER, EnumSet.of(Right.PLACE_ORDERS), Fixtures.PASSWORD)));

        assertThat(kit.viewProfile().view(greta).emailSettings().language()).isEqualTo(Language.ENGLISH);
        assertThat(kit.viewProfile().view(hans).emailSettings().language()).isEqualTo(Language.ENGLISH);
        assertThat(kit.viewProfile().view(jan).emailSettings().language()).isEqualTo(Language.DUTCH);
        EmailAddress hansMail = Fixtures.email("hans");
        kit.changeEmailSettings().change(hans, new ChangeEmailSettingsCommand(hansMail.value(), hansMail.value(),
                hansMail.value(), false, Language.DUTCH));
        kit.changeEmailSettings().change(hans, new ChangeEmailSettingsCommand(hansMail.value(), hansMail.value(),
                hansMail.value(), true));
        assertThat(kit.viewProfile().view(hans).emailSettings().language()).as("kept when not given")
                .isEqualTo(Language.DUTCH);
    }

    @Test
    void a_login_address_in_use_elsewhere_is_refused_in_any_case() {
        CustomerNumber other = Fixtures.customerNumber();
        Actor otherAdministrator = Actor.user(other, kit.registerCustomerAccount()
                .register(customerService, Fixtures.registration(other, Fixtures.email("karin"))).administrator());
        StoredState before = StoredState.of(storage, other);

        assertThatThrownBy(() -> kit.addUser().add(otherAdministrator, new AddUserCommand(
                petraEmail.value().toUpperCase(Locale.ROOT), "Petra bis", Role.USER, Set.of(), Fixtures.PASSWORD)))
                .isInstanceOf(EmailAddressTaken.class);
        assertThat(StoredState.of(storage, other)).isEqualTo(before);
    }

    @Test
    void a_customer_number_is_registered_once() {
        assertThatThrownBy(() -> kit.registerCustomerAccount()
                .register(customerService, Fixtures.registration(jansen, Fixtures.email("tweede"))))
                .isInstanceOf(CustomerNumberTaken.class);
    }

    @Test
    void only_administrators_see_the_user_overview() {
        Actor jan = addUser(Role.USER, Right.PLACE_ORDERS);
        addUser(Role.USER, Right.SEE_INVOICES);

        List<UserSummary> overview = kit.listUsers().list(petra, PageRequest.first(10)).items();

        assertThat(overview).hasSize(3);
        assertThat(overview).filteredOn(user -> user.role() == Role.ADMINISTRATOR).singleElement()
                .satisfies(administrator -> assertThat(administrator.rights()).containsAll(EnumSet.allOf(Right.class)));
        assertThatThrownBy(() -> kit.listUsers().list(jan, PageRequest.first(10)))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> kit.listUsers().list(customerService, PageRequest.first(10)))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void an_administrator_changes_a_users_rights_but_never_gives_a_plain_user_user_management() {
        Actor jan = addUser(Role.USER, Right.PLACE_ORDERS);
        UserId janId = ((Actor.UserActor) jan).user();

        kit.changeRights().change(petra, new ChangeRightsCommand(janId, EnumSet.of(Right.APPROVE_ORDERS)));
        InvalidCommand refused = catchThrowableOfType(() -> kit.changeRights().change(petra,
                new ChangeRightsCommand(janId, EnumSet.of(Right.MANAGE_USERS))));

        assertThat(kit.viewProfile().view(jan).rights()).containsExactly(Right.APPROVE_ORDERS);
        assertThat(refused.fields()).containsExactly("rights");
        assertThatThrownBy(() -> kit.changeRights().change(jan,
                new ChangeRightsCommand(janId, EnumSet.of(Right.SEE_PRICES)))).isInstanceOf(NotPermitted.class);
    }

    @Test
    void the_last_administrator_can_be_neither_removed_nor_demoted() {
        UserId petraId = ((Actor.UserActor) petra).user();
        StoredState before = StoredState.of(storage, jansen);

        assertThatThrownBy(() -> kit.removeUser().remove(petra, new RemoveUserCommand(petraId)))
                .isInstanceOf(LastAdministrator.class);
        assertThatThrownBy(() -> kit.changeRole().change(petra, new ChangeRoleCommand(petraId, Role.USER)))
                .isInstanceOf(LastAdministrator.class);
        assertThat(StoredState.of(storage, jansen)).isEqualTo(before);
    }

    @Test
    void an_administrator_may_step_down_once_a_colleague_is_administrator_too() {
        Actor kees = addUser(Role.USER, Right.APPROVE_ORDERS);
        UserId keesId = ((Actor.UserActor) kees).user();
        UserId petraId = ((Actor.UserActor) petra).user();

        kit.changeRole().change(petra, new ChangeRoleCommand(keesId, Role.ADMINISTRATOR));
        kit.changeRole().change(petra, new ChangeRoleCommand(petraId, Role.USER));

        assertThat(kit.viewProfile().view(petra).role()).isEqualTo(Role.USER);
        assertThat(kit.listUsers().list(kees, PageRequest.first(10)).items()).hasSize(2);
        assertThatThrownBy(() -> kit.removeUser().remove(kees, new RemoveUserCommand(keesId)))
                .isInstanceOf(LastAdministrator.class);
    }

    @Test
    void two_administrators_demoting_each_other_at_the_same_moment_leave_one_administrator() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                CustomerNumber number = Fixtures.customerNumber();
                UserId first = kit.registerCustomerAccount()
                        .register(customerService, Fixtures.registration(number, Fixtures.email("eerste")))
                        .administrator();
                UserId second = kit.addUser().add(Actor.user(number, first), new AddUserCommand(
                        Fixtures.email("tweede").value(), "Tweede beheerder", Role.ADMINISTRATOR, Set.of(),
                        Fixtures.PASSWORD));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> demotions = new ArrayList<>();
                demotions.add(threads.submit(demote(start, Actor.user(number, first), second)));
                demotions.add(threads.submit(demote(start, Actor.user(number, second), first)));
                start.countDown();
                int succeeded = 0;
                for (Future<?> demotion : demotions) {
                    Object outcome = demotion.get(30, TimeUnit.SECONDS);
                    succeeded += outcome == null ? 1 : 0;
                    if (outcome != null) {
                        assertThat(outcome).isInstanceOfAny(LastAdministrator.class, ConcurrentModification.class,
                                NotPermitted.class);
                    }
                }

                assertThat(storage.users().countAdministrators(number)).as("round %d", round).isEqualTo(1);
                assertThat(succeeded).isEqualTo(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_removed_user_can_no_longer_log_in_or_act() {
        EmailAddress janEmail = Fixtures.email("jan");
        UserId jan = kit.addUser().add(petra, new AddUserCommand(janEmail.value(), "Jan", Role.USER,
                EnumSet.of(Right.MANAGE_ADDRESSES), Fixtures.PASSWORD));

        kit.removeUser().remove(petra, new RemoveUserCommand(jan));

        assertThatThrownBy(() -> kit.authenticate().authenticate(
                new AuthenticateCommand(janEmail.value(), Fixtures.PASSWORD))).isInstanceOf(AuthenticationFailed.class);
        assertThatThrownBy(() -> kit.addAddress().add(Actor.user(jansen, jan), addressCommand("Werkplaats", false)))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void a_failed_login_does_not_tell_whether_the_address_exists() {
        Throwable wrongPassword = catchThrowable(() -> kit.authenticate().authenticate(
                new AuthenticateCommand(petraEmail.value(), "Verkeerd-wachtwoord-1")));
        Throwable unknownAddress = catchThrowable(() -> kit.authenticate().authenticate(
                new AuthenticateCommand(Fixtures.email("onbekend").value(), "Verkeerd-wachtwoord-1")));

        assertThat(wrongPassword).isInstanceOf(AuthenticationFailed.class);
        assertThat(unknownAddress).isInstanceOf(AuthenticationFailed.class)
                .hasMessage(wrongPassword.getMessage());
    }

    @Test
    void failed_logins_pause_the_address_on_every_server_and_a_correct_login_afterwards_starts_afresh() {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        LoginBackoff backoff = new LoginBackoff(3, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofDays(1));
        AccountKit server = Fixtures.builder(storage, clock).loginBackoff(backoff).build();
        AccountKit otherServer = Fixtures.builder(storage, clock).loginBackoff(backoff).build();
        AuthenticateCommand wrong = new AuthenticateCommand(petraEmail.value(), "Verkeerd-wachtwoord-1");
        AuthenticateCommand right = new AuthenticateCommand(petraEmail.value(), Fixtures.PASSWORD);

        for (int attempt = 0; attempt < 3; attempt++) {
            AccountKit either = attempt % 2 == 0 ? server : otherServer;
            assertThat(catchThrowable(() -> either.authenticate().authenticate(wrong)))
                    .isExactlyInstanceOf(AuthenticationFailed.class);
        }
        LoginPaused paused = org.assertj.core.api.Assertions.catchThrowableOfType(() -> otherServer.authenticate()
                .authenticate(right),
                LoginPaused.class);
        assertThat(paused).as("even the right password waits").isNotNull();
        assertThat(paused.retryAfter()).isEqualTo(Duration.ofSeconds(10));
        assertThat(paused.message(Messages.dutch())).contains("10 seconden");

        clock.advance(Duration.ofSeconds(10));
        assertThat(catchThrowable(() -> server.authenticate().authenticate(wrong)))
                .isExactlyInstanceOf(AuthenticationFailed.class);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> server.authenticate()
                .authenticate(right), LoginPaused.class)
                .retryAfter()).as("the pause doubles").isEqualTo(Duration.ofSeconds(20));

        clock.advance(Duration.ofSeconds(20));
        assertThat(server.authenticate().authenticate(right)).isEqualTo(petra);
        assertThat(catchThrowable(() -> server.authenticate().authenticate(wrong)))
                .as("a success forgets the failures").isExactlyInstanceOf(AuthenticationFailed.class);
    }

    @Test
    void an_unknown_address_is_paused_exactly_like_a_known_one() {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        AccountKit server = Fixtures.builder(storage, clock).loginBackoff(new LoginBackoff(2, Duration.ofSeconds(30),
                Duration.ofMinutes(5), Duration.ofDays(1))).build();
        List<String> known = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        String stranger = Fixtures.email("onbekend").value();

        for (int attempt = 0; attempt < 4; attempt++) {
            known.add(answer(() -> server.authenticate().authenticate(new AuthenticateCommand(petraEmail.value(),
                    "Verkeerd-wachtwoord-1"))));
            unknown.add(answer(() -> server.authenticate().authenticate(new AuthenticateCommand(stranger,
                    "Verkeerd-wachtwoord-1"))));
        }

        assertThat(known).containsExactly("AuthenticationFailed", "AuthenticationFailed", "LoginPaused 30s",
                "LoginPaused 30s");
        assertThat(unknown).isEqualTo(known);
    }

    @Test
    void an_address_whose_logins_failed_before_it_had_a_user_can_still_be_given_to_a_user() {
        String newcomer = Fixtures.email("nieuw").value();
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(catchThrowable(() -> kit.authenticate().authenticate(new AuthenticateCommand(newcomer,
                    Fixtures.PASSWORD)))).isExactlyInstanceOf(AuthenticationFailed.class);
        }

        UserId added = kit.addUser().add(petra, new AddUserCommand(newcomer, "Nieuw", Role.USER, Set.of(),
                Fixtures.PASSWORD));

        assertThat(kit.authenticate().authenticate(new AuthenticateCommand(newcomer, Fixtures.PASSWORD)))
                .isEqualTo(Actor.user(jansen, added));
        assertThat(catchThrowable(() -> kit.addUser().add(petra, new AddUserCommand(newcomer, "Nog een", Role.USER,
                Set.of(), Fixtures.PASSWORD)))).isInstanceOf(EmailAddressTaken.class);
    }

    private static String answer(ThrowingCallable login) {
        Throwable thrown = catchThrowable(login);
        return thrown instanceof LoginPaused paused ? "LoginPaused " + paused.retryAfter().toSeconds() + "s"
                : thrown.getClass().getSimpleName();
    }

    // --- addresses ---------------------------------------------------------------------------------------------

    @Test
    void the_first_address_becomes_primary_and_exactly_one_address_stays_primary() {
        AddressId workshop = kit.addAddress().add(petra, addressCommand("Werkplaats", false));
        AddressId site = kit.addAddress().add(petra, addressCommand("Bouwplaats", false));
        assertThat(primaryOf(petra)).isEqualTo(workshop);

        kit.setPrimaryAddress().makePrimary(petra, new SetPrimaryAddressCommand(site));
        assertThat(primaryOf(petra)).isEqualTo(site);
        assertThat(kit.listAddresses().list(petra)).filteredOn(SavedAddress::primary).hasSize(1);

        kit.deleteAddress().delete(petra, new org.accountkit.address.DeleteAddressCommand(site));
        assertThat(primaryOf(petra)).isEqualTo(workshop);
        kit.deleteAddress().delete(petra, new org.accountkit.address.DeleteAddressCommand(workshop));
        assertThat(kit.listAddresses().list(petra)).isEmpty();
    }

    @Test
    void a_user_without_the_address_right_sees_the_addresses_but_cannot_change_them() {
        AddressId workshop = kit.addAddress().add(petra, addressCommand("Werkplaats", true));
        Actor jan = addUser(Role.USER, Right.PLACE_ORDERS);

        assertThat(kit.listAddresses().list(jan)).extracting(SavedAddress::id).containsExactly(workshop);
        assertThatThrownBy(() -> kit.addAddress().add(jan, addressCommand("Thuis", false)))
                .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> kit.setPrimaryAddress().makePrimary(jan, new SetPrimaryAddressCommand(workshop)))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void postcodes_are_checked_for_the_netherlands_belgium_and_germany() {
        kit.addAddress().add(petra, addressIn(Country.NL, "3542ad"));
        kit.addAddress().add(petra, addressIn(Country.BE, "2000"));
        kit.addAddress().add(petra, addressIn(Country.DE, "10115"));

        assertThat(kit.listAddresses().list(petra)).extracting(saved -> saved.address().postcode())
                .containsExactlyInAnyOrder("3542 AD", "2000", "10115");
        for (AddAddressCommand wrong : List.of(addressIn(Country.NL, "0542 AD"), addressIn(Country.NL, "3542 SS"),
                addressIn(Country.BE, "20000"), addressIn(Country.DE, "1011"), addressIn(Country.DE, "3542 AD"))) {
            InvalidCommand refused = catchThrowableOfType(() -> kit.addAddress().add(petra, wrong));
            assertThat(refused.fields()).as(wrong.address().toString()).containsExactly("address.postcode");
        }
        assertThat(kit.listAddresses().list(petra)).hasSize(3);
    }

    @Test
    void the_invoice_address_changes_only_through_customer_service() {
        AddressFields newAddress = Fixtures.addressFields("Jansen Facturen");

        assertThatThrownBy(() -> kit.changeInvoiceAddress().change(petra,
                new ChangeInvoiceAddressCommand(jansen, newAddress))).isInstanceOf(NotPermitted.class);
        kit.changeInvoiceAddress().change(customerService, new ChangeInvoiceAddressCommand(jansen, newAddress));

        assertThat(storage.customerAccounts().find(jansen).orElseThrow().invoiceAddress().name())
                .isEqualTo("Jansen Facturen");
        assertThatThrownBy(() -> kit.changeInvoiceAddress().change(customerService,
                new ChangeInvoiceAddressCommand(Fixtures.customerNumber(), newAddress)))
                .isInstanceOf(NotFound.class);
    }

    // --- profile and settings ----------------------------------------------------------------------------------

    @Test
    void prices_are_shown_excluding_vat_with_both_prices_until_the_user_chooses_otherwise() {
        Actor jan = addUser(Role.USER, Right.SEE_PRICES);
        assertThat(kit.viewProfile().view(jan).priceDisplay())
                .isEqualTo(new PriceDisplay(VatDisplay.EXCLUDING_VAT, ShownPrices.BOTH));

        kit.changePriceDisplay().change(jan, new ChangePriceDisplayCommand(VatDisplay.INCLUDING_VAT, ShownPrices.NET));

        assertThat(kit.viewProfile().view(jan).priceDisplay())
                .isEqualTo(new PriceDisplay(VatDisplay.INCLUDING_VAT, ShownPrices.NET));
        assertThat(kit.viewProfile().view(petra).priceDisplay()).isEqualTo(PriceDisplay.defaults());
    }

    @Test
    void e_mail_settings_route_documents_and_record_the_moment_of_consent() {
        String invoices = Fixtures.email("facturen").value();
        assertThat(kit.viewProfile().view(petra).emailSettings().marketing())
                .isEqualTo(new MarketingConsent.NotAsked());

        kit.changeEmailSettings().change(petra,
                new ChangeEmailSettingsCommand(invoices, petraEmail.value(), petraEmail.value(), true));
        kit.changeEmailSettings().change(petra,
                new ChangeEmailSettingsCommand(invoices, petraEmail.value(), petraEmail.value(), true));

        var settings = kit.viewProfile().view(petra).emailSettings();
        assertThat(settings.invoices().value()).isEqualTo(invoices);
        assertThat(settings.orderConfirmations()).isEqualTo(petraEmail);
        assertThat(settings.marketing()).isEqualTo(new MarketingConsent.OptedIn(Fixtures.NOW));
    }

    @Test
    void a_password_change_needs_the_current_password_and_stores_only_a_hash() {
        String newPassword = "Nieuw-en-Lang-2026";

        assertThatThrownBy(() -> kit.changePassword().change(petra,
                new ChangePasswordCommand("niet-het-wachtwoord", newPassword)))
                .isInstanceOf(CurrentPasswordIncorrect.class);
        kit.changePassword().change(petra, new ChangePasswordCommand(Fixtures.PASSWORD, newPassword));

        assertThat(kit.authenticate().authenticate(new AuthenticateCommand(petraEmail.value(), newPassword)))
                .isEqualTo(petra);
        assertThatThrownBy(() -> kit.authenticate().authenticate(
                new AuthenticateCommand(petraEmail.value(), Fixtures.PASSWORD))).isInstanceOf(AuthenticationFailed.class);
        String stored = storage.users().findByEmail(petraEmail).orElseThrow().passwordHash().encoded();
        assertThat(stored).startsWith("$argon2id$").doesNotContain(newPassword);
    }

    @Test
    void every_change_is_in_the_audit_trail_newest_first_for_administrators_and_customer_service() {
        Actor jan = addUser(Role.USER, Right.PLACE_ORDERS);
        kit.changeRights().change(petra, new ChangeRightsCommand(((Actor.UserActor) jan).user(),
                EnumSet.of(Right.SEE_PRICES)));
        kit.addAddress().add(petra, addressCommand("Werkplaats", true));
        kit.changePriceDisplay().change(jan, new ChangePriceDisplayCommand(VatDisplay.INCLUDING_VAT, ShownPrices.GROSS));

        List<AuditRecord> trail = kit.listAuditTrail()
                .list(petra, AuditTrailQuery.own(PageRequest.first(10))).items();

        assertThat(trail).extracting(AuditRecord::action).containsExactly(AuditAction.PRICE_DISPLAY_CHANGED,
                AuditAction.ADDRESS_ADDED, AuditAction.RIGHTS_CHANGED, AuditAction.USER_ADDED,
                AuditAction.CUSTOMER_REGISTERED);
        assertThat(trail.get(2).actor()).isEqualTo(petraEmail.value());
        assertThat(trail.get(2).details()).contains("SEE_PRICES");
        assertThat(trail).allSatisfy(record -> assertThat(record.occurredAt()).isEqualTo(Fixtures.NOW));
        assertThat(kit.listAuditTrail().list(customerService, AuditTrailQuery.of(jansen, PageRequest.first(10)))
                .items()).hasSize(5);
        assertThatThrownBy(() -> kit.listAuditTrail().list(jan, AuditTrailQuery.own(PageRequest.first(10))))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void an_administrator_lists_their_own_audit_trail_without_naming_the_customer_number_again() {
        CustomerNumber other = Fixtures.customerNumber();
        kit.registerCustomerAccount().register(customerService, Fixtures.registration(other, Fixtures.email("k")));

        assertThat(kit.listAuditTrail().list(petra, AuditTrailQuery.own(PageRequest.first(10))).items())
                .extracting(AuditRecord::customerNumber).containsOnly(jansen).isNotEmpty();
        assertThat(kit.listAuditTrail().list(petra, AuditTrailQuery.of(jansen, PageRequest.first(10))).items())
                .hasSize(1);
        assertThatThrownBy(() -> kit.listAuditTrail().list(petra, AuditTrailQuery.of(other, PageRequest.first(10))))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_kit_without_a_catalog_says_so_when_a_cart_is_submitted_and_does_everything_else() {
        AccountKit withoutCatalog = AccountKit.builder().storage(storage).passwordHashing(Fixtures.fastHashing())
                .clock(Fixtures.clock()).build();

        Throwable submitted = catchThrowable(() -> withoutCatalog.submitOrder().submit(null, null));
        Throwable explained = catchThrowable(() -> withoutCatalog.explainOrder().explain(petra,
                new SubmitOrderCommand(List.of(new CartLine(TestCatalog.DRILL, 1)))));

        assertThat(submitted).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ArticleCatalog").hasMessageContaining("SubmitOrder");
        assertThat(explained).isInstanceOf(IllegalStateException.class).hasMessage(submitted.getMessage());
        assertThat(withoutCatalog.viewProfile().view(petra).customerNumber()).isEqualTo(jansen);
    }

    // --- nothing half-done -------------------------------------------------------------------------------------

    @Test
    void when_the_audit_trail_fails_the_change_is_not_stored_either() {
        AuditTrail failing = mock(AuditTrail.class);
        doThrow(new IllegalStateException("audit trail unavailable")).when(failing).append(any());
        AccountKit kitWithFailingAudit = Fixtures.kit(withAuditTrail(storage, failing));
        Actor jan = addUser(Role.USER, Right.PLACE_ORDERS);
        StoredState before = StoredState.of(storage, jansen);

        assertThatThrownBy(() -> kitWithFailingAudit.addUser().add(petra, new AddUserCommand(
                Fixtures.email("kees").value(), "Kees", Role.USER, Set.of(), Fixtures.PASSWORD)))
                .hasMessage("audit trail unavailable");
        assertThatThrownBy(() -> kitWithFailingAudit.changeRights().change(petra,
                new ChangeRightsCommand(((Actor.UserActor) jan).user(), EnumSet.of(Right.SEE_INVOICES))))
                .hasMessage("audit trail unavailable");
        assertThatThrownBy(() -> kitWithFailingAudit.addAddress().add(petra, addressCommand("Werkplaats", true)))
                .hasMessage("audit trail unavailable");
        assertThatThrownBy(() -> kitWithFailingAudit.changePriceDisplay().change(jan,
                new ChangePriceDisplayCommand(VatDisplay.INCLUDING_VAT, ShownPrices.NET)))
                .hasMessage("audit trail unavailable");

        assertThat(StoredState.of(storage, jansen)).isEqualTo(before);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    /** Petra adds a user with these rights; returns the user as actor. */
    protected Actor addUser(Role role, Right... rights) {
        Set<Right> granted = rights.length == 0 ? EnumSet.noneOf(Right.class) : EnumSet.of(rights[0], rights);
        return Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(Fixtures.email("collega").value(),
                "Collega " + UUID.randomUUID().toString().substring(0, 4), role, granted, Fixtures.PASSWORD)));
    }

    /** A command to save a valid Dutch address. */
    protected static AddAddressCommand addressCommand(String label, boolean primary) {
        return new AddAddressCommand(label, Fixtures.addressFields(label), primary);
    }

    private static AddAddressCommand addressIn(Country country, String postcode) {
        return new AddAddressCommand("Vestiging " + country, new AddressFields("Vestiging", "Hauptstraße", "1",
                postcode, "Stad", country), false);
    }

    private AddressId primaryOf(Actor actor) {
        return kit.listAddresses().list(actor).stream().filter(SavedAddress::primary).findFirst().orElseThrow().id();
    }

    private java.util.concurrent.Callable<Object> demote(CountDownLatch start, Actor acting, UserId target) {
        return () -> {
            start.await();
            try {
                kit.changeRole().change(acting, new ChangeRoleCommand(target, Role.USER));
                return null;
            } catch (AccountException refused) {
                return refused;
            }
        };
    }

    /** Catches an {@link InvalidCommand}, failing when the call throws something else or nothing. */
    protected static InvalidCommand catchThrowableOfType(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidCommand.class);
        return (InvalidCommand) thrown;
    }

    /** The same storage, but with another audit trail: for injecting failures. */
    protected static AccountStorage withAuditTrail(AccountStorage storage, AuditTrail auditTrail) {
        return new ForwardingAccountStorage(storage) {
            @Override
            public AuditTrail auditTrail() {
                return auditTrail;
            }
        };
    }
}
