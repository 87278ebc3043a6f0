package org.accountkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.accountkit.AccountKit;
import org.accountkit.OutcomeUnknown;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.OrderRequestQuery;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.testkit.Fixtures;
import org.accountkit.testkit.MutableClock;
import org.accountkit.testkit.TestCatalog;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.Test;

/**
 * The commit went through and the connection broke before its answer arrived (on H2, where a keyed placement is a
 * transaction of its own): the caller is told the outcome is unknown, with the order id to look up and the key to
 * retry with, and the retry answers the stored order without placing it twice.
 */
class CommitAnswerLostTest {

    private final AtomicBoolean loseNextCommitAnswer = new AtomicBoolean();

    private DataSource losingAnswers(DataSource database) {
        return FaultyConnections.of(database, (method, arguments, real) -> {
            Object done = real.call();
            if (method.getName().equals("commit") && loseNextCommitAnswer.getAndSet(false)) {
                throw new SQLException("I/O error: connection reset", "08006");
            }
            return done;
        });
    }

    @Test
    void a_submission_whose_commit_answer_was_lost_says_so_and_its_retry_places_once() {
        AccountKit kit = Fixtures.builder(JdbcAccountStorage.withoutMigrating(losingAnswers(TestDatabases.h2())),
                new MutableClock(Fixtures.NOW)).build();
        CustomerNumber number = Fixtures.customerNumber();
        Actor petra = Actor.user(number, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(number, Fixtures.email("petra"))).administrator());
        Actor.UserActor jan = Actor.user(number, kit.addUser().add(petra, new AddUserCommand(
                Fixtures.email("jan").value(), "Jan", Role.USER, Set.of(Right.PLACE_ORDERS), Fixtures.PASSWORD)));
        kit.setBudget().set(petra, new SetBudgetCommand(jan.user(), Money.euro("100.00"), BudgetPeriod.MONTH));
        SubmitOrderCommand cart = new SubmitOrderCommand(List.of(new CartLine(TestCatalog.SCREWS, 2)))
                .withIdempotencyKey("cart-4711");

        loseNextCommitAnswer.set(true);
        OutcomeUnknown unknown = catchThrowableOfType(() -> kit.submitOrder().submit(jan, cart),
                OutcomeUnknown.class);

        assertThat(unknown).isNotNull().hasCauseInstanceOf(SQLException.class);
        assertThat(unknown.idempotencyKey()).contains("cart-4711");
        assertThat(unknown.order()).isPresent();
        assertThat(kit.viewOrderRequest().view(jan, unknown.order().get()).status())
                .as("the commit went through").isEqualTo(OrderStatus.PLACED);
        ApprovalOutcome retried = kit.submitOrder().submit(jan, cart);
        assertThat(retried.order()).isEqualTo(unknown.order().get());
        assertThat(kit.listMyOrderRequests().list(jan, OrderRequestQuery.firstPage(OrderStatus.PLACED, 10)).items())
                .hasSize(1);
        assertThat(kit.viewBudget().view(jan, jan.user()).spent()).contains(Money.euro("25.00"));
    }
}
