package org.accountkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.accountkit.approval.OrderRequestQuery;
import org.accountkit.approval.OrderStatus;
import org.accountkit.argon2.Argon2PasswordHashing;
import org.accountkit.inmemory.InMemoryAccountStorage;
import org.accountkit.jdbc.JdbcAccountStorage;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The seed's approval story, end to end, as the demo tells it. */
class ApprovalStoryTest {

    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-03-02T08:30:00Z"), ZoneOffset.UTC);

    @Test
    void an_order_over_the_budget_is_mailed_to_the_buyer_approved_and_counted_another_is_rejected_with_a_reason() {
        // given a mechanic with a budget of EUR 500 a month, when he orders over it and the buyer decides
        ApprovalStory.Outcome story = new ApprovalStory(new InMemoryAccountStorage(),
                Argon2PasswordHashing.withCost(1024, 1, 1), MONDAY_MORNING, quiet()).tell();
        CustomerNumber visser = new CustomerNumber("300555");
        Actor buyer = Actor.user(visser, story.buyer());
        Actor mechanic = Actor.user(visser, story.mechanic());

        // then the buyer got a mail, and the approved order is placed, in the overview and on the budget
        assertThat(story.mailbox().of(story.buyer())).contains(
                "Bestelling van EUR 1450.00 wacht op uw goedkeuring",
                "Bestelling van EUR 199.00 wacht op uw goedkeuring");
        assertThat(story.kit().viewOrderRequest().view(mechanic, story.approved()).status())
                .isEqualTo(OrderStatus.APPROVED);
        assertThat(story.kit().listOrderRequests().list(buyer, OrderRequestQuery.firstPage(OrderStatus.APPROVED, 10))
                .items()).extracting(order -> order.id()).containsExactly(story.approved());
        var budget = story.kit().viewBudget().view(mechanic, story.mechanic());
        assertThat(budget.spent()).contains(Money.euro("1500.00"));
        assertThat(budget.reserved()).contains(Money.euro("0.00"));
        assertThat(budget.remaining()).contains(Money.euro("0.00"));
        // and the rejected one shows under the mechanic's rejected orders, with the reason, and he was told
        assertThat(story.kit().listMyOrderRequests().list(mechanic,
                OrderRequestQuery.firstPage(OrderStatus.REJECTED, 10)).items()).singleElement()
                .satisfies(order -> assertThat(order.rejectionReason())
                        .contains("Er ligt nog een accuboormachine in de bus"));
        assertThat(story.mailbox().of(story.mechanic())).containsExactly(
                "Uw bestelling van EUR 1450.00 is goedgekeurd",
                "Uw bestelling van EUR 199.00 is afgewezen: Er ligt nog een accuboormachine in de bus");
    }

    @Test
    void the_demo_tells_the_approval_story_on_h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:approval-story;DB_CLOSE_DELAY=-1");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new ApprovalStory(JdbcAccountStorage.migrate(h2), Argon2PasswordHashing.withCost(1024, 1, 1), MONDAY_MORNING,
                new PrintStream(out, true, StandardCharsets.UTF_8)).tell();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains(
                "Ruben orders 4 boxes of screws: placed at once (EUR 50.00)",
                "waits true because [OVER_BUDGET], budget left EUR 450.00",
                "He orders it anyway: waits for approval (EUR 1450.00, [OVER_BUDGET])",
                "Ellen's mail: [Bestelling van EUR 1450.00 wacht op uw goedkeuring]",
                "She approves it: Placed[order=",
                "Ruben's budget for 2026-03: spent EUR 1500.00, reserved EUR 0.00, remaining EUR 0.00",
                "Ruben's rejected orders: EUR 199.00 - Er ligt nog een accuboormachine in de bus");
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
