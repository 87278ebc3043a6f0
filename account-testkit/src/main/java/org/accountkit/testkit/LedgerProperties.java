package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.accountkit.AccountKit;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.approval.WithdrawOrderCommand;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.BudgetStatus;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.orders.ConfirmOrderCommand;
import org.accountkit.orders.ExpectedDelivery;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.service.DecideServiceCaseCommand;
import org.accountkit.service.RegisterReturnCommand;
import org.accountkit.service.Resolution;
import org.accountkit.service.ReturnReason;
import org.accountkit.service.ServiceCaseStatus;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;

/**
 * The budget ledger over random sequences of submit, approve, reject, withdraw, expire, credited returns of placed
 * orders (confirmed and delivered by the ERP first) and the calendar moving on (a day, a month): every submission is
 * placed exactly when it fits what is left of the budget, spent and reserved always equal what a simple model of the
 * rules says (a credited return gives back what it was worth, in its order's period only), remaining is never
 * negative, and orders placed without approval, less what returns credited of them, never add up to more than the
 * budget in any period.
 */
public abstract class LedgerProperties {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final BigDecimal LIMIT = new BigDecimal("100.00");
    private static final BigDecimal BOX = new BigDecimal("12.50");

    /** A storage to test: a new one, or a shared one (every try uses its own customer number). */
    protected abstract AccountStorage newStorage();

    /** What a step does. */
    enum Kind { SUBMIT, APPROVE, REJECT, WITHDRAW, EXPIRE, RETURN, NEXT_DAY, NEXT_MONTH }

    /** A step; {@code size} picks the order's size, {@code pick} a waiting order. */
    record Step(Kind kind, int size, int pick) {
    }

    @Property(tries = 80)
    void the_ledger_adds_up_and_the_budget_is_never_overspent(@ForAll("steps") List<Step> steps) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-27T09:15:00Z"));
        AccountKit kit = Fixtures.builder(newStorage(), clock).build();
        CustomerNumber number = Fixtures.customerNumber();
        Actor petra = Actor.user(number, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(number, Fixtures.email("petra"))).administrator());
        UserId jan = kit.addUser().add(petra, new AddUserCommand(Fixtures.email("jan").value(), "Jan", Role.USER,
                Set.of(Right.PLACE_ORDERS), Fixtures.PASSWORD));
        Actor kees = Actor.user(number, kit.addUser().add(petra, new AddUserCommand(Fixtures.email("kees").value(), "Kees",
                Role.USER, Set.of(Right.APPROVE_ORDERS), Fixtures.PASSWORD)));
        kit.setBudget().set(petra, new SetBudgetCommand(jan, euro(LIMIT), BudgetPeriod.MONTH));
        Model model = new Model(monthOf(clock.instant()));
        Actor erp = Actor.customerService("ERP");

        for (Step step : steps) {
            switch (step.kind()) {
                case SUBMIT -> {
                    int boxes = step.size() % 7 + 1;
                    BigDecimal amount = BOX.multiply(BigDecimal.valueOf(boxes));
                    boolean fits = model.spent.add(model.reserved()).add(amount).compareTo(LIMIT) <= 0;
                    ApprovalOutcome outcome = kit.submitOrder().submit(Actor.user(number, jan), new SubmitOrderCommand(
                            List.of(new CartLine(TestCatalog.SCREWS, boxes))));
                    if (fits) {
                        assertThat(outcome).as("%s fits", amount).isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
                        model.spent = model.spent.add(amount);
                        model.direct = model.direct.add(amount);
                        model.placed.put(outcome.order(), new Placed(model.period, boxes, true));
                    } else {
                        assertThat(outcome).as("%s is over", amount).isInstanceOf(ApprovalOutcome.AwaitingApproval.class);
                        model.waiting.put(outcome.order(), amount);
                    }
                }
                case APPROVE, REJECT, WITHDRAW -> model.pick(step.pick()).ifPresent(order -> {
                    BigDecimal amount = model.waiting.remove(order);
                    switch (step.kind()) {
                        case APPROVE -> {
                            kit.approveOrder().approve(kees, new ApproveOrderCommand(order));
                            model.spent = model.spent.add(amount);
                            model.placed.put(order, new Placed(model.period, amount.divide(BOX).intValueExact(),
                                    false));
                        }
                        case REJECT -> kit.rejectOrder().reject(kees, new RejectOrderCommand(order, "Niet nodig"));
                        default -> kit.withdrawOrder().withdraw(Actor.user(number, jan), new WithdrawOrderCommand(order));
                    }
                });
                case RETURN -> model.pickPlaced(step.pick()).ifPresent(order -> {
                    Placed placed = model.placed.get(order);
                    LocalDate today = LocalDate.ofInstant(clock.instant(), AMSTERDAM);
                    if (placed.erpOrderNumber == null) {
                        placed.erpOrderNumber = "ORD-" + (model.confirmed++);
                        placed.deliveredOn = today;
                        kit.confirmOrder().confirm(erp, new ConfirmOrderCommand(number.value(),
                                placed.erpOrderNumber, order, List.of(new ExpectedDelivery(1, today))));
                        kit.recordDelivery().record(erp, new RecordDeliveryCommand(number.value(),
                                "PAK-" + placed.erpOrderNumber, placed.erpOrderNumber, today,
                                List.of(new LineQuantity(1, placed.boxes))));
                    }
                    int boxes = Math.min(step.size() % 3 + 1, placed.boxes - placed.returned);
                    if (boxes == 0 || today.isAfter(placed.deliveredOn.plusDays(30))) {
                        return;
                    }
                    String caseNumber = kit.registerReturn().register(petra, new RegisterReturnCommand(
                            placed.erpOrderNumber, List.of(new LineQuantity(1, boxes)), ReturnReason.TOO_MANY, ""));
                    kit.decideServiceCase().decide(erp, new DecideServiceCaseCommand(number.value(), caseNumber,
                            ServiceCaseStatus.RECEIVED, null, ""));
                    kit.decideServiceCase().decide(erp, new DecideServiceCaseCommand(number.value(), caseNumber,
                            ServiceCaseStatus.RESOLVED, Resolution.CREDITED, ""));
                    placed.returned += boxes;
                    Statistics.label("returns").collect(placed.period.equals(model.period)
                            ? "credited in its period" : "credited after its period");
                    if (placed.period.equals(model.period)) {
                        BigDecimal worth = BOX.multiply(BigDecimal.valueOf(boxes));
                        model.spent = model.spent.subtract(worth);
                        if (placed.direct) {
                            model.direct = model.direct.subtract(worth);
                        }
                    }
                });
                case EXPIRE -> {
                    clock.advance(Duration.ofDays(8));
                    kit.processApprovalDeadlines().process(10_000);
                    model.waiting.clear();
                    model.enter(monthOf(clock.instant()));
                }
                case NEXT_DAY -> {
                    clock.advance(Duration.ofDays(1));
                    model.enter(monthOf(clock.instant()));
                }
                case NEXT_MONTH -> {
                    clock.advance(Duration.ofDays(31));
                    model.enter(monthOf(clock.instant()));
                }
            }

            BudgetStatus budget = kit.viewBudget().view(petra, jan);
            assertThat(budget.period()).contains(model.period);
            assertThat(budget.spent()).as("spent after %s", step).contains(euro(model.spent));
            assertThat(budget.reserved()).as("reserved after %s", step).contains(euro(model.reserved()));
            BigDecimal left = LIMIT.subtract(model.spent).subtract(model.reserved()).max(BigDecimal.ZERO);
            assertThat(budget.remaining()).contains(euro(left));
            assertThat(budget.remaining().orElseThrow().isNegative()).isFalse();
            assertThat(model.direct).as("placed without approval this period, less credited returns")
                    .isLessThanOrEqualTo(LIMIT);
        }
        Statistics.label("returns").coverage(coverage -> {
            coverage.check("credited in its period").count(count -> count > 0);
            coverage.check("credited after its period").count(count -> count > 0);
        });
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(Kind.SUBMIT)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.APPROVE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.REJECT)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.WITHDRAW)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.EXPIRE)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.RETURN)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Kind.NEXT_DAY)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.NEXT_MONTH)));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 20))
                .as(Step::new).list().ofMaxSize(20);
    }

    private static CalendarPeriod monthOf(Instant moment) {
        return BudgetPeriod.MONTH.periodAt(moment, AMSTERDAM).orElseThrow();
    }

    private static Money euro(BigDecimal amount) {
        return new Money(amount, EUR);
    }

    /** A placed order: the period it was booked in, its boxes, and what the ERP and returns did with it. */
    private static final class Placed {
        final CalendarPeriod period;
        final int boxes;
        final boolean direct;
        String erpOrderNumber;
        LocalDate deliveredOn;
        int returned;

        Placed(CalendarPeriod period, int boxes, boolean direct) {
            this.period = period;
            this.boxes = boxes;
            this.direct = direct;
        }
    }

    /** What the rules say the ledger holds. */
    private static final class Model {
        CalendarPeriod period;
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal direct = BigDecimal.ZERO;
        final Map<OrderRequestId, BigDecimal> waiting = new LinkedHashMap<>();
        final Map<OrderRequestId, Placed> placed = new LinkedHashMap<>();
        int confirmed = 1;

        Model(CalendarPeriod period) {
            this.period = period;
        }

        BigDecimal reserved() {
            return waiting.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        void enter(CalendarPeriod newPeriod) {
            if (!newPeriod.equals(period)) {
                period = newPeriod;
                spent = BigDecimal.ZERO;
                direct = BigDecimal.ZERO;
            }
        }

        Optional<OrderRequestId> pickPlaced(int index) {
            List<OrderRequestId> ids = new ArrayList<>(placed.keySet());
            return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(index % ids.size()));
        }

        java.util.Optional<OrderRequestId> pick(int index) {
            List<OrderRequestId> ids = new ArrayList<>(waiting.keySet());
            return ids.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ids.get(index % ids.size()));
        }
    }
}
