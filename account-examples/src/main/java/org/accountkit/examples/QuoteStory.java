package org.accountkit.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.accountkit.AccountKit;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.pricing.PricedLine;
import org.accountkit.pricing.ShownCart;
import org.accountkit.pricing.ShownLine;
import org.accountkit.pricing.ShownPrices;
import org.accountkit.pricing.VatDisplay;
import org.accountkit.profile.ChangePriceDisplayCommand;
import org.accountkit.quote.AnswerQuoteCommand;
import org.accountkit.quote.Quote;
import org.accountkit.quote.QuoteNotOrderable;
import org.accountkit.quote.RequestQuoteCommand;
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
 * The seed's quote story ("Offertes"): a mechanic asks a quote for his whole cart, customer service answers it, he
 * orders it at the quoted prices within his budget, once; then one cart as two colleagues see it, each in their own
 * price setting.
 */
public final class QuoteStory {

    private static final ExampleCatalog CATALOG = new ExampleCatalog();

    private final AccountKit kit;
    private final Mailbox mailbox = new Mailbox();
    private final Clock clock;
    private final PrintStream out;

    /**
     * @param storage where the story is stored
     * @param hashing how passwords are hashed
     * @param clock   the clock the story's moments come from
     * @param out     where the story is told
     */
    public QuoteStory(AccountStorage storage, PasswordHashing hashing, Clock clock, PrintStream out) {
        this.kit = AccountKit.builder().storage(storage).passwordHashing(hashing).clock(clock)
                .articleCatalog(CATALOG).notifications(mailbox).build();
        this.clock = clock;
        this.out = out;
    }

    /** Tells the story; every step goes through a use case. */
    public AccountKit tell() {
        Actor anja = Actor.customerService("Anja");
        Actor.UserActor sanne = kit.registerCustomerAccount().register(anja, new RegisterCustomerAccountCommand(
                "500777", "Installatiebedrijf De Vries", "56789012", "NL567890123B01", new AddressFields(
                        "De Vries administratie", "Havenstraat", "3", "1506 PA", "Zaandam", Country.NL),
                ZoneId.of("Europe/Amsterdam"), "sanne@devries.example", "Sanne Inkoop", "Offerte-Aanvraag-2026!"))
                .administratorActor();
        Actor.UserActor tom = sanne.colleague(kit.addUser().add(sanne, new AddUserCommand("tom@devries.example",
                "Tom de Monteur", Role.USER, EnumSet.of(Right.PLACE_ORDERS, Right.REQUEST_QUOTES, Right.SEE_PRICES),
                "Persmachine-2026")));
        kit.setBudget().set(sanne, new SetBudgetCommand(tom.user(), Money.euro("2000.00"), BudgetPeriod.MONTH));

        List<CartLine> cart = List.of(new CartLine("PERS-V15", 1), new CartLine("SCHROEF-4X40-200", 10));
        String number = kit.requestQuote().request(tom, new RequestQuoteCommand(cart,
                "Project nieuwbouw 24 woningen: graag een projectprijs."));
        say("A. Tom asks a quote for his cart (a press tool and 10 boxes of screws): " + number + ", "
                + kit.viewQuote().view(tom, number).status());

        LocalDate validUntil = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam")).plusDays(14);
        kit.answerQuote().answer(anja, new AnswerQuoteCommand("500777", number,
                List.of(Money.euro("1295.00"), Money.euro("11.00")), validUntil));
        Quote answered = kit.viewQuote().view(tom, number);
        say("B. Customer service answers it: " + answered.total().orElseThrow() + " excl. VAT, valid 14 days; Tom's "
                + "mail: " + mailbox.of(tom.user()));

        ApprovalOutcome ordered = kit.orderQuote().order(tom, number);
        say("C. Tom orders the quote: " + (ordered instanceof ApprovalOutcome.PlacedDirectly ? "placed directly"
                : "waiting for approval") + " at the quoted prices; his budget has "
                + kit.viewBudget().view(tom, tom.user()).remaining().orElseThrow() + " left this month");
        try {
            kit.orderQuote().order(tom, number);
        } catch (QuoteNotOrderable refused) {
            say("   Ordering it again: " + refused.message(Locale.forLanguageTag("nl")));
        }

        kit.changePriceDisplay().change(sanne, new ChangePriceDisplayCommand(VatDisplay.INCLUDING_VAT,
                ShownPrices.NET));
        List<PricedLine> lines = List.of(PricedLine.of(CATALOG.article("PERS-V15"), 1),
                PricedLine.of(CATALOG.article("ZAAD-GRAS-1"), 3));
        say("D. One cart, as Tom sees it (excl. VAT, gross and net):");
        show(kit.showPrices().show(tom, lines).orElseThrow());
        say("   and as Sanne sees it (incl. VAT, net only):");
        show(kit.showPrices().show(sanne, lines).orElseThrow());
        return kit;
    }

    private void show(ShownCart cart) {
        for (ShownLine line : cart.lines()) {
            say("   " + line.quantity() + " x " + line.description() + ": "
                    + line.unitGross().map(price -> "list " + price + ", ").orElse("")
                    + "yours " + line.unitNet().orElseThrow() + " each, line " + line.lineNet().orElseThrow());
        }
        say("   total " + cart.totalExcludingVat() + " excl. VAT + VAT " + cart.vat().stream().map(split ->
                split.vatRate().stripTrailingZeros().toPlainString() + "% " + split.vat()).toList() + " = "
                + cart.totalIncludingVat());
    }

    private void say(String line) {
        out.println(line);
    }
}
