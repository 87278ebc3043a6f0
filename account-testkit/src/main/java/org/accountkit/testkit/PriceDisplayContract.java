package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.accountkit.AccountKit;
import org.accountkit.InvalidCommand;
import org.accountkit.ordering.Article;
import org.accountkit.pricing.PricedLine;
import org.accountkit.pricing.ShownCart;
import org.accountkit.pricing.ShownLine;
import org.accountkit.pricing.ShownPrices;
import org.accountkit.pricing.UnitPrice;
import org.accountkit.pricing.VatDisplay;
import org.accountkit.pricing.VatSplit;
import org.accountkit.profile.ChangePriceDisplayCommand;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Violation;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Prices shown in each user's own setting, read from the adapter's storage. The cast: Jan sees prices and keeps the
 * default setting (excluding VAT, both prices); Kees sees prices including VAT, net only; Lotte may not see prices.
 */
public abstract class PriceDisplayContract {

    private static final Article PRESS_TOOL = new Article("PERS-V15", "Persmachine V-profiel 15mm",
            Money.euro("1450.00"), new BigDecimal("21"), Money.euro("1812.50"));
    private static final PricedLine THREE_SEEDS = new PricedLine("ZAAD-1", "Graszaad 1 kg", 3,
            UnitPrice.euro("4.9950"), Optional.of(UnitPrice.euro("6.50")), new BigDecimal("9"));

    protected AccountKit kit;
    protected Actor jan;
    protected Actor kees;
    protected Actor lotte;

    /** A storage to test: a new one, or a shared one (tests use their own customer numbers). */
    protected abstract AccountStorage newStorage();

    @BeforeEach
    void givenThreeColleagues() {
        kit = Fixtures.kit(newStorage());
        CustomerNumber jansen = Fixtures.customerNumber();
        Actor petra = Actor.user(jansen, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(jansen, Fixtures.email("petra"))).administrator());
        jan = Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(Fixtures.email("jan").value(), "Jan",
                Role.USER, Set.of(Right.SEE_PRICES, Right.PLACE_ORDERS), Fixtures.PASSWORD)));
        kees = Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(Fixtures.email("kees").value(), "Kees",
                Role.USER, Set.of(Right.SEE_PRICES), Fixtures.PASSWORD)));
        kit.changePriceDisplay().change(kees, new ChangePriceDisplayCommand(VatDisplay.INCLUDING_VAT,
                ShownPrices.NET));
        lotte = Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(Fixtures.email("lotte").value(),
                "Lotte", Role.USER, Set.of(Right.PLACE_ORDERS), Fixtures.PASSWORD)));
    }

    @Test
    void one_cart_shows_in_each_users_setting_and_charges_the_same() {
        List<PricedLine> cart = List.of(PricedLine.of(PRESS_TOOL, 2), THREE_SEEDS);

        ShownCart forJan = kit.showPrices().show(jan, cart).orElseThrow();
        ShownCart forKees = kit.showPrices().show(kees, cart).orElseThrow();

        ShownLine janSeeds = forJan.lines().get(1);
        assertThat(janSeeds.unitNet()).contains(Money.euro("5.00"));
        assertThat(janSeeds.unitGross()).contains(Money.euro("6.50"));
        assertThat(janSeeds.lineNet()).as("4.995 x 3 = 14.985, half-up").contains(Money.euro("14.99"));
        assertThat(janSeeds.lineGross()).contains(Money.euro("19.50"));
        ShownLine keesSeeds = forKees.lines().get(1);
        assertThat(keesSeeds.unitGross()).isEmpty();
        assertThat(keesSeeds.unitNet()).as("4.995 x 1.09 = 5.44455").contains(Money.euro("5.44"));
        assertThat(keesSeeds.lineNet()).as("14.99 + 1.35 VAT").contains(Money.euro("16.34"));
        assertThat(forKees.grossTotal()).isEmpty();
        assertThat(forJan.grossTotal()).contains(Money.euro("3644.50"));

        assertThat(forJan.totalExcludingVat()).isEqualTo(forKees.totalExcludingVat())
                .isEqualTo(Money.euro("2914.99"));
        assertThat(forJan.vat()).isEqualTo(forKees.vat()).containsExactly(
                new VatSplit(new BigDecimal("9.00"), Money.euro("14.99"), Money.euro("1.35")),
                new VatSplit(new BigDecimal("21.00"), Money.euro("2900.00"), Money.euro("609.00")));
        assertThat(forJan.totalIncludingVat()).isEqualTo(Money.euro("3525.34"));
    }

    @Test
    void a_user_without_the_right_sees_no_prices_and_a_cart_in_two_currencies_is_refused() {
        assertThat(kit.showPrices().show(lotte, List.of(PricedLine.of(PRESS_TOOL, 1)))).isEmpty();

        PricedLine swiss = new PricedLine("CH-1", "Kabelbinder", 1, new UnitPrice(BigDecimal.TEN,
                Currency.getInstance("CHF")), Optional.empty(), new BigDecimal("8.1"));
        InvalidCommand mixed = catchThrowableOfType(() -> kit.showPrices().show(jan, List.of(PricedLine.of(
                PRESS_TOOL, 1), swiss)), InvalidCommand.class);
        assertThat(mixed.violations()).extracting(Violation::field).containsExactly("lines");
        assertThat(catchThrowableOfType(() -> kit.showPrices().show(jan, List.of()), InvalidCommand.class)
                .violations()).extracting(Violation::field).containsExactly("lines");
        assertThat(catchThrowableOfType(() -> kit.showPrices().show(null, List.of(PricedLine.of(PRESS_TOOL, 1))),
                InvalidCommand.class).violations()).extracting(Violation::field).containsExactly("actor");
    }
}
