package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.accountkit.AccountKit;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.ApprovalReason;
import org.accountkit.approval.ApprovalRecipients;
import org.accountkit.approval.ApprovalResult;
import org.accountkit.approval.ApprovalRulesChanged;
import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.Approver;
import org.accountkit.approval.ConfigureApprovalRulesCommand;
import org.accountkit.approval.DeadlineReport;
import org.accountkit.approval.Decision;
import org.accountkit.approval.DecisionAlreadyTaken;
import org.accountkit.approval.Explanation;
import org.accountkit.approval.NameSubstituteCommand;
import org.accountkit.approval.OrderApproved;
import org.accountkit.approval.OrderPlaced;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderRequestQuery;
import org.accountkit.approval.OrderRequestView;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.OwnOrderCannotBeDecided;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.SecondApproverRequired;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.approval.WithdrawOrderCommand;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.audit.AuditTrailQuery;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.BudgetStatus;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.ChangeApprovalRequirementCommand;
import org.accountkit.budget.RemoveBudgetCommand;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.outbox.Notice;
import org.accountkit.profile.ChangeUsernameCommand;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.AuditTrail;
import org.accountkit.spi.SubstitutionSnapshot;
import org.accountkit.spi.Substitutions;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.ChangeRightsCommand;
import org.accountkit.user.RemoveUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Budgets and the order-approval workflow through {@link AccountKit} on an adapter's storage. The seed's cast:
 * Petra, buyer and administrator of installer Jansen; Jan, a mechanic with a monthly budget of EUR 500; Kees, a
 * foreman who approves orders.
 */
public abstract class ApprovalContract {

    /** Monday 2 March 2026, 10:15 in Amsterdam. */
    protected static final Instant MONDAY = Instant.parse("2026-03-02T09:15:00Z");
    private static final Currency EUR = Currency.getInstance("EUR");

    protected AccountStorage storage;
    protected AccountKit kit;
    protected MutableClock clock;
    protected Recorder recorder;
    protected CustomerNumber jansen;
    protected Actor petra;
    protected Actor jan;
    protected Actor kees;

    /** A storage to test: a new one, or a shared one (tests use their own customer numbers). */
    protected abstract AccountStorage newStorage();

    @BeforeEach
    void givenInstallerJansenWithAMechanicOnABudget() {
        storage = newStorage();
        clock = new MutableClock(MONDAY);
        recorder = new Recorder();
        kit = Fixtures.builder(storage, clock).notifications(recorder).orderHandOff(recorder)
                .domainEvents(recorder).build();
        jansen = Fixtures.customerNumber();
        petra = Actor.user(jansen, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(jansen, Fixtures.email("petra"))).administrator());
        jan = addUser("Jan de Monteur", Role.USER, Right.PLACE_ORDERS, Right.SEE_PRICES);
        kees = addUser("Kees Voorman", Role.USER, Right.PLACE_ORDERS, Right.APPROVE_ORDERS);
        kit.setBudget().set(petra, new SetBudgetCommand(id(jan), Money.euro("500.00"), BudgetPeriod.MONTH));
    }

    @Test
    void a_waiting_order_whose_approvers_cannot_be_read_is_not_stored_and_the_caller_is_told() {
        AtomicBoolean failing = new AtomicBoolean();
        AccountStorage broken = new ForwardingAccountStorage(storage) {
            @Override
            public Substitutions substitutions() {
                Substitutions real = super.substitutions();
                return new Substitutions() {
                    @Override
                    public Optional<SubstitutionSnapshot> find(CustomerNumber customerNumber, UserId approver) {
                        return real.find(customerNumber, approver);
                    }

                    @Override
                    public List<SubstitutionSnapshot> listFor(CustomerNumber customerNumber) {
                        if (failing.get()) {
                            throw new IllegalStateException("injected: the database went away");
                        }
                        return real.listFor(customerNumber);
                    }

                    @Override
                    public void save(SubstitutionSnapshot substitution) {
                        real.save(substitution);
                    }

                    @Override
                    public void remove(CustomerNumber customerNumber, UserId approver) {
                        real.remove(customerNumber, approver);
                    }
                };
            }
        };
        // without notices a waiting order is stored by one write of its own: nothing may be read after it
        AccountKit quiet = Fixtures.builder(broken, clock).build();
        failing.set(true);

        assertThatThrownBy(() -> quiet.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)))
                .hasMessageContaining("injected");

        failing.set(false);
        assertThat(kit.listOrderRequests().list(petra, OrderRequestQuery.firstPage(OrderStatus.AWAITING_APPROVAL,
                10)).items()).as("the caller was told it failed, so nothing waits").isEmpty();
        assertThat(kit.viewBudget().view(jan, id(jan)).reserved()).contains(Money.euro("0.00"));
    }

    // --- budgets -----------------------------------------------------------------------------------------------

    @Test
    void an_order_within_the_budget_is_placed_at_once_and_counts_as_spent() {
        ApprovalOutcome outcome = kit.submitOrder().submit(jan, cart(TestCatalog.DRILL, 2));

        assertThat(outcome).isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        BudgetStatus budget = kit.viewBudget().view(jan, id(jan));
        assertThat(budget.spent()).contains(Money.euro("398.00"));
        assertThat(budget.reserved()).contains(Money.euro("0.00"));
        assertThat(budget.remaining()).contains(Money.euro("102.00"));
        assertThat(budget.period()).contains(CalendarPeriod.parse("2026-03"));
        assertThat(recorder.placedOrders()).singleElement()
                .satisfies(order -> assertThat(order.netTotal()).isEqualTo(Money.euro("398.00")));
        assertThat(recorder.events(OrderPlaced.class)).hasSize(1);
        assertThat(kit.listMyOrderRequests().list(jan, OrderRequestQuery.firstPage(OrderStatus.PLACED, 10))
                .items()).extracting(OrderRequestView::id).containsExactly(outcome.order());
    }

    @Test
    void an_order_over_the_remaining_budget_waits_reserves_its_amount_and_tells_the_approvers() {
        kit.submitOrder().submit(jan, cart(TestCatalog.DRILL, 2));

        ApprovalOutcome outcome = kit.submitOrder().submit(jan, cart(TestCatalog.DRILL, 1));

        assertThat(outcome).isInstanceOfSatisfying(ApprovalOutcome.AwaitingApproval.class, waiting -> {
            assertThat(waiting.reasons()).containsExactly(ApprovalReason.OVER_BUDGET);
            assertThat(waiting.approvers()).extracting(Approver::decider).containsExactlyInAnyOrder(id(petra), id(kees));
        });
        BudgetStatus budget = kit.viewBudget().view(jan, id(jan));
        assertThat(budget.reserved()).contains(Money.euro("199.00"));
        assertThat(budget.remaining()).contains(Money.euro("0.00"));
        assertThat(recorder.notices()).allSatisfy(notice -> {
            assertThat(notice.kind()).isEqualTo(Notice.Kind.APPROVAL_REQUESTED);
            assertThat(notice.order()).isEqualTo(outcome.order());
        }).extracting(Notice::recipient).containsExactlyInAnyOrder(id(petra), id(kees));
        assertThat(kit.listOrderRequests().list(petra, OrderRequestQuery.firstPage(OrderStatus.AWAITING_APPROVAL, 10))
                .items()).extracting(OrderRequestView::id).containsExactly(outcome.order());
    }

    @Test
    void explaining_a_cart_tells_what_would_happen_and_changes_nothing() {
        Explanation within = kit.explainOrder().explain(jan, cart(TestCatalog.DRILL, 2));
        Explanation over = kit.explainOrder().explain(jan, cart(TestCatalog.PRESS_TOOL, 1));

        assertThat(within.wouldWait()).isFalse();
        assertThat(within.budgetRemaining()).contains(Money.euro("500.00"));
        assertThat(within.budgetRemainingAfter()).contains(Money.euro("102.00"));
        assertThat(over.wouldWait()).isTrue();
        assertThat(over.reasons()).containsExactly(ApprovalReason.OVER_BUDGET);
        assertThat(over.budgetRemainingAfter()).contains(Money.euro("0.00"));
        assertThat(over.approvers()).extracting(Approver::decider).containsExactlyInAnyOrder(id(petra), id(kees));
        assertThat(kit.viewBudget().view(jan, id(jan)).spent()).contains(Money.euro("0.00"));
        assertThat(recorder.notices()).isEmpty();
    }

    @Test
    void approving_places_the_order_and_turns_the_reservation_into_spent() {
        OrderRequestId waiting = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();

        ApprovalResult result = kit.approveOrder().approve(kees, new ApproveOrderCommand(waiting));

        assertThat(result).isEqualTo(new ApprovalResult.Placed(waiting));
        BudgetStatus budget = kit.viewBudget().view(jan, id(jan));
        assertThat(budget.spent()).contains(Money.euro("1450.00"));
        assertThat(budget.reserved()).contains(Money.euro("0.00"));
        assertThat(budget.remaining()).contains(Money.euro("0.00"));
        OrderRequestView details = kit.viewOrderRequest().view(jan, waiting);
        assertThat(details.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(details.decisions()).singleElement().satisfies(decision -> {
            assertThat(decision.decidedBy()).isEqualTo(id(kees));
            assertThat(decision.substituteFor()).isEmpty();
        });
        assertThat(recorder.placedOrders()).singleElement()
                .satisfies(order -> assertThat(order.afterApproval()).isTrue());
        assertThat(recorder.notices()).filteredOn(notice -> notice.kind() == Notice.Kind.ORDER_APPROVED)
                .extracting(Notice::recipient).containsExactly(id(jan));
        assertThat(recorder.events(OrderApproved.class)).hasSize(1);
        assertThat(auditActions()).contains(AuditAction.ORDER_APPROVED);
        assertThat(kit.listOrderRequests().list(petra, OrderRequestQuery.firstPage(OrderStatus.APPROVED, 10))
                .items()).extracting(OrderRequestView::id).containsExactly(waiting);
    }

    @Test
    void a_decision_whose_audit_record_fails_is_not_stored_and_can_be_taken_again() {
        OrderRequestId waiting = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();
        AuditTrail failing = mock(AuditTrail.class);
        doThrow(new IllegalStateException("audit trail unavailable")).when(failing).append(any());
        AccountKit failingKit = Fixtures.builder(new ForwardingAccountStorage(storage) {
            @Override
            public AuditTrail auditTrail() {
                return failing;
            }
        }, clock).build();

        assertThatThrownBy(() -> failingKit.approveOrder().approve(kees, new ApproveOrderCommand(waiting)))
                .hasMessage("audit trail unavailable");
        assertThatThrownBy(() -> failingKit.rejectOrder().reject(kees, new RejectOrderCommand(waiting, "Te duur")))
                .hasMessage("audit trail unavailable");

        OrderRequestView unchanged = kit.viewOrderRequest().view(jan, waiting);
        assertThat(unchanged.status()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThat(unchanged.decisions()).isEmpty();
        BudgetStatus budget = kit.viewBudget().view(jan, id(jan));
        assertThat(budget.spent()).contains(Money.euro("0.00"));
        assertThat(budget.reserved()).contains(Money.euro("1450.00"));
        assertThat(kit.listOrderRequests().list(petra, OrderRequestQuery.firstPage(OrderStatus.AWAITING_APPROVAL, 10))
                .items()).extracting(OrderRequestView::id).containsExactly(waiting);
        assertThat(kit.listOrderRequests().list(petra, new OrderRequestQuery(EnumSet.of(OrderStatus.APPROVED,
                OrderStatus.REJECTED), PageRequest.first(10))).items()).isEmpty();

        assertThat(kit.approveOrder().approve(kees, new ApproveOrderCommand(waiting)))
                .isEqualTo(new ApprovalResult.Placed(waiting));
        assertThat(kit.viewBudget().view(jan, id(jan)).spent()).contains(Money.euro("1450.00"));
        assertThat(kit.viewOrderRequest().view(jan, waiting).decisions()).singleElement()
                .satisfies(decision -> assertThat(decision.decidedBy()).isEqualTo(id(kees)));
    }

    @Test
    void rejecting_releases_the_reservation_and_shows_under_the_requesters_rejected_orders() {
        OrderRequestId waiting = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();

        kit.rejectOrder().reject(petra, new RejectOrderCommand(waiting, "Gebruik de persmachine van het magazijn"));

        BudgetStatus budget = kit.viewBudget().view(jan, id(jan));
        assertThat(budget.reserved()).contains(Money.euro("0.00"));
        assertThat(budget.remaining()).contains(Money.euro("500.00"));
        List<OrderRequestView> rejected = kit.listMyOrderRequests()
                .list(jan, OrderRequestQuery.firstPage(OrderStatus.REJECTED, 10)).items();
        assertThat(rejected).singleElement().satisfies(order ->
                assertThat(order.rejectionReason()).contains("Gebruik de persmachine van het magazijn"));
        assertThat(recorder.notices()).filteredOn(notice -> notice.kind() == Notice.Kind.ORDER_REJECTED)
                .singleElement().satisfies(notice -> assertThat(notice.reason())
                        .isEqualTo("Gebruik de persmachine van het magazijn"));
        assertThat(auditActions()).contains(AuditAction.ORDER_REJECTED);
    }

    @Test
    void a_withdrawn_order_releases_its_reservation_and_can_no_longer_be_decided() {
        OrderRequestId waiting = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();

        kit.withdrawOrder().withdraw(jan, new WithdrawOrderCommand(waiting));

        assertThat(kit.viewBudget().view(jan, id(jan)).reserved()).contains(Money.euro("0.00"));
        assertThatThrownBy(() -> kit.approveOrder().approve(kees, new ApproveOrderCommand(waiting)))
                .isInstanceOf(DecisionAlreadyTaken.class);
        assertThatThrownBy(() -> kit.withdrawOrder().withdraw(kees, new WithdrawOrderCommand(waiting)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void nobody_decides_on_their_own_order_and_only_approvers_decide() {
        kit.changeApprovalRequirement().change(petra, new ChangeApprovalRequirementCommand(id(kees), true));
        OrderRequestId keesOrder = kit.submitOrder().submit(kees, cart(TestCatalog.SCREWS, 1)).order();
        OrderRequestId janOrder = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();

        assertThatThrownBy(() -> kit.approveOrder().approve(kees, new ApproveOrderCommand(keesOrder)))
                .isInstanceOf(OwnOrderCannotBeDecided.class);
        assertThatThrownBy(() -> kit.rejectOrder().reject(kees, new RejectOrderCommand(keesOrder, "Nee")))
                .isInstanceOf(OwnOrderCannotBeDecided.class);
        Actor lotte = addUser("Lotte", Role.USER, Right.PLACE_ORDERS);
        assertThatThrownBy(() -> kit.approveOrder().approve(lotte, new ApproveOrderCommand(janOrder)))
                .isInstanceOf(NotPermitted.class);
        assertThat(kit.approveOrder().approve(petra, new ApproveOrderCommand(keesOrder)))
                .isInstanceOf(ApprovalResult.Placed.class);
    }

    @Test
    void the_threshold_and_every_order_rules_ask_for_approval_and_administrators_order_without_budget() {
        kit.configureApprovalRules().configure(petra, new ConfigureApprovalRulesCommand(Money.euro("1000.00"),
                null, Duration.ofHours(24), Duration.ofHours(48), Duration.ofDays(7)));
        kit.changeApprovalRequirement().change(petra, new ChangeApprovalRequirementCommand(id(jan), true));

        ApprovalOutcome janSmall = kit.submitOrder().submit(jan, cart(TestCatalog.SCREWS, 1));
        ApprovalOutcome petraLarge = kit.submitOrder().submit(petra, cart(TestCatalog.PRESS_TOOL, 1));
        ApprovalOutcome petraSmall = kit.submitOrder().submit(petra, cart(TestCatalog.DRILL, 3));

        assertThat(((ApprovalOutcome.AwaitingApproval) janSmall).reasons())
                .containsExactly(ApprovalReason.EVERY_ORDER_NEEDS_APPROVAL);
        assertThat(((ApprovalOutcome.AwaitingApproval) petraLarge).reasons())
                .containsExactly(ApprovalReason.ORDER_TOTAL_THRESHOLD);
        assertThat(petraSmall).isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
    }

    @Test
    void a_user_without_budget_orders_freely_and_removing_a_budget_lifts_the_limit() {
        assertThat(kit.submitOrder().submit(kees, cart(TestCatalog.PRESS_TOOL, 2)))
                .isInstanceOf(ApprovalOutcome.PlacedDirectly.class);

        kit.removeBudget().remove(petra, new RemoveBudgetCommand(id(jan)));

        assertThat(kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)))
                .isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        assertThat(kit.viewBudget().view(jan, id(jan)).remaining()).isEmpty();
    }

    @Test
    void above_the_second_tier_a_second_approver_must_approve_after_the_first() {
        kit.configureApprovalRules().configure(petra, new ConfigureApprovalRulesCommand(null,
                Money.euro("1000.00"), Duration.ofHours(24), Duration.ofHours(48), Duration.ofDays(7)));
        OrderRequestId waiting = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();

        ApprovalResult first = kit.approveOrder().approve(kees, new ApproveOrderCommand(waiting));
        Throwable again = catchThrowable(() -> kit.approveOrder().approve(kees, new ApproveOrderCommand(waiting)));
        ApprovalResult second = kit.approveOrder().approve(petra, new ApproveOrderCommand(waiting));

        assertThat(first).isEqualTo(new ApprovalResult.NextApproverNeeded(waiting, 1, 2));
        assertThat(again).isInstanceOf(SecondApproverRequired.class);
        assertThat(second).isEqualTo(new ApprovalResult.Placed(waiting));
        assertThat(kit.viewOrderRequest().view(petra, waiting).decisions()).extracting(Decision::decidedBy)
                .containsExactly(id(kees), id(petra));
        assertThat(kit.viewBudget().view(jan, id(jan)).spent()).contains(Money.euro("1450.00"));
    }

    @Test
    void a_substitute_decides_on_behalf_of_an_absent_approver() {
        Actor lotte = addUser("Lotte Werkvoorbereiding", Role.USER, Right.PLACE_ORDERS);
        kit.nameSubstitute().name(kees, new NameSubstituteCommand(id(lotte), MONDAY.minusSeconds(60),
                MONDAY.plus(Duration.ofDays(14))));
        OrderRequestId waiting = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();

        kit.approveOrder().approve(lotte, new ApproveOrderCommand(waiting));

        Decision decision = kit.viewOrderRequest().view(jan, waiting).decisions().get(0);
        assertThat(decision.decidedBy()).isEqualTo(id(lotte));
        assertThat(decision.substituteFor()).contains(id(kees));
        assertThat(decision.describe()).contains("on behalf of " + id(kees));
        assertThat(recorder.notices()).filteredOn(notice -> notice.kind() == Notice.Kind.APPROVAL_REQUESTED)
                .extracting(Notice::recipient, notice -> notice.substituteFor().orElse(null))
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(id(lotte), id(kees)),
                        org.assertj.core.groups.Tuple.tuple(id(petra), null));
    }

    @Test
    void delegation_never_loops_and_never_reaches_the_requester() {
        Actor lotte = addUser("Lotte", Role.USER, Right.PLACE_ORDERS, Right.APPROVE_ORDERS);
        Instant until = MONDAY.plus(Duration.ofDays(7));
        kit.nameSubstitute().name(kees, new NameSubstituteCommand(id(lotte), MONDAY, until));

        Throwable loop = catchThrowable(() -> kit.nameSubstitute().name(lotte,
                new NameSubstituteCommand(id(kees), MONDAY, until)));
        kit.nameSubstitute().name(lotte, new NameSubstituteCommand(id(jan), MONDAY, until));
        OrderRequestId janOrder = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();

        assertThat(loop).isInstanceOfSatisfying(InvalidCommand.class,
                invalid -> assertThat(invalid.fields()).containsExactly("substitute"));
        List<Approver> approvers = kit.viewOrderRequest().view(petra, janOrder).approvers();
        assertThat(approvers).extracting(Approver::decider).doesNotContain(id(jan));
        assertThatThrownBy(() -> kit.approveOrder().approve(jan, new ApproveOrderCommand(janOrder)))
                .isInstanceOf(OwnOrderCannotBeDecided.class);
    }

    @Test
    void a_customer_number_chooses_who_is_told_first_of_a_waiting_order() {
        kit.configureApprovalRules().configure(petra, new ConfigureApprovalRulesCommand(null, null,
                Duration.ofHours(24), Duration.ofHours(48), Duration.ofDays(7), ApprovalRecipients.APPROVERS));
        OrderRequestId toApprovers = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();
        kit.configureApprovalRules().configure(petra, new ConfigureApprovalRulesCommand(null, null,
                Duration.ofHours(24), Duration.ofHours(48), Duration.ofDays(7), ApprovalRecipients.ADMINISTRATORS));
        OrderRequestId toAdministrators = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();

        assertThat(noticesAbout(toApprovers)).extracting(Notice::recipient).containsExactly(id(kees));
        assertThat(noticesAbout(toAdministrators)).extracting(Notice::recipient).containsExactly(id(petra));
        assertThat(recorder.events(ApprovalRulesChanged.class)).hasSize(2);
    }

    @Test
    void by_default_administrators_and_approvers_are_reminded_and_asked_again_on_escalation() {
        OrderRequestId waiting = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();

        clock.advance(Duration.ofHours(25));
        kit.processApprovalDeadlines().process(1000);
        clock.advance(Duration.ofHours(24));
        kit.processApprovalDeadlines().process(1000);

        assertThat(noticesAbout(waiting)).extracting(Notice::kind, Notice::recipient).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(Notice.Kind.APPROVAL_REQUESTED, id(kees)),
                org.assertj.core.groups.Tuple.tuple(Notice.Kind.APPROVAL_REQUESTED, id(petra)),
                org.assertj.core.groups.Tuple.tuple(Notice.Kind.APPROVAL_REMINDER, id(kees)),
                org.assertj.core.groups.Tuple.tuple(Notice.Kind.APPROVAL_REMINDER, id(petra)),
                org.assertj.core.groups.Tuple.tuple(Notice.Kind.APPROVAL_ESCALATED, id(kees)),
                org.assertj.core.groups.Tuple.tuple(Notice.Kind.APPROVAL_ESCALATED, id(petra)));
    }

    @Test
    void a_waiting_order_is_reminded_then_escalated_then_expires_releasing_its_reservation() {
        kit.configureApprovalRules().configure(petra, new ConfigureApprovalRulesCommand(null, null,
                Duration.ofHours(24), Duration.ofHours(48), Duration.ofDays(7), ApprovalRecipients.APPROVERS));
        OrderRequestId waiting = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();

        clock.advance(Duration.ofHours(25));
        DeadlineReport reminder = kit.processApprovalDeadlines().process(1000);
        List<Notice> afterReminder = noticesAbout(waiting);
        kit.processApprovalDeadlines().process(1000);
        List<Notice> afterSecondRun = noticesAbout(waiting);
        clock.advance(Duration.ofHours(24));
        DeadlineReport escalation = kit.processApprovalDeadlines().process(1000);
        clock.advance(Duration.ofDays(6));
        DeadlineReport expiry = kit.processApprovalDeadlines().process(1000);

        // the storage may be shared with other tests' waiting orders: count this order's notices
        assertThat(reminder.reminded()).isPositive();
        assertThat(escalation.escalated()).isPositive();
        assertThat(expiry.expired()).isPositive();
        assertThat(afterReminder).extracting(Notice::kind, Notice::recipient).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Notice.Kind.APPROVAL_REQUESTED, id(kees)),
                org.assertj.core.groups.Tuple.tuple(Notice.Kind.APPROVAL_REMINDER, id(kees)));
        assertThat(afterSecondRun).isEqualTo(afterReminder);
        assertThat(noticesAbout(waiting)).extracting(Notice::kind, Notice::recipient).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Notice.Kind.APPROVAL_REQUESTED, id(kees)),
                org.assertj.core.groups.Tuple.tuple(Notice.Kind.APPROVAL_REMINDER, id(kees)),
                org.assertj.core.groups.Tuple.tuple(Notice.Kind.APPROVAL_ESCALATED, id(petra)),
                org.assertj.core.groups.Tuple.tuple(Notice.Kind.ORDER_EXPIRED, id(jan)));
        assertThat(kit.viewOrderRequest().view(jan, waiting).status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(kit.viewBudget().view(jan, id(jan)).reserved()).contains(Money.euro("0.00"));
        assertThat(auditActions()).contains(AuditAction.ORDER_EXPIRED);
    }

    @Test
    void the_budget_rolls_over_with_the_calendar_of_the_customers_time_zone() {
        clock.set(Instant.parse("2026-03-31T21:30:00Z"));
        kit.submitOrder().submit(jan, cart(TestCatalog.DRILL, 2));
        assertThat(kit.submitOrder().submit(jan, cart(TestCatalog.DRILL, 1)))
                .isInstanceOf(ApprovalOutcome.AwaitingApproval.class);

        clock.set(Instant.parse("2026-03-31T22:30:00Z"));

        BudgetStatus april = kit.viewBudget().view(jan, id(jan));
        assertThat(april.period()).contains(CalendarPeriod.parse("2026-04"));
        assertThat(april.spent()).contains(Money.euro("0.00"));
        assertThat(april.reserved()).contains(Money.euro("199.00"));
        assertThat(kit.submitOrder().submit(jan, cart(TestCatalog.DRILL, 1)))
                .isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        assertThat(kit.viewBudget().view(jan, id(jan)).spent()).contains(Money.euro("199.00"));
    }

    @Test
    void setting_a_budget_counts_the_orders_already_placed_in_the_period() {
        kit.submitOrder().submit(kees, cart(TestCatalog.DRILL, 2));

        kit.setBudget().set(petra, new SetBudgetCommand(id(kees), Money.euro("1000.00"),
                BudgetPeriod.QUARTER));

        BudgetStatus budget = kit.viewBudget().view(petra, id(kees));
        assertThat(budget.period()).contains(CalendarPeriod.parse("2026-Q1"));
        assertThat(budget.spent()).contains(Money.euro("398.00"));
        assertThat(budget.remaining()).contains(Money.euro("602.00"));
        assertThatThrownBy(() -> kit.viewBudget().view(jan, id(kees))).isInstanceOf(NotPermitted.class);
    }

    @Test
    void the_budget_period_follows_the_budget_and_the_customers_time_zone() {
        Instant aprilInAmsterdam = Instant.parse("2026-03-31T22:30:00Z");

        assertThat(kit.viewBudget().view(jan, id(jan)).period()).contains(CalendarPeriod.parse("2026-03"));
        assertThat(kit.viewBudget().view(kees, id(kees)).period()).isEmpty();
        clock.set(aprilInAmsterdam);
        assertThat(kit.viewBudget().view(jan, id(jan)).period()).contains(CalendarPeriod.parse("2026-04"));

        kit.setBudget().set(petra, new SetBudgetCommand(id(jan), Money.euro("5000.00"), BudgetPeriod.YEAR));
        assertThat(kit.viewBudget().view(jan, id(jan)).period()).contains(CalendarPeriod.parse("2026"));
        kit.removeBudget().remove(petra, new RemoveBudgetCommand(id(jan)));
        assertThat(kit.viewBudget().view(jan, id(jan)).period()).isEmpty();
        assertThat(storage.orderingContexts().load(jansen, id(jan)).orElseThrow().budget().limit()).isNull();
    }

    @Test
    void a_per_order_budget_limits_each_order_on_its_own() {
        kit.setBudget().set(petra, new SetBudgetCommand(id(jan), Money.euro("250.00"),
                BudgetPeriod.PER_ORDER));

        assertThat(kit.submitOrder().submit(jan, cart(TestCatalog.DRILL, 1))).isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        assertThat(kit.submitOrder().submit(jan, cart(TestCatalog.DRILL, 1))).isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        assertThat(kit.submitOrder().submit(jan, cart(TestCatalog.DRILL, 2))).isInstanceOf(ApprovalOutcome.AwaitingApproval.class);
    }

    @Test
    void carts_are_priced_by_the_catalog_and_unknown_articles_or_missing_rights_are_refused() {
        Throwable unknown = catchThrowable(() -> kit.submitOrder().submit(jan, new SubmitOrderCommand(List.of(
                new CartLine(TestCatalog.DRILL, 1), new CartLine("BESTAAT-NIET", 1)))));
        Throwable mixed = catchThrowable(() -> kit.submitOrder().submit(jan, new SubmitOrderCommand(List.of(
                new CartLine(TestCatalog.DRILL, 1), new CartLine(TestCatalog.IMPORTED, 1)))));
        Actor viewer = addUser("Alleen kijken", Role.USER, Right.SEE_PRICES);

        assertThat(unknown).isInstanceOfSatisfying(InvalidCommand.class,
                invalid -> assertThat(invalid.fields()).containsExactly("lines[1].articleNumber"));
        assertThat(mixed).isInstanceOfSatisfying(InvalidCommand.class,
                invalid -> assertThat(invalid.fields()).containsExactly("lines"));
        assertThatThrownBy(() -> kit.submitOrder().submit(viewer, cart(TestCatalog.SCREWS, 1)))
                .isInstanceOf(NotPermitted.class);
        assertThat(kit.viewBudget().view(jan, id(jan)).spent()).contains(Money.euro("0.00"));
        assertThat(recorder.placedOrders()).isEmpty();
    }

    @Test
    void changed_rights_rules_and_settings_apply_to_the_very_next_submission() {
        assertThat(kit.submitOrder().submit(jan, cart(TestCatalog.SCREWS, 1)))
                .isInstanceOf(ApprovalOutcome.PlacedDirectly.class);

        kit.configureApprovalRules().configure(petra, new ConfigureApprovalRulesCommand(Money.euro("10.00"),
                null, Duration.ofHours(24), Duration.ofHours(48), Duration.ofDays(7)));
        ApprovalOutcome afterRules = kit.submitOrder().submit(jan, cart(TestCatalog.SCREWS, 1));
        kit.configureApprovalRules().configure(petra, new ConfigureApprovalRulesCommand(null, null,
                Duration.ofHours(24), Duration.ofHours(48), Duration.ofDays(7)));
        kit.changeApprovalRequirement().change(petra, new ChangeApprovalRequirementCommand(id(jan), true));
        ApprovalOutcome afterFlag = kit.submitOrder().submit(jan, cart(TestCatalog.SCREWS, 1));
        kit.changeRights().change(petra, new org.accountkit.user.ChangeRightsCommand(id(jan), Set.of(Right.SEE_PRICES)));
        Throwable afterRights = catchThrowable(() -> kit.submitOrder().submit(jan, cart(TestCatalog.SCREWS, 1)));
        kit.removeUser().remove(petra, new org.accountkit.user.RemoveUserCommand(id(kees)));
        Throwable afterRemoval = catchThrowable(() -> kit.submitOrder().submit(kees, cart(TestCatalog.SCREWS, 1)));

        assertThat(((ApprovalOutcome.AwaitingApproval) afterRules).reasons())
                .containsExactly(ApprovalReason.ORDER_TOTAL_THRESHOLD);
        assertThat(((ApprovalOutcome.AwaitingApproval) afterFlag).reasons())
                .containsExactly(ApprovalReason.EVERY_ORDER_NEEDS_APPROVAL);
        assertThat(afterRights).isInstanceOf(NotPermitted.class);
        assertThat(afterRemoval).isInstanceOf(NotPermitted.class);
    }

    @Test
    void a_right_taken_away_stops_the_very_next_order_that_would_be_placed_at_once() {
        assertThat(kit.submitOrder().submit(jan, cart(TestCatalog.SCREWS, 1)))
                .isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        kit.changeUsername().change(jan, new org.accountkit.profile.ChangeUsernameCommand("Jan Monteur"));
        assertThat(kit.submitOrder().submit(jan, cart(TestCatalog.SCREWS, 1)))
                .isInstanceOf(ApprovalOutcome.PlacedDirectly.class);

        kit.changeRights().change(petra, new org.accountkit.user.ChangeRightsCommand(id(jan), Set.of(Right.SEE_PRICES)));

        assertThatThrownBy(() -> kit.submitOrder().submit(jan, cart(TestCatalog.SCREWS, 1)))
                .isInstanceOf(NotPermitted.class);
        assertThat(kit.viewBudget().view(petra, id(jan)).spent()).contains(Money.euro("25.00"));
    }

    @Test
    void two_approvers_deciding_at_the_same_moment_take_one_decision() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                OrderRequestId waiting = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();
                CountDownLatch start = new CountDownLatch(1);
                Future<Object> approval = threads.submit(Race.attempt(start,
                        () -> kit.approveOrder().approve(kees, new ApproveOrderCommand(waiting))));
                Future<Object> rejection = threads.submit(Race.attempt(start,
                        () -> kit.rejectOrder().reject(petra, new RejectOrderCommand(waiting, "Te duur"))));
                start.countDown();
                List<Object> outcomes = List.of(approval.get(30, TimeUnit.SECONDS), rejection.get(30, TimeUnit.SECONDS));

                assertThat(outcomes).filteredOn(outcome -> outcome instanceof DecisionAlreadyTaken).hasSize(1);
                OrderRequestView decided = kit.viewOrderRequest().view(jan, waiting);
                assertThat(decided.decisions()).hasSize(1);
                assertThat(decided.status()).isIn(OrderStatus.APPROVED, OrderStatus.REJECTED);
            }
            BudgetStatus budget = kit.viewBudget().view(jan, id(jan));
            long approved = Pages.all(page -> kit.listMyOrderRequests().list(jan,
                    new OrderRequestQuery(Set.of(OrderStatus.APPROVED), page))).size();
            assertThat(budget.spent()).contains(Money.euro("1450.00").times(BigDecimal.valueOf(approved)));
            assertThat(budget.reserved()).contains(Money.euro("0.00"));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void orders_submitted_at_the_same_moment_never_both_pass_a_budget_that_fits_one() throws Exception {
        int threads = 4;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<ApprovalOutcome>>> results = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<ApprovalOutcome> outcomes = new ArrayList<>();
                    for (int order = 0; order < perThread; order++) {
                        outcomes.add(kit.submitOrder().submit(jan, cart(TestCatalog.SCREWS, 3)));
                    }
                    return outcomes;
                }));
            }
            start.countDown();
            List<ApprovalOutcome> outcomes = new ArrayList<>();
            for (Future<List<ApprovalOutcome>> result : results) {
                outcomes.addAll(result.get(60, TimeUnit.SECONDS));
            }

            long placed = outcomes.stream().filter(ApprovalOutcome.PlacedDirectly.class::isInstance).count();
            long waiting = outcomes.size() - placed;
            BudgetStatus budget = kit.viewBudget().view(jan, id(jan));
            assertThat(placed).as("EUR 37.50 orders within EUR 500").isEqualTo(13);
            assertThat(budget.spent()).contains(Money.euro("487.50"));
            assertThat(budget.reserved()).contains(Money.euro("37.50").times(BigDecimal.valueOf(waiting)));
            assertThat(budget.remaining()).contains(Money.euro("0.00"));
        } finally {
            pool.shutdownNow();
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    protected Actor addUser(String name, Role role, Right... rights) {
        Set<Right> granted = EnumSet.noneOf(Right.class);
        granted.addAll(List.of(rights));
        return Actor.user(jansen, kit.addUser().add(petra, new AddUserCommand(Fixtures.email("collega").value(), name,
                role, granted, Fixtures.PASSWORD)));
    }

    protected static SubmitOrderCommand cart(String article, int quantity) {
        return new SubmitOrderCommand(List.of(new CartLine(article, quantity)), "Project Zonnepark");
    }

    protected static UserId id(Actor actor) {
        return ((Actor.UserActor) actor).user();
    }

    private List<Notice> noticesAbout(OrderRequestId order) {
        return recorder.notices().stream().filter(notice -> notice.order().equals(order)).toList();
    }

    private List<AuditAction> auditActions() {
        return kit.listAuditTrail().list(petra, AuditTrailQuery.own(PageRequest.first(100))).items()
                .stream().map(AuditRecord::action).toList();
    }
}
