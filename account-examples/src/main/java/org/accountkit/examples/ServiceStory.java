package org.accountkit.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.accountkit.AccountKit;
import org.accountkit.address.AddAddressCommand;
import org.accountkit.address.AddressId;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.orders.ChannelOrderLine;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.RecordChannelOrderCommand;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.service.DecideServiceCaseCommand;
import org.accountkit.service.FulfilServiceRequestCommand;
import org.accountkit.service.NightDeliveryCommand;
import org.accountkit.service.NightDeliveryNotActive;
import org.accountkit.service.OutsideWarranty;
import org.accountkit.service.RegisterRepairCommand;
import org.accountkit.service.RegisterReturnCommand;
import org.accountkit.service.RegisterWarrantyClaimCommand;
import org.accountkit.service.ReturnExceedsDelivered;
import org.accountkit.service.ReturnReason;
import org.accountkit.service.Resolution;
import org.accountkit.service.ServiceCase;
import org.accountkit.service.ServiceCaseStatus;
import org.accountkit.service.ServiceRequestCommand;
import org.accountkit.service.ServiceRequestKind;
import org.accountkit.shared.Actor;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.shared.Money;
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
    private final Clock clock;

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
        this.clock = clock;
    }

    /** Tells the story; every step goes through a use case. */
    public AccountKit tell() {
        Actor.UserActor buyer = kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                new RegisterCustomerAccountCommand("300999", "Klimaattechniek Mulder", "45678901", "NL456789012B01",
                        new AddressFields("Mulder administratie", "Vaartweg", "21", "3811 AA", "Amersfoort",
                                Country.NL), ZoneId.of("Europe/Amsterdam"), "ilse@mulder.example", "Ilse Inkoop",
                        "Warmtepomp-2026!")).administratorActor();
        Actor.UserActor mechanic = buyer.colleague(kit.addUser().add(buyer, new AddUserCommand("daan@mulder.example",
                "Daan de Monteur", Role.USER, EnumSet.of(Right.REGISTER_RETURNS_AND_SERVICE, Right.SEE_ALL_ORDERS), "Koudemiddel-2026")));
        AddressId workshop = kit.addAddress().add(buyer, new AddAddressCommand("Werkplaats", new AddressFields(
                "Klimaattechniek Mulder", "Industrieweg", "7", "3812 BB", "Amersfoort", Country.NL), true));

        try {
            kit.requestNightDeliveryService().request(mechanic, new ServiceRequestCommand(
                    ServiceRequestKind.RETURN_STICKERS, 10));
        } catch (NightDeliveryNotActive refused) {
            say("A. Daan asks for return stickers: " + refused.message(Locale.forLanguageTag("nl")));
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

        Actor erp = Actor.customerService("ERP");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
        LocalDate lastWeek = today.minusDays(10);
        LocalDate longAgo = today.minusYears(2).minusDays(21);
        kit.recordChannelOrder().record(erp, new RecordChannelOrderCommand("300999", "BALIE-2026-0412",
                OrderChannel.COUNTER, "Project Vathorst", clock.instant().minus(Duration.ofDays(11)), List.of(
                        new ChannelOrderLine("KABEL-3G2.5", "Installatiekabel 3G2.5 per meter", 100,
                                Money.euro("1.25"), new BigDecimal("21"), lastWeek),
                        new ChannelOrderLine("SCHROEF-4X40-200", "Spaanplaatschroef 4x40, doos 200", 6,
                                Money.euro("12.50"), new BigDecimal("21"), lastWeek))));
        kit.recordDelivery().record(erp, new RecordDeliveryCommand("300999", "PAK-77120", "BALIE-2026-0412",
                lastWeek, List.of(new LineQuantity(1, 100), new LineQuantity(2, 6))));
        String returned = kit.registerReturn().register(mechanic, new RegisterReturnCommand("BALIE-2026-0412",
                List.of(new LineQuantity(2, 2)), ReturnReason.TOO_MANY, "Twee dozen ongeopend over."));
        try {
            kit.registerReturn().register(mechanic, new RegisterReturnCommand("BALIE-2026-0412",
                    List.of(new LineQuantity(2, 5)), ReturnReason.TOO_MANY, ""));
        } catch (ReturnExceedsDelivered refused) {
            say("D. Daan returns 2 boxes of screws as " + returned + "; 5 more are refused: "
                    + refused.message(Locale.forLanguageTag("nl")));
        }
        kit.decideServiceCase().decide(Actor.customerService("Bram"), new DecideServiceCaseCommand("300999",
                returned, ServiceCaseStatus.RECEIVED, null, "Retour ontvangen"));
        kit.decideServiceCase().decide(Actor.customerService("Bram"), new DecideServiceCaseCommand("300999",
                returned, ServiceCaseStatus.RESOLVED, Resolution.CREDITED, "Gecrediteerd"));
        ServiceCase credited = kit.viewServiceCase().view(mechanic, returned);
        say("   Customer service receives and credits it: " + credited.status() + ", "
                + credited.resolution().orElseThrow() + ", worth " + credited.returned().orElseThrow().worth());

        kit.recordChannelOrder().record(erp, new RecordChannelOrderCommand("300999", "TEL-0088",
                OrderChannel.PHONE, "", longAgo.minusDays(4).atStartOfDay(ZoneOffset.UTC).toInstant(),
                List.of(new ChannelOrderLine("BOOR-18V", "Accuboormachine 18V", 1, Money.euro("199.00"),
                        new BigDecimal("21"), longAgo))));
        kit.recordDelivery().record(erp, new RecordDeliveryCommand("300999", "PAK-0088", "TEL-0088",
                longAgo, List.of(new LineQuantity(1, 1))));
        try {
            kit.registerWarrantyClaim().register(mechanic, new RegisterWarrantyClaimCommand("TEL-0088", 1,
                    "SN-4471", "Motor draait niet meer."));
        } catch (OutsideWarranty refused) {
            say("E. Daan claims warranty for a drill of two years ago: " + refused.message(Locale.forLanguageTag("nl")));
        }

        kit.cancelNightDelivery().cancel(buyer);
        say("F. Ilse cancels night delivery; the requests: " + kit.viewNightDelivery().view(buyer).requests().stream()
                .map(request -> request.quantity() + " " + request.kind() + " " + request.status()).toList());
        return kit;
    }

    private void say(String line) {
        out.println(line);
    }
}
