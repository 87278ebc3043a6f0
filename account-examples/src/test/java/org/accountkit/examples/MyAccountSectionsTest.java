package org.accountkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;

import org.accountkit.AccountKit;
import org.accountkit.NotPermitted;
import org.accountkit.address.AddAddressCommand;
import org.accountkit.address.AddressId;
import org.accountkit.address.SavedAddress;
import org.accountkit.address.SetPrimaryAddressCommand;
import org.accountkit.argon2.Argon2PasswordHashing;
import org.accountkit.customer.ChangeInvoiceAddressCommand;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.pricing.ShownPrices;
import org.accountkit.pricing.VatDisplay;
import org.accountkit.profile.ChangeEmailSettingsCommand;
import org.accountkit.profile.ChangePasswordCommand;
import org.accountkit.profile.ChangePriceDisplayCommand;
import org.accountkit.profile.ChangeUsernameCommand;
import org.accountkit.shared.Actor;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.shared.PageRequest;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.AuthenticateCommand;
import org.accountkit.user.MarketingConsent;
import org.accountkit.user.RemoveUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.accountkit.user.UserSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The "Profiel" section of the seed's "Mijn account", heading by heading: the buyer administers the customer
 * number, a mechanic has his own login, and each keeps their own settings.
 */
class MyAccountSectionsTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T08:30:00Z");

    private AccountKit kit;
    private Actor buyer;
    private final Actor customerService = Actor.customerService("Anja");

    @BeforeEach
    void given_an_installer_whose_buyer_administers_the_customer_number() {
        kit = AccountKit.builder().storage(new InMemoryAccountStorage())
                .passwordHashing(Argon2PasswordHashing.withCost(1024, 1, 1))
                .clock(Clock.fixed(MONDAY, ZoneOffset.UTC)).build();
        buyer = kit.registerCustomerAccount().register(customerService,
                new RegisterCustomerAccountCommand("100234", "Installatiebedrijf Jansen B.V.", "12345678",
                        "NL123456789B01", address("Jansen administratie", "3542 AD", Country.NL),
                        ZoneId.of("Europe/Amsterdam"), "inkoop@jansen.example", "Petra Inkoop", "Werkplaats-2026!"))
                .administratorActor();
    }

    @Test
    void gebruikers_a_mechanic_logs_in_with_his_own_address_and_only_administrators_see_the_users() {
        // when the buyer gives the mechanic his own user account
        kit.addUser().add(buyer, new AddUserCommand("jan@jansen.example", "Jan de Monteur", Role.USER,
                EnumSet.of(Right.PLACE_ORDERS), "Boormachine-123"));
        Actor mechanic = kit.authenticate().authenticate(new AuthenticateCommand("jan@jansen.example",
                "Boormachine-123"));

        // then the buyer sees both users, and the mechanic may order but not see the users
        assertThat(kit.listUsers().list(buyer, PageRequest.first(10)).items()).extracting(UserSummary::username)
                .containsExactly("Jan de Monteur", "Petra Inkoop");
        assertThat(kit.viewProfile().view(mechanic).rights()).containsExactly(Right.PLACE_ORDERS);
        assertThatThrownBy(() -> kit.listUsers().list(mechanic, PageRequest.first(10)))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void gebruikers_an_administrator_removes_a_user_who_left_the_company() {
        var jan = kit.addUser().add(buyer, new AddUserCommand("jan@jansen.example", "Jan de Monteur", Role.USER,
                Set.of(), "Boormachine-123"));

        kit.removeUser().remove(buyer, new RemoveUserCommand(jan));

        assertThat(kit.listUsers().list(buyer, PageRequest.first(10)).items()).extracting(UserSummary::username)
                .containsExactly("Petra Inkoop");
    }

    @Test
    void opgeslagen_adressen_the_customer_picks_the_primary_delivery_address_and_customer_service_the_invoice_address() {
        // given two saved addresses
        kit.addAddress().add(buyer, new AddAddressCommand("Werkplaats",
                address("Jansen werkplaats", "3542 AD", Country.NL), false));
        AddressId site = kit.addAddress().add(buyer, new AddAddressCommand("Bouwplaats Aken",
                address("Project Aachen", "52062", Country.DE), false));

        // when the buyer makes the building site primary
        kit.setPrimaryAddress().makePrimary(buyer, new SetPrimaryAddressCommand(site));

        // then it is the one primary address; the invoice address is customer service's to change
        assertThat(kit.listAddresses().list(buyer)).filteredOn(SavedAddress::primary)
                .extracting(SavedAddress::id).containsExactly(site);
        assertThatThrownBy(() -> kit.changeInvoiceAddress().change(buyer, new ChangeInvoiceAddressCommand(
                new CustomerNumber("100234"), address("Elders", "1015 CJ", Country.NL))))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void opgeslagen_prijsinstellingen_each_user_chooses_vat_and_which_prices_to_see() {
        kit.changePriceDisplay().change(buyer, new ChangePriceDisplayCommand(VatDisplay.INCLUDING_VAT,
                ShownPrices.GROSS));

        var display = kit.viewProfile().view(buyer).priceDisplay();
        assertThat(display.vat()).isEqualTo(VatDisplay.INCLUDING_VAT);
        assertThat(display.prices()).isEqualTo(ShownPrices.GROSS);
    }

    @Test
    void profielinstellingen_a_user_changes_the_username_and_password_and_sees_the_company_profile() {
        kit.changeUsername().change(buyer, new ChangeUsernameCommand("Petra van Inkoop"));
        kit.changePassword().change(buyer, new ChangePasswordCommand("Werkplaats-2026!", "Nieuwe-Boormachine-7"));

        var profile = kit.viewProfile().view(buyer);
        assertThat(profile.username()).isEqualTo("Petra van Inkoop");
        assertThat(profile.company().chamberOfCommerceNumber()).isEqualTo("12345678");
        assertThat(kit.authenticate().authenticate(new AuthenticateCommand("inkoop@jansen.example",
                "Nieuwe-Boormachine-7"))).isEqualTo(buyer);
    }

    @Test
    void e_mailinstellingen_invoices_order_and_shipping_confirmations_go_where_the_user_chooses() {
        kit.changeEmailSettings().change(buyer, new ChangeEmailSettingsCommand("facturen@jansen.example",
                "inkoop@jansen.example", "magazijn@jansen.example", false));

        var settings = kit.viewProfile().view(buyer).emailSettings();
        assertThat(settings.invoices().value()).isEqualTo("facturen@jansen.example");
        assertThat(settings.shippingConfirmations().value()).isEqualTo("magazijn@jansen.example");
        assertThat(settings.marketing()).isEqualTo(new MarketingConsent.OptedOut(MONDAY));
    }

    private static AddressFields address(String name, String postcode, Country country) {
        return new AddressFields(name, "Industrieweg", "12", postcode, "Stad", country);
    }
}
