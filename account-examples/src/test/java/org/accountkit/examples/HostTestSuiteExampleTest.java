package org.accountkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.outbox.Notice;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Money;
import org.accountkit.testkit.TestAccountKit;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.Test;

/**
 * The README's example for a host's own test suite, as a host would write it: a ready kit from
 * {@code account-testkit}, a catalog the test fills, a clock it moves, and what AccountKit sent.
 */
class HostTestSuiteExampleTest {

    @Test
    void an_order_over_budget_waits_and_expires_after_a_week_unanswered() {
        // README:start
        TestAccountKit accounts = TestAccountKit.create();   // in memory, cheap hashing, a clock the test moves
        accounts.catalog().offer("PERS-V15", "Persmachine V-profiel 15mm", Money.euro("1450.00"));
        Actor.UserActor petra = accounts.registerCustomer("100234");   // its first administrator
        Actor.UserActor jan = petra.colleague(accounts.kit().addUser().add(petra, new AddUserCommand(
                "jan@jansen.example", "Jan de Monteur", Role.USER, EnumSet.of(Right.PLACE_ORDERS),
                "Boormachine-123")));
        accounts.kit().setBudget().set(petra, new SetBudgetCommand(jan.user(), Money.euro("500.00"),
                BudgetPeriod.MONTH));

        ApprovalOutcome outcome = accounts.kit().submitOrder().submit(jan,
                new SubmitOrderCommand(List.of(new CartLine("PERS-V15", 1))));
        accounts.clock().advance(Duration.ofDays(8));
        accounts.kit().processApprovalDeadlines().process(100);

        assertThat(outcome).isInstanceOf(ApprovalOutcome.AwaitingApproval.class);
        assertThat(accounts.sent().notices()).extracting(Notice::kind)
                .containsExactly(Notice.Kind.APPROVAL_REQUESTED, Notice.Kind.ORDER_EXPIRED);
        assertThat(accounts.sent().placedOrders()).isEmpty();
        // README:end
    }
}
