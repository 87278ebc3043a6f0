package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import net.jqwik.api.Tuple;
import org.accountkit.AccountException;
import org.accountkit.AccountKit;
import org.accountkit.orders.ChannelOrderLine;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.OrderedLine;
import org.accountkit.orders.RecordChannelOrderCommand;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.service.DecideServiceCaseCommand;
import org.accountkit.service.OutsideReturnPeriod;
import org.accountkit.service.RegisterReturnCommand;
import org.accountkit.service.Resolution;
import org.accountkit.service.ReturnExceedsDelivered;
import org.accountkit.service.ReturnReason;
import org.accountkit.service.ServiceCase;
import org.accountkit.service.ServiceCaseKind;
import org.accountkit.service.ServiceCaseQuery;
import org.accountkit.service.ServiceCaseStatus;
import org.accountkit.service.TransitionNotAllowed;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.spi.AccountStorage;

/**
 * Returns against a model, over random sequences of deliveries, returns, withdrawals, decisions and days passing.
 * Every return is registered exactly when the model says it fits (delivered less what counting returns send back,
 * within 30 days of the line's latest delivery) and otherwise refused with the model's reason; every step of a case
 * is taken exactly when the state machine allows it; and after every step what counting returns send back never
 * exceeds what the store says was delivered, line by line.
 */
public abstract class ReturnProperties {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int[] ORDERED = {10, 6};
    private static final String ORDER = "EDI-1";

    /** A storage to test: a new one, or a shared one (every try uses its own customer number). */
    protected abstract AccountStorage newStorage();

    /** What a step does. */
    enum Kind { DELIVER, RETURN, WITHDRAW, RECEIVE, RESOLVE, REFUSE, WAIT }

    /**
     * One step.
     *
     * @param kind     what it does
     * @param line     which order line (1 or 2)
     * @param quantity how many (1 to 5), or how many days pass (times 10)
     * @param pick     which case a decision concerns, or which resolution
     */
    record Step(Kind kind, int line, int quantity, int pick) {
    }

    /** A return as the model keeps it. */
    private static final class Case {
        final int line;
        final int quantity;
        ServiceCaseStatus status = ServiceCaseStatus.REGISTERED;
        Resolution resolution;

        Case(int line, int quantity) {
            this.line = line;
            this.quantity = quantity;
        }

        boolean counts() {
            return status == ServiceCaseStatus.REGISTERED || status == ServiceCaseStatus.RECEIVED
                    || status == ServiceCaseStatus.RESOLVED && resolution != Resolution.REJECTED;
        }
    }

    @Property(tries = 60)
    void returns_never_exceed_deliveries_and_cases_follow_the_state_machine(@ForAll("steps") List<Step> steps) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:15:00Z"));
        AccountKit kit = Fixtures.builder(newStorage(), clock).build();
        CustomerNumber number = Fixtures.customerNumber();
        Actor anja = Actor.customerService("Anja");
        Actor petra = Actor.user(number, kit.registerCustomerAccount().register(anja,
                Fixtures.registration(number, Fixtures.email("petra"))).administrator());
        kit.recordChannelOrder().record(anja, new RecordChannelOrderCommand(number.value(), ORDER, OrderChannel.EDI,
                "", clock.instant(), List.of(line(ORDERED[0]), line(ORDERED[1]))));
        int[] delivered = new int[2];
        LocalDate[] lastDelivered = new LocalDate[2];
        Map<String, Case> cases = new LinkedHashMap<>();
        int deliveries = 0;

        for (Step step : steps) {
            LocalDate today = LocalDate.ofInstant(clock.instant(), AMSTERDAM);
            int index = step.line() - 1;
            Class<? extends AccountException> expected = null;
            AccountException refused = null;
            try {
                switch (step.kind()) {
                    case DELIVER -> {
                        int quantity = Math.min(step.quantity(), ORDERED[index] - delivered[index]);
                        if (quantity > 0) {
                            kit.recordDelivery().record(anja, new RecordDeliveryCommand(number.value(),
                                    "PAK-" + ++deliveries, ORDER, today, List.of(new LineQuantity(step.line(),
                                            quantity))));
                            delivered[index] += quantity;
                            lastDelivered[index] = today;
                        }
                    }
                    case RETURN -> {
                        int returned = cases.values().stream().filter(Case::counts)
                                .filter(one -> one.line == step.line()).mapToInt(one -> one.quantity).sum();
                        if (step.quantity() > delivered[index] - returned) {
                            expected = ReturnExceedsDelivered.class;
                        } else if (today.isAfter(lastDelivered[index].plusDays(30))) {
                            expected = OutsideReturnPeriod.class;
                        }
                        String caseNumber = kit.registerReturn().register(petra, new RegisterReturnCommand(ORDER,
                                List.of(new LineQuantity(step.line(), step.quantity())), ReturnReason.TOO_MANY, ""));
                        cases.put(caseNumber, new Case(step.line(), step.quantity()));
                    }
                    case WAIT -> clock.advance(Duration.ofDays(10L * step.quantity()));
                    default -> {
                        Optional<Map.Entry<String, Case>> picked = pick(cases, step.pick());
                        if (picked.isEmpty()) {
                            break;
                        }
                        Case chosen = picked.get().getValue();
                        ServiceCaseStatus to = switch (step.kind()) {
                            case WITHDRAW -> ServiceCaseStatus.WITHDRAWN;
                            case RECEIVE -> ServiceCaseStatus.RECEIVED;
                            case RESOLVE -> ServiceCaseStatus.RESOLVED;
                            default -> ServiceCaseStatus.REFUSED;
                        };
                        Resolution resolution = to == ServiceCaseStatus.RESOLVED
                                ? Resolution.values()[step.pick() % Resolution.values().length] : null;
                        if (!chosen.status.next().contains(to)) {
                            expected = TransitionNotAllowed.class;
                        }
                        if (to == ServiceCaseStatus.WITHDRAWN) {
                            kit.withdrawServiceCase().withdraw(petra, picked.get().getKey());
                        } else {
                            kit.decideServiceCase().decide(anja, new DecideServiceCaseCommand(number.value(),
                                    picked.get().getKey(), to, resolution, to == ServiceCaseStatus.REFUSED
                                            ? "Niet in originele verpakking" : ""));
                        }
                        chosen.status = to;
                        chosen.resolution = resolution;
                    }
                }
            } catch (AccountException refusal) {
                refused = refusal;
            }
            Statistics.collect(step.kind(), expected == null ? "done" : expected.getSimpleName());
            Statistics.label("refusals").collect(expected == null ? "none" : expected.getSimpleName());
            if (expected == null) {
                assertThat(refused).as("%s", step).isNull();
            } else {
                assertThat(refused).as("%s", step).isInstanceOf(expected);
            }

            List<OrderedLine> lines = kit.viewOrder().view(petra, ORDER).lines();
            List<ServiceCase> stored = Pages.all(7, page -> kit.listServiceCases().list(petra, new ServiceCaseQuery(
                    Set.of(ServiceCaseKind.RETURN), Set.of(), page)));
            assertThat(stored).hasSize(cases.size());
            for (ServiceCase serviceCase : stored) {
                assertThat(serviceCase.status()).as("%s after %s", serviceCase.caseNumber(), step)
                        .isEqualTo(cases.get(serviceCase.caseNumber()).status);
            }
            for (OrderedLine line : lines) {
                int returned = stored.stream().filter(ServiceCase::countsAsReturned)
                        .mapToInt(one -> one.returned().orElseThrow().quantityOf(line.lineNumber())).sum();
                assertThat(line.delivered()).isEqualTo(delivered[line.lineNumber() - 1]);
                assertThat(returned).as("line %d returned after %s", line.lineNumber(), step)
                        .isLessThanOrEqualTo(line.delivered());
            }
        }
        Statistics.coverage(coverage -> {
            coverage.check(Kind.RETURN, "done").count(count -> count > 0);
            coverage.check(Kind.RETURN, "ReturnExceedsDelivered").count(count -> count > 0);
            coverage.check(Kind.RETURN, "OutsideReturnPeriod").count(count -> count > 0);
            coverage.check(Kind.RESOLVE, "done").count(count -> count > 0);
        });
        Statistics.label("refusals").coverage(coverage -> coverage.check("TransitionNotAllowed")
                .count(count -> count > 0));
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(Kind.DELIVER)),
                Tuple.of(5, Arbitraries.just(Kind.RETURN)),
                Tuple.of(1, Arbitraries.just(Kind.WITHDRAW)),
                Tuple.of(2, Arbitraries.just(Kind.RECEIVE)),
                Tuple.of(2, Arbitraries.just(Kind.RESOLVE)),
                Tuple.of(1, Arbitraries.just(Kind.REFUSE)),
                Tuple.of(3, Arbitraries.just(Kind.WAIT)));
        return Combinators.combine(kinds, Arbitraries.integers().between(1, 2), Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(0, 20)).as(Step::new).list().ofMinSize(5).ofMaxSize(25);
    }

    private static Optional<Map.Entry<String, Case>> pick(Map<String, Case> cases, int index) {
        List<Map.Entry<String, Case>> all = new ArrayList<>(cases.entrySet());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(index % all.size()));
    }

    private static ChannelOrderLine line(int quantity) {
        return new ChannelOrderLine(TestCatalog.CABLE, "Installatiekabel 3G2.5 per meter", quantity,
                Money.euro("1.25"), new BigDecimal("21"), LocalDate.of(2026, 3, 9));
    }
}
