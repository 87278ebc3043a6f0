package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.accountkit.AccountKit;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.audit.AuditTrailQuery;
import org.accountkit.audit.AuditRecord;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.orders.ChannelOrderLine;
import org.accountkit.orders.ConfirmOrderCommand;
import org.accountkit.orders.ExpectedDelivery;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.RecordChannelOrderCommand;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.service.DecideServiceCaseCommand;
import org.accountkit.service.OutsideReturnPeriod;
import org.accountkit.service.RegisterReturnCommand;
import org.accountkit.service.Resolution;
import org.accountkit.service.ReturnExceedsDelivered;
import org.accountkit.service.ReturnReason;
import org.accountkit.service.ReturnedLine;
import org.accountkit.service.ServiceCase;
import org.accountkit.service.ServiceCaseKind;
import org.accountkit.service.ServiceCaseQuery;
import org.accountkit.service.ServiceCaseStatus;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.shared.Violation;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Returns through {@link AccountKit} on an adapter's storage: only delivered goods, at most delivered less returned,
 * within the return period, and a credited return credits the budget in the order's period. The cast: Petra
 * administers installer Jansen; Jan orders on a budget of EUR 100 a month and may register returns; the ERP and Anja
 * are customer service.
 */
public abstract class ReturnContract {

    /** Monday 2 March 2026, 10:15 in Amsterdam. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:15:00Z");
    private static final LocalDate DELIVERY_DAY = LocalDate.of(2026, 3, 2);

    protected AccountKit kit;
    protected MutableClock clock;
    protected CustomerNumber jansen;
    protected Actor petra;
    protected Actor jan;
    protected UserId janId;
    protected final Actor erp = Actor.customerService("ERP-koppeling");
    protected final Actor anja = Actor.customerService("Anja");
    private AccountStorage storage;

    /** A storage to test: a new one, or a shared one (tests use their own customer numbers). */
    protected abstract AccountStorage newStorage();

    /**
     * The same storage as a second server sees it (its own connection pool, say), for the races; by default the kit
     * itself.
     */
    protected AccountKit anotherServer(AccountStorage storage, Clock clock) {
        return kit;
    }

    @BeforeEach
    void givenInstallerJansen() {
        clock = new MutableClock(MONDAY);
        storage = newStorage();
        kit = Fixtures.builder(storage, clock).build();
        jansen = Fixtures.customerNumber();
        petra = Actor.user(jansen, kit.registerCustomerAccount().register(anja,
                Fixtures.registration(jansen, Fixtures.email("petra"))).administrator());
        janId = kit.addUser().add(petra, new AddUserCommand(Fixtures.email("jan").value(), "Jan de Monteur",
                Role.USER, Set.of(Right.PLACE_ORDERS, Right.REGISTER_RETURNS_AND_SERVICE), Fixtures.PASSWORD));
        jan = Actor.user(jansen, janId);
        kit.setBudget().set(petra, new SetBudgetCommand(janId, Money.euro("100.00"), BudgetPeriod.MONTH));
    }

    @Test
    void a_return_of_delivered_lines_gets_a_return_number_and_shows_what_goes_back() {
        counterOrder("BALIE-1", 50, 4);
        deliver("BALIE-1", "PAK-1", DELIVERY_DAY, new LineQuantity(1, 50), new LineQuantity(2, 4));

        String number = kit.registerReturn().register(petra, new RegisterReturnCommand("BALIE-1",
                List.of(new LineQuantity(2, 1), new LineQuantity(1, 20)), ReturnReason.TOO_MANY,
                "Twintig meter over.\nDoos ongeopend."));

        assertThat(number).isEqualTo("RT-2026-000001");
        ServiceCase seen = kit.viewServiceCase().view(petra, number);
        assertThat(seen.kind()).isEqualTo(ServiceCaseKind.RETURN);
        assertThat(seen.status()).isEqualTo(ServiceCaseStatus.REGISTERED);
        assertThat(seen.description()).isEqualTo("Twintig meter over.\nDoos ongeopend.");
        assertThat(seen.returned()).hasValueSatisfying(goods -> {
            assertThat(goods.erpOrderNumber()).isEqualTo("BALIE-1");
            assertThat(goods.reason()).isEqualTo(ReturnReason.TOO_MANY);
            assertThat(goods.lines()).as("by line number").containsExactly(
                    new ReturnedLine(1, TestCatalog.CABLE, 20, Money.euro("1.25")),
                    new ReturnedLine(2, TestCatalog.DRILL, 1, Money.euro("199.00")));
            assertThat(goods.worth()).isEqualTo(Money.euro("224.00"));
        });
        assertThat(kit.listServiceCases().list(petra, new ServiceCaseQuery(Set.of(ServiceCaseKind.RETURN), Set.of(),
                PageRequest.first(5))).items()).containsExactly(seen);
        assertThat(kit.listAuditTrail().list(petra, new AuditTrailQuery(jansen, PageRequest.first(20))).items()).extracting(AuditRecord::subject)
                .contains(number);
    }

    @Test
    void a_line_returns_at_most_what_was_delivered_less_what_returns_that_count_send_back() {
        counterOrder("BALIE-2", 50, 1);
        deliver("BALIE-2", "PAK-2", DELIVERY_DAY, new LineQuantity(1, 10));
        String six = returnCable("BALIE-2", 6);

        ReturnExceedsDelivered tooMany = catchThrowableOfType(() -> returnCable("BALIE-2", 5),
                ReturnExceedsDelivered.class);
        assertThat(tooMany.lineNumber()).isEqualTo(1);
        assertThat(tooMany.returnable()).isEqualTo(4);
        assertThat(tooMany.message(Locale.forLanguageTag("nl"))).contains("BALIE-2", "4");
        assertThat(catchThrowableOfType(() -> kit.registerReturn().register(petra, new RegisterReturnCommand(
                "BALIE-2", List.of(new LineQuantity(2, 1)), ReturnReason.DEFECTIVE, "")),
                ReturnExceedsDelivered.class).returnable()).as("the drill was never delivered").isZero();

        kit.withdrawServiceCase().withdraw(petra, six);
        String ten = returnCable("BALIE-2", 10);
        decide(ten, ServiceCaseStatus.RECEIVED, null, "");
        decide(ten, ServiceCaseStatus.RESOLVED, Resolution.REJECTED, "Kabel is op maat geknipt");
        String refusedLater = returnCable("BALIE-2", 10);
        decide(refusedLater, ServiceCaseStatus.RECEIVED, null, "");
        decide(refusedLater, ServiceCaseStatus.REFUSED, null, "Niet in originele verpakking");
        String credited = returnCable("BALIE-2", 7);
        decide(credited, ServiceCaseStatus.RECEIVED, null, "");
        decide(credited, ServiceCaseStatus.RESOLVED, Resolution.CREDITED, "");

        assertThat(catchThrowableOfType(() -> returnCable("BALIE-2", 4), ReturnExceedsDelivered.class).returnable())
                .as("withdrawn, rejected and refused returns give their quantities back; a credited one does not")
                .isEqualTo(3);
        assertThat(returnCable("BALIE-2", 3)).isEqualTo("RT-2026-000005");
        assertThat(kit.listServiceCases().list(petra, new ServiceCaseQuery(Set.of(ServiceCaseKind.RETURN),
                Set.of(), PageRequest.first(20))).items()).hasSize(5);
    }

    @Test
    void a_line_returns_within_the_return_period_after_its_latest_delivery() {
        counterOrder("BALIE-3", 50, 1);
        deliver("BALIE-3", "PAK-3A", DELIVERY_DAY, new LineQuantity(1, 10));
        deliver("BALIE-3", "PAK-3B", LocalDate.of(2026, 3, 10), new LineQuantity(1, 10), new LineQuantity(2, 1));

        clock.set(Instant.parse("2026-04-08T21:59:00Z"));
        assertThat(returnCable("BALIE-3", 1)).as("9 April, 23:59 in Amsterdam: the 30th day").startsWith("RT-");
        clock.set(Instant.parse("2026-04-09T22:00:00Z"));
        OutsideReturnPeriod late = catchThrowableOfType(() -> returnCable("BALIE-3", 1), OutsideReturnPeriod.class);
        assertThat(late.deliveredOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(late.returnUntil()).isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(late.message(Locale.ENGLISH)).contains("2026-03-10", "2026-04-09");

        AccountKit strict = Fixtures.builder(storage, clock).returnPeriod(Period.ofDays(14)).build();
        clock.set(Instant.parse("2026-03-25T09:00:00Z"));
        assertThatThrownBy(() -> strict.registerReturn().register(petra, new RegisterReturnCommand("BALIE-3",
                List.of(new LineQuantity(1, 1)), ReturnReason.TOO_MANY, ""))).as("a host's own period")
                .isInstanceOf(OutsideReturnPeriod.class);
    }

    @Test
    void a_credited_return_credits_the_requesters_budget_in_the_period_of_the_order() {
        String order = placeAndDeliver("WEB-1", 4);
        assertThat(spent()).isEqualTo(Money.euro("50.00"));

        String first = kit.registerReturn().register(jan, new RegisterReturnCommand(order,
                List.of(new LineQuantity(1, 2)), ReturnReason.ORDERED_WRONG_ARTICLE, "4x50 nodig, niet 4x40"));
        decide(first, ServiceCaseStatus.RECEIVED, null, "");
        assertThat(spent()).as("received is not credited yet").isEqualTo(Money.euro("50.00"));
        decide(first, ServiceCaseStatus.RESOLVED, Resolution.CREDITED, "Gecrediteerd");
        assertThat(spent()).isEqualTo(Money.euro("25.00"));

        String replaced = kit.registerReturn().register(jan, new RegisterReturnCommand(order,
                List.of(new LineQuantity(1, 1)), ReturnReason.DAMAGED, ""));
        decide(replaced, ServiceCaseStatus.RECEIVED, null, "");
        decide(replaced, ServiceCaseStatus.RESOLVED, Resolution.REPLACED, "Nieuwe doos gestuurd");
        assertThat(spent()).as("a replaced article is not credited").isEqualTo(Money.euro("25.00"));

        clock.set(Instant.parse("2026-04-01T08:00:00Z"));
        String april = kit.registerReturn().register(jan, new RegisterReturnCommand(order,
                List.of(new LineQuantity(1, 1)), ReturnReason.NO_LONGER_NEEDED, ""));
        decide(april, ServiceCaseStatus.RECEIVED, null, "");
        decide(april, ServiceCaseStatus.RESOLVED, Resolution.CREDITED, "");
        assertThat(kit.viewBudget().view(jan, janId).spent()).as("a March order credited in March's period only, "
                + "which has passed").contains(Money.euro("0.00"));
    }

    @Test
    void a_foreign_or_unknown_order_or_line_answers_like_an_unknown_one_and_bad_input_names_each_field() {
        counterOrder("BALIE-4", 50, 1);
        deliver("BALIE-4", "PAK-4", DELIVERY_DAY, new LineQuantity(1, 50));
        CustomerNumber other = Fixtures.customerNumber();
        Actor els = Actor.user(other, kit.registerCustomerAccount().register(anja,
                Fixtures.registration(other, Fixtures.email("els"))).administrator());

        assertThatThrownBy(() -> kit.registerReturn().register(els, new RegisterReturnCommand("BALIE-4",
                List.of(new LineQuantity(1, 1)), ReturnReason.TOO_MANY, ""))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.registerReturn().register(jan, new RegisterReturnCommand("BALIE-4",
                List.of(new LineQuantity(1, 1)), ReturnReason.TOO_MANY, ""))).as("a counter order is not Jan's")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.registerReturn().register(petra, new RegisterReturnCommand("BALIE-4",
                List.of(new LineQuantity(3, 1)), ReturnReason.TOO_MANY, ""))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.registerReturn().register(petra, new RegisterReturnCommand("BALIE-404",
                List.of(new LineQuantity(1, 1)), ReturnReason.TOO_MANY, ""))).isInstanceOf(NotFound.class);

        InvalidCommand refused = catchThrowableOfType(() -> kit.registerReturn().register(petra,
                new RegisterReturnCommand("BALIE-4", List.of(new LineQuantity(1, 0), new LineQuantity(1, -2)),
                        null, "x".repeat(10_000))), InvalidCommand.class);
        assertThat(refused.violations()).extracting(Violation::field).containsExactlyInAnyOrder("lines[0].quantity",
                "lines[1].quantity", "lines[1].lineNumber", "reason", "remark");
        InvalidCommand noRemark = catchThrowableOfType(() -> kit.registerReturn().register(petra,
                new RegisterReturnCommand("BALIE-4", List.of(new LineQuantity(1, 1)), ReturnReason.OTHER, " ")),
                InvalidCommand.class);
        assertThat(noRemark.violations()).extracting(Violation::field).containsExactly("remark");
        assertThat(noRemark.getMessage()).contains("remark");
        assertThat(kit.listServiceCases().list(petra, ServiceCaseQuery.firstPage(10)).items()).isEmpty();
    }

    @Test
    void two_returns_of_one_line_at_the_same_moment_never_return_more_than_was_delivered() throws Exception {
        AccountKit second = anotherServer(storage, clock);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                String order = "BALIE-R" + round;
                counterOrder(order, 50, 1);
                deliver(order, "PAK-R" + round, DELIVERY_DAY, new LineQuantity(1, 5));
                CountDownLatch start = new CountDownLatch(1);
                RegisterReturnCommand three = new RegisterReturnCommand(order, List.of(new LineQuantity(1, 3)),
                        ReturnReason.TOO_MANY, "");
                Future<Object> one = threads.submit(Race.attempt(start,
                        () -> kit.registerReturn().register(petra, three)));
                Future<Object> other = threads.submit(Race.attempt(start,
                        () -> second.registerReturn().register(petra, three)));
                start.countDown();
                List<Object> outcomes = List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));

                assertThat(outcomes).as("round %d", round).filteredOn(Race.DONE::equals).hasSize(1);
                assertThat(outcomes).filteredOn(ReturnExceedsDelivered.class::isInstance).hasSize(1);
            }
            assertThat(Pages.all(10, page -> kit.listServiceCases().list(petra, new ServiceCaseQuery(Set.of(),
                    Set.of(), page)))).hasSize(8).allSatisfy(serviceCase -> assertThat(serviceCase.returned()
                            .orElseThrow().quantityOf(1)).isEqualTo(3));
        } finally {
            threads.shutdownNow();
        }
    }

    private String returnCable(String order, int quantity) {
        return kit.registerReturn().register(petra, new RegisterReturnCommand(order,
                List.of(new LineQuantity(1, quantity)), ReturnReason.TOO_MANY, ""));
    }

    private Money spent() {
        return kit.viewBudget().view(jan, janId).spent().orElseThrow();
    }

    private void decide(String caseNumber, ServiceCaseStatus to, Resolution resolution, String note) {
        kit.decideServiceCase().decide(anja, new DecideServiceCaseCommand(jansen.value(), caseNumber, to, resolution,
                note));
    }

    /** A counter order: cable on line 1, drills on line 2. */
    private void counterOrder(String erpOrderNumber, int cable, int drills) {
        kit.recordChannelOrder().record(erp, new RecordChannelOrderCommand(jansen.value(), erpOrderNumber,
                OrderChannel.COUNTER, "", clock.instant(), List.of(
                        new ChannelOrderLine(TestCatalog.CABLE, "Installatiekabel", cable, Money.euro("1.25"),
                                new BigDecimal("21"), DELIVERY_DAY),
                        new ChannelOrderLine(TestCatalog.DRILL, "Accuboormachine", drills, Money.euro("199.00"),
                                new BigDecimal("21"), DELIVERY_DAY))));
    }

    private void deliver(String erpOrderNumber, String deliveryNumber, LocalDate on, LineQuantity... lines) {
        kit.recordDelivery().record(erp, new RecordDeliveryCommand(jansen.value(), deliveryNumber, erpOrderNumber,
                on, List.of(lines)));
    }

    /** Jan orders boxes of screws on his budget; the ERP confirms and delivers them today. */
    private String placeAndDeliver(String erpOrderNumber, int boxes) {
        ApprovalOutcome placed = kit.submitOrder().submit(jan, new SubmitOrderCommand(List.of(new CartLine(
                TestCatalog.SCREWS, boxes))));
        assertThat(placed).isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        kit.confirmOrder().confirm(erp, new ConfirmOrderCommand(jansen.value(), erpOrderNumber, placed.order(),
                List.of(new ExpectedDelivery(1, DELIVERY_DAY))));
        List<LineQuantity> all = new ArrayList<>(List.of(new LineQuantity(1, boxes)));
        kit.recordDelivery().record(erp, new RecordDeliveryCommand(jansen.value(), "PAK-" + erpOrderNumber,
                erpOrderNumber, DELIVERY_DAY, all));
        return erpOrderNumber;
    }
}
