package org.accountkit.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;

import org.accountkit.AccountKit;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.ApprovalResult;
import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.Explanation;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderRequestQuery;
import org.accountkit.approval.OrderRequestView;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.BudgetStatus;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.shared.Actor;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.PasswordHashing;
import org.accountkit.user.Right;
import org.accountkit.user.Role;

/**
 * The seed's approval story ("Goedkeuringen"): the buyer puts a budget on a mechanic's account; an order over it
 * waits, the buyer gets a mail, opens the details and approves; another order is rejected with a reason and shows
 * under the mechanic's rejected orders.
 */
public final class ApprovalStory {

    private final AccountKit kit;
    private final Mailbox mailbox = new Mailbox();
    private final PrintStream out;

    /**
     * @param storage where the story is stored
     * @param hashing how passwords are hashed
     * @param clock   the clock the story's moments come from
     * @param out     where the story is told
     */
    public ApprovalStory(AccountStorage storage, PasswordHashing hashing, Clock clock, PrintStream out) {
        this.kit = AccountKit.builder().storage(storage).passwordHashing(hashing).clock(clock)
                .articleCatalog(new ExampleCatalog()).notifications(mailbox).build();
        this.out = out;
    }

    /** What the story left behind. */
    public record Outcome(UserId buyer, UserId mechanic, OrderRequestId approved, OrderRequestId rejected,
            Mailbox mailbox, AccountKit kit) {
    }

    /** Tells the story; every step goes through a use case. */
    public Outcome tell() {
        say("A. Customer service opens customer number 300555 for Loodgietersbedrijf Visser; buyer Ellen administers it");
        Actor.UserActor buyer = kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                new RegisterCustomerAccountCommand("300555", "Loodgietersbedrijf Visser", "23456789",
                        "NL234567890B01", new AddressFields("Visser administratie", "Havenstraat", "4", "1011 AB",
                                "Amsterdam", Country.NL), ZoneId.of("Europe/Amsterdam"), "ellen@visser.example",
                        "Ellen Inkoop", "Waterpomp-2026!")).administratorActor();
        UserId ellen = buyer.user();
        UserId ruben = kit.addUser().add(buyer, new AddUserCommand("ruben@visser.example", "Ruben de Monteur",
                Role.USER, EnumSet.of(Right.PLACE_ORDERS, Right.SEE_PRICES), "Pijptang-12345"));
        Actor mechanic = buyer.colleague(ruben);
        kit.setBudget().set(buyer, new SetBudgetCommand(ruben, Money.euro("500.00"), BudgetPeriod.MONTH));
        say("   Ellen gives mechanic Ruben a budget of EUR 500.00 per month");

        ApprovalOutcome screws = kit.submitOrder().submit(mechanic, cart("SCHROEF-4X40-200", 4));
        say("B. Ruben orders 4 boxes of screws: " + describe(screws));
        Explanation explanation = kit.explainOrder().explain(mechanic, cart("PERS-V15", 1));
        say("   Before ordering a press tool he asks what would happen: waits " + explanation.wouldWait()
                + " because " + explanation.reasons() + ", budget left " + explanation.budgetRemaining().orElseThrow());
        ApprovalOutcome pressTool = kit.submitOrder().submit(mechanic, cart("PERS-V15", 1));
        say("   He orders it anyway: " + describe(pressTool));
        say("   Ellen's mail: " + mailbox.of(ellen));

        OrderRequestView details = kit.viewOrderRequest().view(buyer, pressTool.order());
        say("C. Ellen opens the details: " + details.lines().get(0).description() + ", " + details.netTotal() + ", "
                + details.status() + " because " + details.reasons());
        ApprovalResult approved = kit.approveOrder().approve(buyer, new ApproveOrderCommand(pressTool.order()));
        say("   She approves it: " + approved);
        BudgetStatus budget = kit.viewBudget().view(mechanic, ruben);
        say("   Ruben's budget for " + budget.period().orElseThrow() + ": spent " + budget.spent().orElseThrow()
                + ", reserved " + budget.reserved().orElseThrow() + ", remaining " + budget.remaining().orElseThrow());
        say("   Approved orders of 300555: " + ids(kit.listOrderRequests().list(buyer,
                OrderRequestQuery.firstPage(OrderStatus.APPROVED, 10)).items()));

        ApprovalOutcome drill = kit.submitOrder().submit(mechanic, cart("BOOR-18V", 1));
        say("D. Ruben orders a drill: " + describe(drill));
        kit.rejectOrder().reject(buyer, new RejectOrderCommand(drill.order(),
                "Er ligt nog een accuboormachine in de bus"));
        List<OrderRequestView> rejected = kit.listMyOrderRequests().list(mechanic,
                OrderRequestQuery.firstPage(OrderStatus.REJECTED, 10)).items();
        say("   Ellen rejects it; Ruben's rejected orders: " + rejected.get(0).netTotal() + " - "
                + rejected.get(0).rejectionReason().orElseThrow());
        say("   Ruben's mail: " + mailbox.of(ruben));
        return new Outcome(ellen, ruben, pressTool.order(), drill.order(), mailbox, kit);
    }

    private static SubmitOrderCommand cart(String article, int quantity) {
        return new SubmitOrderCommand(List.of(new CartLine(article, quantity)), "Project Havenstraat");
    }

    private static String describe(ApprovalOutcome outcome) {
        if (outcome instanceof ApprovalOutcome.AwaitingApproval waiting) {
            return "waits for approval (" + waiting.netTotal() + ", " + waiting.reasons() + ")";
        }
        return "placed at once (" + ((ApprovalOutcome.PlacedDirectly) outcome).netTotal() + ")";
    }

    private static List<String> ids(List<OrderRequestView> orders) {
        return orders.stream().map(order -> order.netTotal() + " by " + order.decisions().get(0).decidedBy())
                .toList();
    }

    private void say(String line) {
        out.println(line);
    }
}
