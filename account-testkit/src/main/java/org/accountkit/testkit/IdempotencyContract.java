package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.accountkit.AccountKit;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.IdempotencyKeyReused;
import org.accountkit.approval.OrderRequestQuery;
import org.accountkit.approval.OrderRequestView;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.orders.ChannelOrderLine;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.RecordChannelOrderCommand;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.quote.AnswerQuoteCommand;
import org.accountkit.quote.OrderQuoteCommand;
import org.accountkit.quote.QuoteNotOrderable;
import org.accountkit.quote.RequestQuoteCommand;
import org.accountkit.service.RegisterReturnCommand;
import org.accountkit.service.ReturnReason;
import org.accountkit.service.ServiceCaseQuery;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.OrderRequests;
import org.accountkit.spi.WriteOutcome;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.ChangeRightsCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Idempotent submissions: the same key within a customer number answers the first call's outcome and never places
 * or reserves twice, also from eight threads at once (on PostgreSQL from two pools); a key reused for another cart is
 * refused. The cast: Petra administers installer Jansen; Jan orders on a budget of EUR 100 a month; Lotte is his
 * colleague.
 */
public abstract class IdempotencyContract {

    private static final SubmitOrderCommand TWO_BOXES = new SubmitOrderCommand(List.of(new CartLine(
            TestCatalog.SCREWS, 2)), "Bus aanvullen");

    protected AccountKit kit;
    protected MutableClock clock;
    protected CustomerNumber jansen;
    protected Actor petra;
    protected Actor jan;
    protected Actor lotte;
    protected UserId janId;
    private AccountStorage storage;
    private Recorder recorder;

    /** A storage to test: a new one, or a shared one (tests use their own customer numbers). */
    protected abstract AccountStorage newStorage();

    /**
     * The same storage as a second server sees it (its own connection pool, say), for the race; by default the kit
     * itself.
     */
    protected AccountKit anotherServer(AccountStorage storage, Clock clock) {
        return kit;
    }

    @BeforeEach
    void givenJanOnABudget() {
        clock = new MutableClock(Fixtures.NOW);
        storage = newStorage();
        recorder = new Recorder();
        kit = Fixtures.builder(storage, clock).orderHandOff(recorder).build();
        jansen = Fixtures.customerNumber();
        petra = Actor.user(jansen, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(jansen, Fixtures.email("petra"))).administrator());
        janId = kit.addUser().add(petra, new AddUserCommand(Fixtures.email("jan").value(), "Jan", Role.USER,
                Set.of(Right.PLACE_ORDERS), Fixtures.PASSWORD));
        jan = Actor.user(jansen, janId);
        lotte = Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(Fixtures.email("lotte").value(),
                "Lotte", Role.USER, Set.of(Right.PLACE_ORDERS), Fixtures.PASSWORD)));
        kit.setBudget().set(petra, new SetBudgetCommand(janId, Money.euro("100.00"), BudgetPeriod.MONTH));
    }

    @Test
    void the_same_key_answers_the_first_outcome_and_places_once() {
        ApprovalOutcome first = kit.submitOrder().submit(jan, TWO_BOXES.withIdempotencyKey("cart-81f2"));
        ApprovalOutcome retried = kit.submitOrder().submit(jan, TWO_BOXES.withIdempotencyKey("cart-81f2"));

        assertThat(first).isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        assertThat(retried).isEqualTo(first);
        assertThat(placedOrders(jan)).hasSize(1);
        assertThat(kit.viewBudget().view(jan, janId).spent()).contains(Money.euro("25.00"));
        assertThat(recorder.placedOrders()).as("handed off once").hasSize(1);

        assertThatThrownBy(() -> kit.submitOrder().submit(jan, new SubmitOrderCommand(List.of(new CartLine(
                TestCatalog.SCREWS, 3)), "Bus aanvullen", "cart-81f2"))).isInstanceOf(IdempotencyKeyReused.class);
        assertThatThrownBy(() -> kit.submitOrder().submit(lotte, TWO_BOXES.withIdempotencyKey("cart-81f2")))
                .as("another user's cart under the key").isInstanceOf(IdempotencyKeyReused.class);
        assertThat(kit.submitOrder().submit(jan, TWO_BOXES.withIdempotencyKey("cart-81f3")).order())
                .as("a new key is a new order").isNotEqualTo(first.order());
        assertThat(kit.viewBudget().view(jan, janId).spent()).contains(Money.euro("50.00"));
    }

    @Test
    void a_waiting_order_is_reserved_once_and_answered_as_waiting_again() {
        SubmitOrderCommand overBudget = new SubmitOrderCommand(List.of(new CartLine(TestCatalog.PRESS_TOOL, 1)),
                "Persmachine", "cart-press");

        ApprovalOutcome first = kit.submitOrder().submit(jan, overBudget);
        ApprovalOutcome retried = kit.submitOrder().submit(jan, overBudget);

        assertThat(first).isInstanceOf(ApprovalOutcome.AwaitingApproval.class);
        assertThat(retried).isEqualTo(first);
        assertThat(kit.viewBudget().view(jan, janId).reserved()).contains(Money.euro("1450.00"));
        assertThat(kit.listMyOrderRequests().list(jan, OrderRequestQuery.firstPage(OrderStatus.AWAITING_APPROVAL,
                10)).items()).hasSize(1);
    }

    @Test
    void a_keyed_waiting_order_whose_first_write_lost_a_race_is_stored_by_the_next_attempt_under_its_key() {
        AtomicBoolean loseTheRace = new AtomicBoolean(true);
        AccountKit racing = Fixtures.builder(new ForwardingAccountStorage(storage) {
            @Override
            public OrderRequests orderRequests() {
                OrderRequests real = super.orderRequests();
                return (OrderRequests) Proxy.newProxyInstance(OrderRequests.class.getClassLoader(),
                        new Class<?>[] {OrderRequests.class}, (proxy, method, arguments) -> {
                            if (method.getName().equals("submitForApproval") && loseTheRace.getAndSet(false)) {
                                return WriteOutcome.ASSUMPTION_CHANGED;
                            }
                            try {
                                return method.invoke(real, arguments);
                            } catch (InvocationTargetException failed) {
                                throw failed.getCause();
                            }
                        });
            }
        }, clock).build();
        SubmitOrderCommand overBudget = new SubmitOrderCommand(List.of(new CartLine(TestCatalog.PRESS_TOOL, 1)),
                "Persmachine", "cart-raced");

        ApprovalOutcome first = racing.submitOrder().submit(jan, overBudget);
        ApprovalOutcome retried = racing.submitOrder().submit(jan, overBudget);

        assertThat(loseTheRace).as("the first write lost a race to another change of the budget").isFalse();
        assertThat(first).isInstanceOf(ApprovalOutcome.AwaitingApproval.class);
        assertThat(retried).isEqualTo(first);
        assertThat(kit.viewOrderRequest().view(jan, first.order()).status()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThat(kit.viewBudget().view(jan, janId).reserved()).contains(Money.euro("1450.00"));
    }

    @Test
    void ordering_a_quote_and_registering_a_return_under_a_key_answer_the_first_outcome_again() {
        kit.changeRights().change(petra, new ChangeRightsCommand(janId, Set.of(Right.PLACE_ORDERS,
                Right.REQUEST_QUOTES, Right.REGISTER_RETURNS_AND_SERVICE, Right.SEE_ALL_ORDERS)));
        String quote = kit.requestQuote().request(jan, RequestQuoteCommand.forArticle(TestCatalog.SCREWS, 2, ""));
        kit.answerQuote().answer(Actor.customerService("Anja"), new AnswerQuoteCommand(jansen.value(), quote,
                List.of(Money.euro("11.00")), LocalDate.of(2026, 3, 9)));

        ApprovalOutcome ordered = kit.orderQuote().order(jan, new OrderQuoteCommand(quote, "quote-click-1"));
        ApprovalOutcome clickedAgain = kit.orderQuote().order(jan, new OrderQuoteCommand(quote, "quote-click-1"));

        assertThat(clickedAgain).isEqualTo(ordered);
        assertThat(kit.viewBudget().view(jan, janId).spent()).contains(Money.euro("22.00"));
        assertThatThrownBy(() -> kit.orderQuote().order(jan, new OrderQuoteCommand(quote, "quote-click-2")))
                .as("a new key is a new attempt, and the quote was ordered").isInstanceOf(QuoteNotOrderable.class);

        Actor erp = Actor.customerService("ERP");
        kit.recordChannelOrder().record(erp, new RecordChannelOrderCommand(jansen.value(), "TEL-1",
                OrderChannel.PHONE, "", Fixtures.NOW, List.of(new ChannelOrderLine(TestCatalog.CABLE, "Kabel", 10,
                        Money.euro("1.25"), new java.math.BigDecimal("21"), LocalDate.of(2026, 3, 2)))));
        kit.recordDelivery().record(erp, new RecordDeliveryCommand(jansen.value(), "PAK-1", "TEL-1",
                LocalDate.of(2026, 3, 2), List.of(new LineQuantity(1, 10))));
        RegisterReturnCommand sixBack = new RegisterReturnCommand("TEL-1", List.of(new LineQuantity(1, 6)),
                ReturnReason.TOO_MANY, "").withIdempotencyKey("return-form-7");

        String returned = kit.registerReturn().register(jan, sixBack);

        assertThat(kit.registerReturn().register(jan, sixBack)).isEqualTo(returned);
        assertThatThrownBy(() -> kit.registerReturn().register(jan, new RegisterReturnCommand("TEL-1",
                List.of(new LineQuantity(1, 2)), ReturnReason.TOO_MANY, "", "return-form-7")))
                .isInstanceOf(IdempotencyKeyReused.class);
        assertThat(kit.listServiceCases().list(jan, ServiceCaseQuery.firstPage(10)).items()).hasSize(1);
    }

    @Test
    void the_same_key_from_eight_threads_at_once_places_one_order_and_books_it_once() throws Exception {
        AccountKit second = anotherServer(storage, clock);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 3; round++) {
                SubmitOrderCommand cart = TWO_BOXES.withIdempotencyKey("race-" + round);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<ApprovalOutcome>> calls = new ArrayList<>();
                for (int thread = 0; thread < 8; thread++) {
                    AccountKit server = thread % 2 == 0 ? kit : second;
                    Callable<ApprovalOutcome> call = () -> {
                        start.await();
                        return server.submitOrder().submit(jan, cart);
                    };
                    calls.add(threads.submit(call));
                }
                start.countDown();
                List<ApprovalOutcome> outcomes = new ArrayList<>();
                for (Future<ApprovalOutcome> call : calls) {
                    outcomes.add(call.get(60, TimeUnit.SECONDS));
                }

                assertThat(outcomes).as("round %d", round).allSatisfy(outcome -> assertThat(outcome)
                        .isEqualTo(outcomes.get(0)).isInstanceOf(ApprovalOutcome.PlacedDirectly.class));
                assertThat(placedOrders(jan)).as("round %d", round).hasSize(round + 1);
                assertThat(kit.viewBudget().view(jan, janId).spent())
                        .contains(Money.euro("25.00").times(java.math.BigDecimal.valueOf(round + 1)));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private List<OrderRequestView> placedOrders(Actor requester) {
        return kit.listMyOrderRequests().list(requester, OrderRequestQuery.firstPage(OrderStatus.PLACED, 50))
                .items();
    }
}
