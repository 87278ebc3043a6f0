package org.accountkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.accountkit.AccountKit;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.DecisionAlreadyTaken;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.BudgetStatus;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.OrderRequestSnapshot;
import org.accountkit.testkit.Fixtures;
import org.accountkit.testkit.Pages;
import org.accountkit.testkit.Race;
import org.accountkit.testkit.TestCatalog;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.Test;

/**
 * Two webshop servers, each with its own connection pool and its own AccountKit, on one PostgreSQL: a storm of
 * submissions against one user's budget, then both servers deciding on every waiting order at the same moment.
 * Bounded by count, not time; it prints how long it took.
 */
class SeveralServersStressTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T10:00:00Z"), ZoneOffset.UTC);
    private static final int THREADS_PER_SERVER = 4;
    private static final int ORDERS_PER_THREAD = 15;

    @Test
    void two_servers_never_overspend_a_budget_and_decide_every_order_exactly_once() throws Exception {
        DataSource secondPool = TestDatabases.anotherPostgresPool();
        AccountStorage storageA = JdbcAccountStorage.withoutMigrating(TestDatabases.postgres());
        AccountKit serverA = Fixtures.builder(storageA, CLOCK).build();
        AccountKit serverB = Fixtures.builder(JdbcAccountStorage.withoutMigrating(secondPool), CLOCK).build();
        CustomerNumber number = Fixtures.customerNumber();
        Actor petra = Actor.user(number, serverA.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(number, Fixtures.email("petra"))).administrator());
        UserId jan = serverA.addUser().add(petra, new AddUserCommand(Fixtures.email("jan").value(), "Jan",
                Role.USER, Set.of(Right.PLACE_ORDERS), Fixtures.PASSWORD));
        Actor kees = Actor.user(number, serverA.addUser().add(petra, new AddUserCommand(Fixtures.email("kees").value(),
                "Kees", Role.USER, Set.of(Right.APPROVE_ORDERS), Fixtures.PASSWORD)));
        serverA.setBudget().set(petra, new SetBudgetCommand(jan, Money.euro("1000.00"), BudgetPeriod.MONTH));
        SubmitOrderCommand threeBoxes = new SubmitOrderCommand(List.of(new CartLine(TestCatalog.SCREWS, 3)));
        ExecutorService pool = Executors.newFixedThreadPool(2 * THREADS_PER_SERVER);
        long started = System.nanoTime();
        try {
            List<Callable<List<ApprovalOutcome>>> submitters = new ArrayList<>();
            for (AccountKit server : List.of(serverA, serverB)) {
                for (int thread = 0; thread < THREADS_PER_SERVER; thread++) {
                    submitters.add(() -> {
                        List<ApprovalOutcome> outcomes = new ArrayList<>();
                        for (int order = 0; order < ORDERS_PER_THREAD; order++) {
                            outcomes.add(server.submitOrder().submit(Actor.user(number, jan), threeBoxes));
                        }
                        return outcomes;
                    });
                }
            }
            List<ApprovalOutcome> outcomes = new ArrayList<>();
            for (Future<List<ApprovalOutcome>> result : pool.invokeAll(submitters, 60, TimeUnit.SECONDS)) {
                outcomes.addAll(result.get());
            }
            long submitted = System.nanoTime();

            List<OrderRequestId> waiting = outcomes.stream()
                    .filter(ApprovalOutcome.AwaitingApproval.class::isInstance).map(ApprovalOutcome::order).toList();
            assertThat(outcomes).hasSize(2 * THREADS_PER_SERVER * ORDERS_PER_THREAD);
            assertThat(outcomes.size() - waiting.size()).as("EUR 37.50 orders placed within EUR 1000").isEqualTo(26);
            BudgetStatus afterSubmissions = serverB.viewBudget().view(petra, jan);
            assertThat(afterSubmissions.spent()).contains(Money.euro("975.00"));
            assertThat(afterSubmissions.reserved())
                    .contains(Money.euro("37.50").times(BigDecimal.valueOf(waiting.size())));

            List<Future<Object>> decisions = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (OrderRequestId order : waiting) {
                decisions.add(pool.submit(Race.attempt(start, () -> serverA.approveOrder()
                        .approve(kees, new ApproveOrderCommand(order)))));
                decisions.add(pool.submit(Race.attempt(start, () -> serverB.rejectOrder()
                        .reject(petra, new RejectOrderCommand(order, "Budget op")))));
            }
            start.countDown();
            int lost = 0;
            for (Future<Object> decision : decisions) {
                Object outcome = decision.get(60, TimeUnit.SECONDS);
                if (outcome instanceof DecisionAlreadyTaken) {
                    lost++;
                } else {
                    assertThat(outcome).isEqualTo(Race.DONE);
                }
            }
            long decided = System.nanoTime();

            assertThat(lost).as("one of the two decisions on each order lost").isEqualTo(waiting.size());
            long approved = 0;
            for (OrderRequestId order : waiting) {
                OrderRequestSnapshot stored = storageA.orderRequests().find(number, order).orElseThrow();
                assertThat(stored.decisions()).hasSize(1);
                assertThat(stored.status()).isIn(OrderStatus.APPROVED, OrderStatus.REJECTED);
                approved += stored.status() == OrderStatus.APPROVED ? 1 : 0;
            }
            BudgetStatus afterDecisions = serverA.viewBudget().view(petra, jan);
            Money expectedSpent = Money.euro("975.00").plus(Money.euro("37.50").times(BigDecimal.valueOf(approved)));
            assertThat(afterDecisions.reserved()).contains(Money.euro("0.00"));
            assertThat(afterDecisions.spent()).contains(expectedSpent);
            assertThat(storageA.orderRequests().placedTotal(number, jan, Currency.getInstance("EUR"),
                    Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")))
                    .isEqualTo(expectedSpent);
            assertThat(Pages.all(page -> storageA.orderRequests().listOfRequester(number, jan, OrderStatus.placed(),
                    page))).hasSize(26 + (int) approved);
            System.out.printf("two servers: %d submissions in %d ms, %d contested decisions in %d ms%n",
                    outcomes.size(), (submitted - started) / 1_000_000, decisions.size(),
                    (decided - submitted) / 1_000_000);
        } finally {
            pool.shutdownNow();
            ((AutoCloseable) secondPool).close();
        }
    }
}
