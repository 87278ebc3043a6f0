package org.accountkit.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;

import org.accountkit.AccountException;
import org.accountkit.AccountKit;
import org.accountkit.InvalidCommand;
import org.accountkit.address.AddAddressCommand;
import org.accountkit.address.AddressId;
import org.accountkit.address.SavedAddress;
import org.accountkit.address.SetPrimaryAddressCommand;
import org.accountkit.audit.AuditRecord;
import org.accountkit.audit.AuditTrailQuery;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.pricing.ShownPrices;
import org.accountkit.pricing.VatDisplay;
import org.accountkit.profile.ChangeEmailSettingsCommand;
import org.accountkit.profile.ChangePriceDisplayCommand;
import org.accountkit.profile.ProfileView;
import org.accountkit.shared.Actor;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Messages;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.shared.Violation;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.AuthenticateCommand;
import org.accountkit.user.ChangeRoleCommand;
import org.accountkit.user.PasswordHashing;
import org.accountkit.user.RemoveUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.accountkit.user.UserSummary;

/**
 * The "My account" story of the seed, told through AccountKit's use cases: an installer's buyer administers the
 * customer number, gives a mechanic his own login and rights, keeps the delivery addresses and settings, and the
 * library refuses what it must.
 */
public final class MyAccountStory {

    private final AccountKit kit;
    private final PrintStream out;

    /**
     * @param storage where the story is stored
     * @param hashing how passwords are hashed
     * @param clock   the clock the story's moments come from
     * @param out     where the story is told
     */
    public MyAccountStory(AccountStorage storage, PasswordHashing hashing, Clock clock, PrintStream out) {
        this.kit = AccountKit.builder().storage(storage).passwordHashing(hashing).clock(clock).build();
        this.out = out;
    }

    /** What the story left behind, for whoever wants to look further. */
    public record Outcome(CustomerNumber customerNumber, UserId administrator, UserId mechanic,
            AddressId primaryAddress) {
    }

    /** Tells the story; every step goes through a use case. */
    public Outcome tell() {
        Actor customerService = Actor.customerService("Anja van de klantenservice");
        CustomerNumber jansen = new CustomerNumber("100234");

        say("1. Customer service opens customer number 100234 for Installatiebedrijf Jansen, buyer Petra administers it");
        kit.registerCustomerAccount().register(customerService, new RegisterCustomerAccountCommand(jansen.value(),
                "Installatiebedrijf Jansen B.V.", "12345678", "NL123456789B01",
                new AddressFields("Jansen B.V. administratie", "Industrieweg", "12", "3542 AD", "Utrecht",
                        Country.NL), ZoneId.of("Europe/Amsterdam"), "petra@jansen.example", "Petra Inkoop",
                "Werkplaats-2026!"));
        Actor petra = kit.authenticate().authenticate(
                new AuthenticateCommand("Petra@Jansen.example", "Werkplaats-2026!"));
        say("   Petra logs in with her own e-mail address (any case): " + kit.viewProfile().view(petra).role());

        say("2. Petra adds mechanic Jan with his own login and the rights he needs");
        UserId jan = kit.addUser().add(petra, new AddUserCommand("jan@jansen.example", "Jan de Monteur", Role.USER,
                EnumSet.of(Right.PLACE_ORDERS, Right.SEE_PRICES, Right.REGISTER_RETURNS_AND_SERVICE),
                "Boormachine-123"));
        Actor mechanic = kit.authenticate().authenticate(new AuthenticateCommand("jan@jansen.example",
                "Boormachine-123"));
        for (UserSummary user : kit.listUsers().list(petra, PageRequest.first(10)).items()) {
            say("   user overview: " + user.username() + " <" + user.email() + "> " + user.role() + " "
                    + new java.util.TreeSet<>(user.rights()));
        }
        refuse("   Jan opens the user overview", () -> kit.listUsers().list(mechanic, PageRequest.first(10)));

        say("3. Petra saves two delivery addresses and makes the building site the primary one");
        kit.addAddress().add(petra, new AddAddressCommand("Werkplaats", new AddressFields("Jansen werkplaats",
                "Industrieweg", "12", "3542ad", "Utrecht", Country.NL), false));
        AddressId site = kit.addAddress().add(petra, new AddAddressCommand("Bouwplaats Antwerpen",
                new AddressFields("Project Schelde", "Kaaiplein", "3", "2000", "Antwerpen", Country.BE), false));
        kit.setPrimaryAddress().makePrimary(petra, new SetPrimaryAddressCommand(site));
        for (SavedAddress saved : kit.listAddresses().list(mechanic)) {
            say("   " + (saved.primary() ? "primary  " : "         ") + saved.label() + ": "
                    + saved.address().singleLine());
        }

        say("4. Jan wants prices including VAT, net only; Petra routes invoices to the office and opts in to offers");
        kit.changePriceDisplay().change(mechanic,
                new ChangePriceDisplayCommand(VatDisplay.INCLUDING_VAT, ShownPrices.NET));
        kit.changeEmailSettings().change(petra, new ChangeEmailSettingsCommand("administratie@jansen.example",
                "petra@jansen.example", "magazijn@jansen.example", true));
        ProfileView janProfile = kit.viewProfile().view(mechanic);
        ProfileView petraProfile = kit.viewProfile().view(petra);
        say("   Jan sees prices " + janProfile.priceDisplay().vat() + ", " + janProfile.priceDisplay().prices()
                + "; Petra keeps the default " + petraProfile.priceDisplay().vat() + ", "
                + petraProfile.priceDisplay().prices());
        say("   invoices go to " + petraProfile.emailSettings().invoices() + ", shipping confirmations to "
                + petraProfile.emailSettings().shippingConfirmations() + ", promotions: "
                + petraProfile.emailSettings().marketing());

        say("5. Bad input is refused as a whole, naming every field, in English and Dutch; nothing is stored");
        try {
            kit.addAddress().add(petra, new AddAddressCommand("", new AddressFields("Filiaal", "Hauptstraße", "1",
                    "3542 AD", "Berlin", Country.DE), false));
        } catch (InvalidCommand refused) {
            for (Violation violation : refused.violations()) {
                say("   " + violation.field() + ": " + violation.english() + " / " + violation.dutch());
            }
            say("   " + refused.message(Messages.dutch()));
        }
        say("   addresses still saved: " + kit.listAddresses().list(petra).size());

        say("6. The administrator of another customer number tries to remove Jan");
        Actor other = kit.registerCustomerAccount().register(customerService,
                new RegisterCustomerAccountCommand("200777", "De Vries Techniek", "87654321", "NL987654321B01",
                        new AddressFields("De Vries Techniek", "Havenweg", "8", "2000", "Antwerpen", Country.BE),
                        ZoneId.of("Europe/Brussels"), "karin@devries.example", "Karin de Vries", "Schroevendraaier-9"))
                .administratorActor();
        refuse("   Karin removes Jan", () -> kit.removeUser().remove(other, new RemoveUserCommand(jan)));
        refuse("   Karin removes a user who does not exist", () -> kit.removeUser().remove(other,
                new RemoveUserCommand(UserId.random())));
        refuse("   Petra demotes herself, the last administrator", () -> kit.changeRole().change(petra,
                new org.accountkit.user.ChangeRoleCommand(((Actor.UserActor) petra).user(), Role.USER)));

        say("7. The audit trail of 100234, newest first");
        for (AuditRecord record : kit.listAuditTrail().list(petra,
                AuditTrailQuery.own(PageRequest.first(20))).items()) {
            say("   " + record.occurredAt() + " " + record.actor() + " " + record.action() + " " + record.subject()
                    + ": " + record.details());
        }
        return new Outcome(jansen, ((Actor.UserActor) petra).user(), jan, site);
    }

    private void refuse(String attempt, Runnable action) {
        try {
            action.run();
            say(attempt + " -> allowed");
        } catch (AccountException refused) {
            say(attempt + " -> refused: " + refused.getMessage() + " / " + refused.message(Locale.forLanguageTag("nl")));
        }
    }

    private void say(String line) {
        out.println(line);
    }
}
