package org.accountkit.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.UUID;

import org.accountkit.AccountKit;
import org.accountkit.address.AddAddressCommand;
import org.accountkit.address.AddressId;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.service.DecideServiceCaseCommand;
import org.accountkit.service.FulfilServiceRequestCommand;
import org.accountkit.service.NightDeliveryCommand;
import org.accountkit.service.NightDeliveryNotActive;
import org.accountkit.service.RegisterRepairCommand;
import org.accountkit.service.Resolution;
import org.accountkit.service.ServiceCase;
import org.accountkit.service.ServiceCaseStatus;
import org.accountkit.service.ServiceRequestCommand;
import org.accountkit.service.ServiceRequestKind;
import org.accountkit.shared.Actor;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.PasswordHashing;
import org.accountkit.user.Right;
import org.accountkit.user.Role;

/**
 * The seed's service page so far: night delivery at the workshop with return stickers and crates, a repair request
 * that customer service receives and resolves, and night delivery cancelled, which ends the pending crate pick-up.
 * (Returns and warranty claims come with the rest of the service issue.)
 */
public final class ServiceStory {

    private final AccountKit kit;
    private final PrintStream out;

    /**
     * @param storage where the story is stored
     * @param hashing how passwords are hashed
     * @param clock   the clock the story's moments come from
     * @param out     where the story is told
     */
    public ServiceStory(AccountStorage storage, PasswordHashing hashing, Clock clock, PrintStream out) {
        this.kit = AccountKit.builder().storage(storage).passwordHashing(hashing).clock(clock)
                .articleCatalog(new ExampleCatalog()).build();
        this.out = out;
    }

    /** Tells the story; every step goes through a use case. */
    public AccountKit tell() {
        Actor.UserActor buyer = kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                new RegisterCustomerAccountCommand("300999", "Klimaattechniek Mulder", "45678901", "NL456789012B01",
                        new AddressFields("Mulder administratie", "Vaartweg", "21", "3811 AA", "Amersfoort",
                                Country.NL), ZoneId.of("Europe/Amsterdam"), "ilse@mulder.example", "Ilse Inkoop",
                        "Warmtepomp-2026!")).administratorActor();
        Actor.UserActor mechanic = buyer.colleague(kit.addUser().add(buyer, new AddUserCommand("daan@mulder.example",
                "Daan de Monteur", Role.USER, EnumSet.of(Right.REGISTER_RETURNS_AND_SERVICE), "Koudemiddel-2026")));
        AddressId workshop = kit.addAddress().add(buyer, new AddAddressCommand("Werkplaats", new AddressFields(
                "Klimaattechniek Mulder", "Industrieweg", "7", "3812 BB", "Amersfoort", Country.NL), true));

        try {
            kit.requestNightDeliveryService().request(mechanic, new ServiceRequestCommand(
                    ServiceRequestKind.RETURN_STICKERS, 10));
        } catch (NightDeliveryNotActive refused) {
            say("A. Daan asks for return stickers: " + refused.message(java.util.Locale.forLanguageTag("nl")));
        }
        kit.startNightDelivery().start(buyer, new NightDeliveryCommand(workshop, "Sleutelkluis naast de roldeur"));
        say("B. Ilse starts night delivery at the workshop; Daan now sees " + kit.viewAvailableServices()
                .available(mechanic));
        UUID stickers = kit.requestNightDeliveryService().request(mechanic, new ServiceRequestCommand(
                ServiceRequestKind.RETURN_STICKERS, 10));
        kit.requestNightDeliveryService().request(mechanic, new ServiceRequestCommand(
                ServiceRequestKind.CRATE_PICKUP, 4));
        kit.fulfilServiceRequest().fulfil(Actor.customerService("Anja"),
                new FulfilServiceRequestCommand("300999", stickers));
        say("   He asks for 10 return stickers (sent by customer service) and registers 4 crates for pick-up");

        String repair = kit.registerRepair().register(mechanic, new RegisterRepairCommand("VACUUMPOMP-2", "VP-88123",
                "Pomp slaat af na twee minuten."));
        kit.decideServiceCase().decide(Actor.customerService("Bram"), new DecideServiceCaseCommand("300999", repair,
                ServiceCaseStatus.RECEIVED, null, "Ontvangen"));
        kit.decideServiceCase().decide(Actor.customerService("Bram"), new DecideServiceCaseCommand("300999", repair,
                ServiceCaseStatus.RESOLVED, Resolution.REPAIRED, "Drukschakelaar vervangen"));
        ServiceCase repaired = kit.viewServiceCase().view(mechanic, repair);
        say("C. Daan sends the vacuum pump in for repair as " + repair + ": " + repaired.status() + ", "
                + repaired.resolution().orElseThrow() + " - " + repaired.note());

        kit.cancelNightDelivery().cancel(buyer);
        say("D. Ilse cancels night delivery; the requests: " + kit.viewNightDelivery().view(buyer).requests().stream()
                .map(request -> request.quantity() + " " + request.kind() + " " + request.status()).toList());
        return kit;
    }

    private void say(String line) {
        out.println(line);
    }
}
