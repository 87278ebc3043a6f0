package org.accountkit.benchmarks;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.BudgetStatus;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Money;
import org.accountkit.spi.AccountStorage;

/** Eight threads on one hot budget that fits exactly 100 orders: exactly 100 are placed, none more. */
final class OverspendCheck {

    private OverspendCheck() {
    }

    static void run(AccountStorage storage, Clock clock) throws Exception {
        SubmitBenchmark.Scenario scenario = SubmitBenchmark.Scenario.create(storage, clock, 1);
        scenario.kit().setBudget().set(scenario.administrator(), new SetBudgetCommand(scenario.hotUser(),
                Money.euro("1250.00"), BudgetPeriod.YEAR));
        Actor requester = Actor.user(scenario.customer(), scenario.hotUser());
        SubmitOrderCommand oneBox = new SubmitOrderCommand(List.of(new CartLine("SCHROEF-4X40-200", 1)));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> placed = new ArrayList<>();
            for (int thread = 0; thread < 8; thread++) {
                placed.add(threads.submit(() -> {
                    int count = 0;
                    for (int order = 0; order < 40; order++) {
                        ApprovalOutcome outcome = scenario.kit().submitOrder().submit(requester, oneBox);
                        count += outcome instanceof ApprovalOutcome.PlacedDirectly ? 1 : 0;
                    }
                    return count;
                }));
            }
            int total = 0;
            for (Future<Integer> count : placed) {
                total += count.get(120, TimeUnit.SECONDS);
            }
            BudgetStatus budget = scenario.kit().viewBudget().view(scenario.administrator(), scenario.hotUser());
            if (total != 100 || !budget.spent().equals(java.util.Optional.of(Money.euro("1250.00")))) {
                throw new IllegalStateException("overspent: " + total + " placed, spent " + budget.spent());
            }
            System.out.printf("hot row, 8 threads, 320 submissions of EUR 12.50 on a EUR 1250.00 budget: %d placed, "
                    + "%d waiting, spent %s, reserved %s, no deadlock (%d ms)%n", total, 320 - total,
                    budget.spent().orElseThrow(), budget.reserved().orElseThrow(),
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            threads.shutdownNow();
        }
    }
}
