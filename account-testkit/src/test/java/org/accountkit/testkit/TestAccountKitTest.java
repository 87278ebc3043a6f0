package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import org.accountkit.InvalidCommand;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.Notice;
import org.accountkit.approval.OrderExpired;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Money;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.Test;

/** What a host's test suite gets from one call. */
class TestAccountKitTest {

    @Test
    void a_host_test_fills_the_catalog_moves_the_clock_and_asserts_on_what_was_sent() {
        TestAccountKit accounts = TestAccountKit.create();
        accounts.catalog().offer("PERS-V15", "Persmachine V-profiel 15mm", Money.euro("1450.00"));
        Actor.UserActor petra = accounts.registerCustomer("100234");
        Actor.UserActor jan = petra.colleague(accounts.kit().addUser().add(petra, new AddUserCommand(
                "jan@jansen.example", "Jan de Monteur", Role.USER, EnumSet.of(Right.PLACE_ORDERS), Fixtures.PASSWORD)));
        accounts.kit().setBudget().set(petra, new SetBudgetCommand(jan.user(), Money.euro("500.00"),
                BudgetPeriod.MONTH));

        ApprovalOutcome waiting = accounts.kit().submitOrder().submit(jan,
                new SubmitOrderCommand(List.of(new CartLine("PERS-V15", 1))));
        accounts.clock().advance(Duration.ofDays(8));
        accounts.kit().processApprovalDeadlines().process(100);

        assertThat(waiting).isInstanceOf(ApprovalOutcome.AwaitingApproval.class);
        assertThat(accounts.sent().notices()).extracting(Notice::kind).containsExactly(
                Notice.Kind.APPROVAL_REQUESTED, Notice.Kind.ORDER_EXPIRED);
        assertThat(accounts.sent().events(OrderExpired.class)).singleElement()
                .satisfies(expired -> assertThat(expired.occurredAt()).isEqualTo(
                        TestAccountKit.START.plus(Duration.ofDays(8))));
        assertThat(accounts.sent().placedOrders()).isEmpty();
    }

    @Test
    void each_kit_starts_empty_and_offers_only_what_the_test_put_in_its_catalog() {
        TestAccountKit first = TestAccountKit.create();
        TestAccountKit second = TestAccountKit.create();
        first.catalog().offer("BOOR-18V", "Accuboormachine 18V", Money.euro("199.00"));
        Actor.UserActor petra = second.registerCustomer("100234");

        assertThatThrownBy(() -> second.kit().submitOrder().submit(petra,
                new SubmitOrderCommand(List.of(new CartLine("BOOR-18V", 1))))).isInstanceOf(InvalidCommand.class);
        assertThat(first.storage().customerAccounts().find(petra.customerNumber())).isEmpty();
        assertThat(first.catalog().find(petra.customerNumber(), "BOOR-18V")).isPresent();
    }
}
