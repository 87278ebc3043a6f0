package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.accountkit.NotPermitted;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.OrderStatus;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.ordering.OrderLine;
import org.accountkit.outbox.Notice;
import org.accountkit.pricing.PricedLine;
import org.accountkit.profile.ChangeEmailSettingsCommand;
import org.accountkit.quote.AnswerQuoteCommand;
import org.accountkit.quote.DeclineQuoteCommand;
import org.accountkit.quote.Quote;
import org.accountkit.quote.QuoteNotOrderable;
import org.accountkit.quote.QuoteRequestEntry;
import org.accountkit.quote.QuoteStatus;
import org.accountkit.quote.QuoteStepNotAllowed;
import org.accountkit.quote.RequestQuoteCommand;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
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
 * Quotes through {@link AccountKit} on an adapter's storage: requested, answered by customer service, ordered once at
 * the quoted prices under the budget and approval rules; declined, withdrawn, expired. The cast: Petra administers
 * installer Jansen; Jan may request quotes and order, on a budget of EUR 500 a month; Anja is customer service.
 */
public abstract class QuoteContract {

    /** Monday 2 March 2026, 10:15 in Amsterdam. */
    private static final Instant MONDAY = Instant.parse("2026-03-02T09:15:00Z");

    protected AccountKit kit;
    protected MutableClock clock;
    protected Recorder recorder;
    protected CustomerNumber jansen;
    protected Actor petra;
    protected Actor jan;
    protected UserId janId;
    protected EmailAddress janEmail;
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
        recorder = new Recorder();
        kit = Fixtures.builder(storage, clock).notifications(recorder).build();
        jansen = Fixtures.customerNumber();
        petra = Actor.user(jansen, kit.registerCustomerAccount().register(anja,
                Fixtures.registration(jansen, Fixtures.email("petra"))).administrator());
        janEmail = Fixtures.email("jan");
        janId = kit.addUser().add(petra, new AddUserCommand(janEmail.value(), "Jan de Monteur",
                Role.USER, Set.of(Right.PLACE_ORDERS, Right.REQUEST_QUOTES), Fixtures.PASSWORD));
        jan = Actor.user(jansen, janId);
        kit.setBudget().set(petra, new SetBudgetCommand(janId, Money.euro("500.00"), BudgetPeriod.MONTH));
    }

    @Test
    void a_quote_from_the_cart_is_answered_and_ordered_once_at_the_quoted_prices() {
        String number = kit.requestQuote().request(jan, cart("Graag staffelprijs, project Zonnepark"));

        assertThat(number).isEqualTo("OF-2026-000001");
        assertThat(kit.listMyQuotes().list(jan, PageRequest.first(10)).items()).extracting(Quote::quoteNumber)
                .containsExactly(number);
        assertThat(Pages.all(50, page -> kit.listQuoteRequests().waiting(anja, page)))
                .extracting(QuoteRequestEntry::customerNumber, entry -> entry.quote().quoteNumber())
                .contains(org.assertj.core.groups.Tuple.tuple(jansen, number));
        Quote requested = kit.viewQuote().view(jan, number);
        assertThat(requested.status()).isEqualTo(QuoteStatus.REQUESTED);
        assertThat(requested.lines()).extracting(line -> line.articleNumber() + " x" + line.quantity())
                .containsExactly(TestCatalog.SCREWS + " x20", TestCatalog.DRILL + " x2");

        answer(number, LocalDate.of(2026, 3, 16), "9.95", "179.00");

        Quote answered = kit.viewQuote().view(jan, number);
        assertThat(answered.status()).isEqualTo(QuoteStatus.ANSWERED);
        assertThat(answered.total()).contains(Money.euro("557.00"));
        assertThat(recorder.notices()).filteredOn(notice -> notice.kind() == Notice.Kind.QUOTE_ANSWERED)
                .singleElement().satisfies(notice -> {
                    assertThat(notice.recipient()).isEqualTo(janId);
                    assertThat(notice.recipientEmail()).isEqualTo(janEmail);
                    assertThat(notice.language()).as("a Dutch customer number's default").isEqualTo(Language.DUTCH);
                    assertThat(notice.quote()).isEqualTo(number);
                    assertThat(notice.netTotal()).isEqualTo(Money.euro("557.00"));
                });

        assertThat(kit.showPrices().show(petra, answered.lines().stream().map(PricedLine::of).toList()).orElseThrow()
                .totalIncludingVat()).as("shown in Petra's setting").isEqualTo(Money.euro("673.97"));

        ApprovalOutcome ordered = kit.orderQuote().order(jan, number);

        assertThat(ordered).as("557.00 is over Jan's 500.00").isInstanceOf(ApprovalOutcome.AwaitingApproval.class);
        assertThat(kit.viewBudget().view(jan, janId).reserved()).contains(Money.euro("557.00"));
        assertThat(kit.viewOrderRequest().view(jan, ordered.order()).lines()).extracting(OrderLine::unitNetPrice)
                .containsExactly(Money.euro("9.95"), Money.euro("179.00"));
        Quote done = kit.viewQuote().view(jan, number);
        assertThat(done.status()).isEqualTo(QuoteStatus.ORDERED);
        assertThat(done.orderedAs()).contains(ordered.order());
        QuoteNotOrderable again = catchThrowableOfType(() -> kit.orderQuote().order(jan, number),
                QuoteNotOrderable.class);
        assertThat(again.status()).isEqualTo(QuoteStatus.ORDERED);
        assertThat(again.message(Locale.forLanguageTag("nl"))).contains(number, "al besteld");
        assertThat(kit.listMyQuotes().list(jan, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void customer_service_sees_requested_quotes_oldest_first() {
        String first = kit.requestQuote().request(jan, RequestQuoteCommand.forArticle(TestCatalog.DRILL, 1, ""));
        clock.advance(java.time.Duration.ofMinutes(5));
        String second = kit.requestQuote().request(jan, RequestQuoteCommand.forArticle(TestCatalog.CABLE, 50, ""));
        clock.advance(java.time.Duration.ofMinutes(5));
        String third = kit.requestQuote().request(jan, RequestQuoteCommand.forArticle(TestCatalog.SCREWS, 5, ""));
        kit.declineQuote().decline(anja, new DeclineQuoteCommand(jansen.value(), second, "Niet leverbaar"));

        List<String> queue = Pages.all(2, page -> kit.listQuoteRequests().waiting(anja, page)).stream()
                .filter(entry -> entry.customerNumber().equals(jansen)).map(entry -> entry.quote().quoteNumber())
                .toList();

        assertThat(queue).containsExactly(first, third);
        assertThatThrownBy(() -> kit.listQuoteRequests().waiting(jan, PageRequest.first(5)))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void the_requester_is_told_in_the_language_of_their_choice_each_notice_under_its_own_id() {
        String first = kit.requestQuote().request(jan, RequestQuoteCommand.forArticle(TestCatalog.DRILL, 1, ""));
        String second = kit.requestQuote().request(jan, RequestQuoteCommand.forArticle(TestCatalog.DRILL, 2, ""));
        answer(first, LocalDate.of(2026, 3, 9), "180.00");
        kit.changeEmailSettings().change(jan, new ChangeEmailSettingsCommand(Fixtures.email("jan").value(),
                Fixtures.email("jan").value(), Fixtures.email("jan").value(), false, Language.ENGLISH));
        answer(second, LocalDate.of(2026, 3, 9), "175.00");

        assertThat(recorder.notices()).extracting(Notice::quote, Notice::language).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first, Language.DUTCH),
                org.assertj.core.groups.Tuple.tuple(second, Language.ENGLISH));
        assertThat(recorder.notices()).extracting(Notice::id).doesNotHaveDuplicates();
        assertThat(kit.viewProfile().view(jan).emailSettings().language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void a_quote_within_the_budget_is_placed_and_booked() {
        String number = kit.requestQuote().request(jan, RequestQuoteCommand.forArticle(TestCatalog.DRILL, 2, ""));
        answer(number, LocalDate.of(2026, 3, 2), "175.00");

        ApprovalOutcome ordered = kit.orderQuote().order(jan, number);

        assertThat(ordered).isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        assertThat(kit.viewOrderRequest().view(jan, ordered.order()).status()).isEqualTo(OrderStatus.PLACED);
        assertThat(kit.viewBudget().view(jan, janId).spent()).contains(Money.euro("350.00"));
    }

    @Test
    void only_an_answered_valid_quote_is_ordered_and_the_refusal_says_why() {
        String open = kit.requestQuote().request(jan, RequestQuoteCommand.forArticle(TestCatalog.DRILL, 1, ""));
        assertThat(notOrderable(open)).isEqualTo(QuoteStatus.REQUESTED);

        String declined = kit.requestQuote().request(jan, RequestQuoteCommand.forArticle(TestCatalog.CABLE, 500, ""));
        kit.declineQuote().decline(anja, new DeclineQuoteCommand(jansen.value(), declined, "Geen projectprijs mogelijk"));
        assertThat(notOrderable(declined)).isEqualTo(QuoteStatus.DECLINED);
        assertThat(kit.viewQuote().view(jan, declined).declineReason()).isEqualTo("Geen projectprijs mogelijk");

        String withdrawn = kit.requestQuote().request(jan, RequestQuoteCommand.forArticle(TestCatalog.SCREWS, 9, ""));
        answer(withdrawn, LocalDate.of(2026, 3, 9), "10.00");
        kit.withdrawQuote().withdraw(jan, withdrawn);
        assertThat(notOrderable(withdrawn)).isEqualTo(QuoteStatus.WITHDRAWN);
        assertThat(catchThrowableOfType(() -> answer(withdrawn, LocalDate.of(2026, 3, 9), "9.00"),
                QuoteStepNotAllowed.class).status()).isEqualTo(QuoteStatus.WITHDRAWN);

        answer(open, LocalDate.of(2026, 3, 6), "189.00");
        clock.set(Instant.parse("2026-03-06T22:59:00Z"));
        assertThat(kit.viewQuote().view(jan, open).status()).as("23:59 on its last day").isEqualTo(QuoteStatus.ANSWERED);
        clock.set(Instant.parse("2026-03-06T23:00:00Z"));
        assertThat(kit.viewQuote().view(jan, open).status()).isEqualTo(QuoteStatus.EXPIRED);
        assertThat(notOrderable(open)).isEqualTo(QuoteStatus.EXPIRED);
        assertThatThrownBy(() -> kit.withdrawQuote().withdraw(jan, open)).isInstanceOf(QuoteStepNotAllowed.class);
        assertThat(kit.listMyQuotes().list(jan, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void foreign_quotes_answer_like_unknown_ones_and_only_customer_service_answers() {
        String number = kit.requestQuote().request(jan, RequestQuoteCommand.forArticle(TestCatalog.DRILL, 1, ""));
        CustomerNumber other = Fixtures.customerNumber();
        Actor els = Actor.user(other, kit.registerCustomerAccount().register(anja,
                Fixtures.registration(other, Fixtures.email("els"))).administrator());

        assertThatThrownBy(() -> kit.viewQuote().view(els, number)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.orderQuote().order(els, number)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.withdrawQuote().withdraw(els, number)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.viewQuote().view(jan, "OF-2026-999999")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.answerQuote().answer(anja, new AnswerQuoteCommand(other.value(), number,
                List.of(Money.euro("1.00")), LocalDate.of(2026, 3, 9)))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kit.answerQuote().answer(petra, new AnswerQuoteCommand(jansen.value(), number,
                List.of(Money.euro("1.00")), LocalDate.of(2026, 3, 9)))).isInstanceOf(NotPermitted.class);
        assertThat(kit.viewQuote().view(petra, number).quoteNumber()).as("administrators see every quote")
                .isEqualTo(number);
        Actor lotte = Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(Fixtures.email("lotte").value(),
                "Lotte", Role.USER, Set.of(Right.PLACE_ORDERS), Fixtures.PASSWORD)));
        assertThatThrownBy(() -> kit.requestQuote().request(lotte, RequestQuoteCommand.forArticle(TestCatalog.DRILL,
                1, ""))).isInstanceOf(NotPermitted.class);
    }

    @Test
    void bad_input_names_each_field_and_stores_nothing() {
        InvalidCommand request = catchThrowableOfType(() -> kit.requestQuote().request(jan, new RequestQuoteCommand(
                List.of(new CartLine(TestCatalog.DRILL, 0), new CartLine("", -1)), "x".repeat(2001))),
                InvalidCommand.class);
        assertThat(request.violations()).extracting(Violation::field).containsExactlyInAnyOrder("lines[0].quantity",
                "lines[1].articleNumber", "lines[1].quantity", "remark");
        InvalidCommand unknown = catchThrowableOfType(() -> kit.requestQuote().request(jan,
                RequestQuoteCommand.forArticle("BESTAAT-NIET", 1, "")), InvalidCommand.class);
        assertThat(unknown.violations()).extracting(Violation::field).containsExactly("lines[0].articleNumber");

        String number = kit.requestQuote().request(jan, cart(""));
        InvalidCommand answer = catchThrowableOfType(() -> kit.answerQuote().answer(anja, new AnswerQuoteCommand(
                jansen.value(), number, List.of(new Money(new BigDecimal("1E17"), Money.euro("0").currency())),
                LocalDate.of(2026, 3, 1))), InvalidCommand.class);
        assertThat(answer.violations()).extracting(Violation::field).containsExactlyInAnyOrder("unitPrices[0]",
                "unitPrices", "validUntil");
        InvalidCommand negative = catchThrowableOfType(() -> kit.answerQuote().answer(anja, new AnswerQuoteCommand(
                jansen.value(), number, List.of(Money.euro("-1.00"), Money.euro("2.00")), LocalDate.of(2026, 3, 2))),
                InvalidCommand.class);
        assertThat(negative.violations()).extracting(Violation::field).containsExactly("unitPrices[0]");
        assertThat(catchThrowableOfType(() -> kit.orderQuote().order(jan, "OF-26-1"), InvalidCommand.class)
                .violations()).extracting(Violation::field).containsExactly("quoteNumber");

        assertThat(kit.viewQuote().view(jan, number).status()).isEqualTo(QuoteStatus.REQUESTED);
        assertThat(kit.listMyQuotes().list(jan, PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void two_orders_of_one_quote_at_the_same_moment_give_one_order_booked_once() throws Exception {
        AccountKit second = anotherServer(storage, clock);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                String number = kit.requestQuote().request(jan, RequestQuoteCommand.forArticle(TestCatalog.SCREWS, 2,
                        ""));
                answer(number, LocalDate.of(2026, 3, 9), "10.00");
                CountDownLatch start = new CountDownLatch(1);
                Future<Object> one = threads.submit(Race.attempt(start, () -> kit.orderQuote().order(jan, number)));
                Future<Object> other = threads.submit(Race.attempt(start,
                        () -> second.orderQuote().order(jan, number)));
                start.countDown();
                List<Object> outcomes = List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));

                assertThat(outcomes).as("round %d", round).filteredOn(Race.DONE::equals).hasSize(1);
                assertThat(outcomes).filteredOn(QuoteNotOrderable.class::isInstance).hasSize(1);
                assertThat(kit.viewBudget().view(jan, janId).spent()).as("round %d", round)
                        .contains(Money.euro("20.00").times(BigDecimal.valueOf(round + 1)));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private QuoteStatus notOrderable(String number) {
        return catchThrowableOfType(() -> kit.orderQuote().order(jan, number), QuoteNotOrderable.class).status();
    }

    private void answer(String number, LocalDate validUntil, String... prices) {
        kit.answerQuote().answer(anja, new AnswerQuoteCommand(jansen.value(), number,
                java.util.Arrays.stream(prices).map(Money::euro).toList(), validUntil));
    }

    private static RequestQuoteCommand cart(String remark) {
        return new RequestQuoteCommand(List.of(new CartLine(TestCatalog.SCREWS, 20), new CartLine(TestCatalog.DRILL, 2)),
                remark);
    }
}
