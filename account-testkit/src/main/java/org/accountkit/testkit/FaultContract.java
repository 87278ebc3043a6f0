package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.accountkit.AccountException;
import org.accountkit.AccountKit;
import org.accountkit.OutcomeUnknown;
import org.accountkit.StoppedPartway;
import org.accountkit.StorageFailure;
import org.accountkit.address.AddAddress;
import org.accountkit.address.AddAddressCommand;
import org.accountkit.address.AddressId;
import org.accountkit.address.ChangeAddress;
import org.accountkit.address.ChangeAddressCommand;
import org.accountkit.address.DeleteAddress;
import org.accountkit.address.DeleteAddressCommand;
import org.accountkit.address.ListAddresses;
import org.accountkit.address.SetPrimaryAddress;
import org.accountkit.address.SetPrimaryAddressCommand;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.ApproveOrder;
import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.ConfigureApprovalRules;
import org.accountkit.approval.ConfigureApprovalRulesCommand;
import org.accountkit.approval.DeadlineReport;
import org.accountkit.approval.DeadlineStage;
import org.accountkit.approval.EndSubstitution;
import org.accountkit.approval.ExplainOrder;
import org.accountkit.approval.ListMyOrderRequests;
import org.accountkit.approval.ListOrderRequests;
import org.accountkit.approval.NameSubstitute;
import org.accountkit.approval.NameSubstituteCommand;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderRequestQuery;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.ProcessApprovalDeadlines;
import org.accountkit.approval.RejectOrder;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.SubmitOrder;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.approval.ViewOrderRequest;
import org.accountkit.approval.WithdrawOrder;
import org.accountkit.approval.WithdrawOrderCommand;
import org.accountkit.audit.AuditTrailQuery;
import org.accountkit.audit.ListAuditTrail;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.ChangeApprovalRequirement;
import org.accountkit.budget.ChangeApprovalRequirementCommand;
import org.accountkit.budget.RemoveBudget;
import org.accountkit.budget.RemoveBudgetCommand;
import org.accountkit.budget.SetBudget;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.budget.ViewBudget;
import org.accountkit.customer.ChangeInvoiceAddress;
import org.accountkit.customer.ChangeInvoiceAddressCommand;
import org.accountkit.customer.RegisterCustomerAccount;
import org.accountkit.lists.AddListLine;
import org.accountkit.lists.ArticleListId;
import org.accountkit.lists.ChangeArticleList;
import org.accountkit.lists.ChangeArticleListCommand;
import org.accountkit.lists.ChangeListLine;
import org.accountkit.lists.CreateArticleList;
import org.accountkit.lists.CreateArticleListCommand;
import org.accountkit.lists.DeleteArticleList;
import org.accountkit.lists.ListArticleLists;
import org.accountkit.lists.ListLineCommand;
import org.accountkit.lists.RemoveListLine;
import org.accountkit.lists.RemoveListLineCommand;
import org.accountkit.lists.TurnListIntoCart;
import org.accountkit.lists.ViewArticleList;
import org.accountkit.ordering.CartLine;
import org.accountkit.orders.CancelOrderLines;
import org.accountkit.orders.CancelOrderLinesCommand;
import org.accountkit.orders.ChannelOrderLine;
import org.accountkit.orders.ConfirmOrder;
import org.accountkit.orders.ConfirmOrderCommand;
import org.accountkit.orders.CountOrders;
import org.accountkit.orders.ExpectedDelivery;
import org.accountkit.orders.InvoiceLine;
import org.accountkit.orders.InvoiceQuery;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.ListInvoices;
import org.accountkit.orders.ListOpenOrderLines;
import org.accountkit.orders.ListOrders;
import org.accountkit.orders.ListShipments;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.OrderFilter;
import org.accountkit.orders.OrderQuery;
import org.accountkit.orders.RecordChannelOrder;
import org.accountkit.orders.RecordChannelOrderCommand;
import org.accountkit.orders.RecordCreditNote;
import org.accountkit.orders.RecordCreditNoteCommand;
import org.accountkit.orders.RecordDelivery;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.orders.RecordInvoice;
import org.accountkit.orders.RecordInvoiceCommand;
import org.accountkit.orders.RecordPayment;
import org.accountkit.orders.RecordPaymentCommand;
import org.accountkit.orders.RecordShipment;
import org.accountkit.orders.RecordShipmentCommand;
import org.accountkit.orders.VatTotal;
import org.accountkit.orders.ViewInvoiceBalance;
import org.accountkit.orders.ViewOrder;
import org.accountkit.outbox.DeliverOutbox;
import org.accountkit.outbox.DeliveryReport;
import org.accountkit.outbox.ListParkedEffects;
import org.accountkit.outbox.ListParkedNotices;
import org.accountkit.pricing.PricedLine;
import org.accountkit.pricing.ShowPrices;
import org.accountkit.pricing.ShownPrices;
import org.accountkit.pricing.VatDisplay;
import org.accountkit.profile.ChangeEmailSettings;
import org.accountkit.profile.ChangeEmailSettingsCommand;
import org.accountkit.profile.ChangePassword;
import org.accountkit.profile.ChangePasswordCommand;
import org.accountkit.profile.ChangePriceDisplay;
import org.accountkit.profile.ChangePriceDisplayCommand;
import org.accountkit.profile.ChangeUsername;
import org.accountkit.profile.ChangeUsernameCommand;
import org.accountkit.profile.ViewProfile;
import org.accountkit.quote.AnswerQuote;
import org.accountkit.quote.AnswerQuoteCommand;
import org.accountkit.quote.DeclineQuote;
import org.accountkit.quote.DeclineQuoteCommand;
import org.accountkit.quote.ListMyQuotes;
import org.accountkit.quote.ListQuoteRequests;
import org.accountkit.quote.OrderQuote;
import org.accountkit.quote.OrderQuoteCommand;
import org.accountkit.quote.RequestQuote;
import org.accountkit.quote.RequestQuoteCommand;
import org.accountkit.quote.ViewQuote;
import org.accountkit.quote.WithdrawQuote;
import org.accountkit.service.CancelNightDelivery;
import org.accountkit.service.ChangeNightDelivery;
import org.accountkit.service.DecideServiceCase;
import org.accountkit.service.DecideServiceCaseCommand;
import org.accountkit.service.DeliveryProblemKind;
import org.accountkit.service.FulfilServiceRequest;
import org.accountkit.service.FulfilServiceRequestCommand;
import org.accountkit.service.ListServiceCases;
import org.accountkit.service.NightDeliveryCommand;
import org.accountkit.service.RegisterDeliveryProblem;
import org.accountkit.service.RegisterDeliveryProblemCommand;
import org.accountkit.service.RegisterRepair;
import org.accountkit.service.RegisterRepairCommand;
import org.accountkit.service.RegisterReturn;
import org.accountkit.service.RegisterReturnCommand;
import org.accountkit.service.RegisterWarrantyClaim;
import org.accountkit.service.RegisterWarrantyClaimCommand;
import org.accountkit.service.RequestNightDeliveryService;
import org.accountkit.service.ReturnReason;
import org.accountkit.service.ServiceCaseQuery;
import org.accountkit.service.ServiceCaseStatus;
import org.accountkit.service.ServiceRequestCommand;
import org.accountkit.service.ServiceRequestKind;
import org.accountkit.service.StartNightDelivery;
import org.accountkit.service.ViewAvailableServices;
import org.accountkit.service.ViewNightDelivery;
import org.accountkit.service.ViewServiceCase;
import org.accountkit.service.WithdrawServiceCase;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Language;
import org.accountkit.shared.Messages;
import org.accountkit.shared.Money;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.spi.OrderRequestSnapshot;
import org.accountkit.spi.SalesOrderFilter;
import org.accountkit.user.AddUser;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Authenticate;
import org.accountkit.user.AuthenticateCommand;
import org.accountkit.user.AuthenticationFailed;
import org.accountkit.user.ChangeRights;
import org.accountkit.user.ChangeRightsCommand;
import org.accountkit.user.ChangeRole;
import org.accountkit.user.ChangeRoleCommand;
import org.accountkit.user.ListUsers;
import org.accountkit.user.RemoveUser;
import org.accountkit.user.RemoveUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every use case of every capability under storage faults, as a host's operations team would see them: each
 * statement position fails, each statement's answer is lost, the commit fails, the commit goes through and its answer
 * is lost. Afterwards the customer number's stored state is exactly as before the call or exactly as after one
 * successful call, never in between; the exception is an {@link AccountException}; it says the outcome is unknown
 * ({@link OutcomeUnknown}) whenever anything was stored, and otherwise nothing was. Retrying then (the same call, with
 * the same idempotency key or ERP document number where the use case has one) leaves the store as after one call,
 * and every notice, hand-off and event of the call is delivered exactly once through the outbox.
 *
 * <p>"Stored state" is everything the storage holds for the customer number (account, users, addresses, budgets
 * and ledgers, order requests, the ERP's orders, deliveries, shipments and invoices, quotes, article lists, night
 * delivery, service cases, the audit trail), compared with ids, e-mail addresses, password hashes and dates left out,
 * so that a run on a new customer number can be compared with the reference run on another.
 *
 * <p>A store's test class connects its fault hook to the {@link FaultPlan} it is given; see the in-memory and JDBC
 * test classes.
 */
public abstract class FaultContract {

    /** A reminder is due a day after an order started waiting; the clock moves past it. */
    private static final Duration PAST_REMINDER = Duration.ofHours(25);
    /** Longer than any outbox lease, so that entries a broken dispatcher claimed can be claimed again. */
    private static final Duration PAST_LEASE = Duration.ofHours(1);
    private static final LocalDate NEXT_WEEK = LocalDate.of(2026, 3, 9);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final Pattern UUIDS = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern MAILS = Pattern.compile("[a-z]+-[0-9a-f]{8}@installateur\\.example");
    private static final Pattern HASHES = Pattern.compile("\\$argon2id\\$[^\\s,\\])]*");
    private static final Pattern MOMENTS = Pattern.compile(
            "\\d{4}-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z)?)?");

    private final FaultPlan plan = new FaultPlan();
    private final MutableClock clock = new MutableClock(Fixtures.NOW);
    private final Recorder recorder = new Recorder();
    private final Actor anja = Actor.customerService("Anja van de klantenservice");
    private final Actor erp = Actor.customerService("ERP-koppeling");
    private AccountStorage storage;
    private AccountKit kit;
    /** How many months ahead the last run of the deadline processing started; each run starts later. */
    private int deadlineMonths;

    /**
     * A storage to test whose fault hook asks {@code faults} at every statement (or repository call) and commit.
     * Use a store of its own: the deadline and outbox use cases act on every customer number it holds.
     */
    protected abstract AccountStorage newStorage(FaultPlan faults);

    @BeforeEach
    void startWithAStoreThatCanFail() {
        storage = newStorage(plan);
        kit = Fixtures.builder(storage, clock).notifications(recorder).orderHandOff(recorder).domainEvents(recorder)
                .outboxExecutor(task -> {
                    // the contract delivers by DeliverOutbox, so that every delivery is counted
                })
                .build();
    }

    /** Installer Jansen: Petra administers, Jan orders on EUR 100 a month, Kees approves. */
    private record Shop(CustomerNumber number, Actor.UserActor petra, Actor.UserActor jan, Actor.UserActor kees) {
    }

    /** A use case's call, prepared for one shop. */
    @FunctionalInterface
    private interface Call {
        void run();
    }

    /**
     * One use case under faults.
     *
     * @param port       the use case
     * @param name       what the call does
     * @param repeatable whether the same call may simply be made again after it was stored (an idempotency key, an
     *                   ERP document number, a read, the scheduler's use cases)
     * @param prepare    brings a new shop to where the call can be made, and gives the call
     */
    private record UseCase(Class<?> port, String name, boolean repeatable, Function<Shop, Call> prepare) {
    }

    private static UseCase once(Class<?> port, String name, Function<Shop, Call> prepare) {
        return new UseCase(port, name, false, prepare);
    }

    private static UseCase repeatable(Class<?> port, String name, Function<Shop, Call> prepare) {
        return new UseCase(port, name, true, prepare);
    }

    @Test
    void every_use_case_of_the_kit_is_broken_here() {
        Set<Class<?>> offered = Arrays.stream(AccountKit.class.getMethods())
                .map(Method::getReturnType).filter(type -> type.isAnnotationPresent(PrimaryPort.class))
                .collect(Collectors.toSet());

        assertThat(offered).as("the use cases AccountKit offers").hasSizeGreaterThan(80);
        assertThat(useCases()).extracting(UseCase::port).containsAll(offered);
    }

    @TestFactory
    Stream<DynamicTest> every_use_case_stores_all_or_nothing_and_tells_the_truth_under_every_fault() {
        return useCases().stream().map(useCase -> DynamicTest.dynamicTest(useCase.name(), () -> check(useCase)));
    }

    @Test
    void a_deadline_run_that_fails_at_its_second_order_says_the_first_one_stays_reminded() {
        UseCase twoDue = useCases().stream().filter(useCase -> useCase.name().endsWith("two reminders due"))
                .findFirst().orElseThrow();
        for (int position = 1; position < 200; position++) {
            Shop shop = shop(twoDue, false);
            Call call = twoDue.prepare().apply(shop);
            Throwable thrown = broken(call, FaultPlan.Fault.STATEMENT_FAILS, position);
            assertThat(plan.fired()).as("the run never stopped after its first order").isTrue();
            if (thrown instanceof StoppedPartway partway) {
                assertThat(partway.done()).isEqualTo(new DeadlineReport(1, 0, 0));
                assertThat(partway.getCause()).isInstanceOf(StorageFailure.class);
                assertThat(StoredState.of(storage, shop.number()).orders()).extracting(
                        OrderRequestSnapshot::deadlineStage).containsExactlyInAnyOrder(DeadlineStage.REMINDED,
                                DeadlineStage.NOTIFIED);
                assertThat(partway.message(Messages.dutch())).contains("blijft gedaan");
                return;
            }
        }
    }

    private List<UseCase> useCases() {
        return List.of(
                // customer numbers, users and rights
                once(RegisterCustomerAccount.class, "register a customer number", shop -> () -> kit.registerCustomerAccount().register(anja,
                        Fixtures.registration(shop.number(), Fixtures.email("petra")))),
                once(ChangeInvoiceAddress.class, "change the invoice address", shop -> () -> kit.changeInvoiceAddress().change(anja,
                        new ChangeInvoiceAddressCommand(shop.number(), Fixtures.addressFields("Jansen Zuid")))),
                once(AddUser.class, "add a user", shop -> () -> kit.addUser().add(shop.petra(), new AddUserCommand(
                        Fixtures.email("els").value(), "Els", Role.USER, Set.of(Right.SEE_PRICES),
                        Fixtures.PASSWORD))),
                once(RemoveUser.class, "remove a user with a budget", shop -> () -> kit.removeUser().remove(shop.petra(),
                        new RemoveUserCommand(shop.jan().user()))),
                once(ChangeRights.class, "change rights", shop -> () -> kit.changeRights().change(shop.petra(), new ChangeRightsCommand(
                        shop.jan().user(), Set.of(Right.PLACE_ORDERS, Right.SEE_INVOICES)))),
                once(ChangeRole.class, "change a role", shop -> () -> kit.changeRole().change(shop.petra(), new ChangeRoleCommand(
                        shop.kees().user(), Role.ADMINISTRATOR))),
                repeatable(Authenticate.class, "log in", shop -> {
                    String email = kit.viewProfile().view(shop.jan()).email().value();
                    return () -> kit.authenticate().authenticate(new AuthenticateCommand(email, Fixtures.PASSWORD));
                }),
                once(Authenticate.class, "log in with a wrong password", shop -> {
                    String email = kit.viewProfile().view(shop.jan()).email().value();
                    return () -> {
                        try {
                            kit.authenticate().authenticate(new AuthenticateCommand(email, "Verkeerd-wachtwoord-1"));
                        } catch (AuthenticationFailed expected) {
                            // the answer a wrong password gets; the failure is counted for the backoff
                        }
                    };
                }),
                repeatable(ListUsers.class, "list users", shop -> () -> kit.listUsers().list(shop.petra(), PageRequest.first(10))),
                // addresses and profile
                once(AddAddress.class, "add an address", shop -> () -> kit.addAddress().add(shop.petra(), new AddAddressCommand(
                        "Werkplaats", Fixtures.addressFields("Werkplaats"), true))),
                once(ChangeAddress.class, "change an address", shop -> {
                    AddressId workshop = workshop(shop);
                    return () -> kit.changeAddress().change(shop.petra(), new ChangeAddressCommand(workshop,
                            "Magazijn", Fixtures.addressFields("Magazijn")));
                }),
                once(DeleteAddress.class, "delete an address", shop -> {
                    AddressId workshop = workshop(shop);
                    return () -> kit.deleteAddress().delete(shop.petra(), new DeleteAddressCommand(workshop));
                }),
                once(SetPrimaryAddress.class, "choose the primary address", shop -> {
                    AddressId workshop = workshop(shop);
                    return () -> kit.setPrimaryAddress().makePrimary(shop.petra(),
                            new SetPrimaryAddressCommand(workshop));
                }),
                repeatable(ListAddresses.class, "list addresses", shop -> () -> kit.listAddresses().list(shop.petra())),
                once(ChangeUsername.class, "change the username", shop -> () -> kit.changeUsername().change(shop.jan(),
                        new ChangeUsernameCommand("Jan de Monteur"))),
                once(ChangePassword.class, "change the password", shop -> () -> kit.changePassword().change(shop.jan(),
                        new ChangePasswordCommand(Fixtures.PASSWORD, "Bouwplaats-2027?"))),
                once(ChangeEmailSettings.class, "change e-mail settings", shop -> {
                    String office = Fixtures.email("kantoor").value();
                    return () -> kit.changeEmailSettings().change(shop.jan(), new ChangeEmailSettingsCommand(office,
                            office, office, true, Language.ENGLISH));
                }),
                once(ChangePriceDisplay.class, "change the price display", shop -> () -> kit.changePriceDisplay().change(shop.jan(),
                        new ChangePriceDisplayCommand(VatDisplay.INCLUDING_VAT, ShownPrices.NET))),
                repeatable(ViewProfile.class, "view the profile", shop -> () -> kit.viewProfile().view(shop.jan())),
                repeatable(ListAuditTrail.class, "list the audit trail", shop -> () -> kit.listAuditTrail().list(shop.petra(),
                        AuditTrailQuery.own(PageRequest.first(10)))),
                repeatable(ShowPrices.class, "show prices", shop -> () -> kit.showPrices().show(shop.petra(),
                        List.of(PricedLine.of(new TestCatalog().find(shop.number(), TestCatalog.DRILL).orElseThrow(), 2)))),
                // budgets
                once(SetBudget.class, "set a budget", shop -> () -> kit.setBudget().set(shop.petra(), new SetBudgetCommand(
                        shop.kees().user(), Money.euro("250.00"), BudgetPeriod.QUARTER))),
                once(RemoveBudget.class, "remove a budget", shop -> () -> kit.removeBudget().remove(shop.petra(),
                        new RemoveBudgetCommand(shop.jan().user()))),
                once(ChangeApprovalRequirement.class, "mark every order for approval", shop -> () -> kit.changeApprovalRequirement().change(
                        shop.petra(), new ChangeApprovalRequirementCommand(shop.jan().user(), true))),
                repeatable(ViewBudget.class, "view a budget", shop -> () -> kit.viewBudget().view(shop.jan(), shop.jan().user())),
                // submitting and approving
                once(SubmitOrder.class, "submit an order placed at once", shop -> () -> kit.submitOrder().submit(shop.jan(),
                        screws(2))),
                repeatable(SubmitOrder.class, "submit an order placed at once, with a key", shop -> () -> kit.submitOrder().submit(
                        shop.jan(), screws(2).withIdempotencyKey("cart-1"))),
                once(SubmitOrder.class, "submit an order that waits", shop -> () -> kit.submitOrder().submit(shop.jan(), pressTool())),
                repeatable(SubmitOrder.class, "submit an order that waits, with a key", shop -> () -> kit.submitOrder().submit(
                        shop.jan(), pressTool().withIdempotencyKey("cart-2"))),
                repeatable(ExplainOrder.class, "explain an order", shop -> () -> kit.explainOrder().explain(shop.jan(), pressTool())),
                once(ApproveOrder.class, "approve an order", shop -> {
                    OrderRequestId waiting = waiting(shop);
                    return () -> kit.approveOrder().approve(shop.kees(), new ApproveOrderCommand(waiting));
                }),
                once(ApproveOrder.class, "give the first of two approvals", shop -> {
                    kit.configureApprovalRules().configure(shop.petra(), new ConfigureApprovalRulesCommand(null,
                            Money.euro("1000.00"), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(7)));
                    OrderRequestId waiting = waiting(shop);
                    return () -> kit.approveOrder().approve(shop.kees(), new ApproveOrderCommand(waiting));
                }),
                once(RejectOrder.class, "reject an order", shop -> {
                    OrderRequestId waiting = waiting(shop);
                    return () -> kit.rejectOrder().reject(shop.kees(), new RejectOrderCommand(waiting, "Te duur"));
                }),
                once(WithdrawOrder.class, "withdraw an order", shop -> {
                    OrderRequestId waiting = waiting(shop);
                    return () -> kit.withdrawOrder().withdraw(shop.jan(), new WithdrawOrderCommand(waiting));
                }),
                repeatable(ViewOrderRequest.class, "view an order request", shop -> {
                    OrderRequestId waiting = waiting(shop);
                    return () -> kit.viewOrderRequest().view(shop.jan(), waiting);
                }),
                repeatable(ListOrderRequests.class, "list order requests", shop -> {
                    waiting(shop);
                    return () -> kit.listOrderRequests().list(shop.kees(), OrderRequestQuery.firstPage(
                            OrderStatus.AWAITING_APPROVAL, 10));
                }),
                once(ConfigureApprovalRules.class, "configure approval rules", shop -> () -> kit.configureApprovalRules().configure(shop.petra(),
                        new ConfigureApprovalRulesCommand(Money.euro("50.00"), Money.euro("1000.00"),
                                Duration.ofDays(2), Duration.ofDays(3), Duration.ofDays(10)))),
                once(NameSubstitute.class, "name a substitute", shop -> () -> kit.nameSubstitute().name(shop.kees(),
                        new NameSubstituteCommand(shop.petra().user(), Fixtures.NOW, Fixtures.NOW.plus(
                                Duration.ofDays(14))))),
                once(EndSubstitution.class, "end a substitution", shop -> {
                    kit.nameSubstitute().name(shop.kees(), new NameSubstituteCommand(shop.petra().user(),
                            Fixtures.NOW, Fixtures.NOW.plus(Duration.ofDays(14))));
                    return () -> {
                        kit.endSubstitution().end(shop.kees());
                    };
                }),
                repeatable(ProcessApprovalDeadlines.class, "process approval deadlines with a reminder due", shop -> {
                    waiting(shop);
                    deliverAll();
                    clock.advance(PAST_REMINDER);
                    return () -> {
                        DeadlineReport report = kit.processApprovalDeadlines().process(100);
                        assertThat(report.escalated() + report.expired()).as("only this shop's order is due")
                                .isZero();
                    };
                }),
                // the ERP feed and what the customer sees of it
                repeatable(ProcessApprovalDeadlines.class, "process approval deadlines with two reminders due",
                        shop -> {
                            waiting(shop);
                            waiting(shop);
                            deliverAll();
                            clock.advance(PAST_REMINDER);
                            return () -> assertThat(kit.processApprovalDeadlines().process(100).reminded())
                                    .as("only this shop's orders are due").isLessThanOrEqualTo(2);
                        }),
                repeatable(ConfirmOrder.class, "confirm an order", shop -> {
                    OrderRequestId placed = placed(shop);
                    return () -> kit.confirmOrder().confirm(erp, new ConfirmOrderCommand(shop.number().value(),
                            "ORD-1", placed, List.of(new ExpectedDelivery(1, NEXT_WEEK))));
                }),
                repeatable(RecordChannelOrder.class, "record an order of another channel", shop -> () -> counterOrder(shop)),
                repeatable(RecordDelivery.class, "record a delivery", shop -> {
                    counterOrder(shop);
                    return () -> deliver(shop);
                }),
                repeatable(CancelOrderLines.class, "cancel order lines booked on a budget", shop -> {
                    confirmed(shop);
                    return () -> kit.cancelOrderLines().cancel(erp, new CancelOrderLinesCommand(
                            shop.number().value(), "ANN-1", "ORD-1", List.of(new LineQuantity(1, 1))));
                }),
                repeatable(RecordShipment.class, "record a shipment", shop -> {
                    counterOrder(shop);
                    return () -> ship(shop);
                }),
                repeatable(RecordInvoice.class, "record an invoice", shop -> () -> invoice(shop)),
                repeatable(RecordPayment.class, "record a payment", shop -> {
                    invoice(shop);
                    return () -> kit.recordPayment().record(erp, new RecordPaymentCommand(shop.number().value(),
                            "BET-1", "F-1", Money.euro("50.00"), TODAY));
                }),
                repeatable(RecordCreditNote.class, "record a credit note", shop -> {
                    invoice(shop);
                    return () -> kit.recordCreditNote().record(erp, new RecordCreditNoteCommand(
                            shop.number().value(), "CN-1", "F-1", Money.euro("12.10"), TODAY));
                }),
                repeatable(ListOrders.class, "list orders", shop -> {
                    confirmed(shop);
                    return () -> kit.listOrders().list(shop.petra(), OrderQuery.firstPage(10));
                }),
                repeatable(CountOrders.class, "count orders", shop -> {
                    confirmed(shop);
                    return () -> kit.countOrders().count(shop.petra(), OrderFilter.all());
                }),
                repeatable(ViewOrder.class, "view an order", shop -> {
                    confirmed(shop);
                    return () -> kit.viewOrder().view(shop.jan(), "ORD-1");
                }),
                repeatable(ListOpenOrderLines.class, "list open order lines", shop -> {
                    confirmed(shop);
                    return () -> kit.listOpenOrderLines().list(shop.jan(), PageRequest.first(10));
                }),
                repeatable(ListShipments.class, "list shipments", shop -> {
                    counterOrder(shop);
                    ship(shop);
                    return () -> kit.listShipments().list(shop.petra(), PageRequest.first(10));
                }),
                repeatable(ListInvoices.class, "list invoices", shop -> {
                    invoice(shop);
                    return () -> kit.listInvoices().list(shop.petra(), InvoiceQuery.open(10));
                }),
                repeatable(ViewInvoiceBalance.class, "view the invoice balance", shop -> {
                    invoice(shop);
                    return () -> kit.viewInvoiceBalance().balance(shop.petra());
                }),
                // night delivery and service cases
                once(StartNightDelivery.class, "start night delivery", shop -> {
                    AddressId workshop = workshop(shop);
                    return () -> nightDelivery(shop, workshop);
                }),
                once(ChangeNightDelivery.class, "change night delivery", shop -> {
                    AddressId workshop = workshop(shop);
                    nightDelivery(shop, workshop);
                    return () -> {
                        kit.changeNightDelivery().change(shop.petra(), new NightDeliveryCommand(workshop,
                                "Achterdeur, code 1234"));
                    };
                }),
                once(CancelNightDelivery.class, "cancel night delivery", shop -> {
                    nightDelivery(shop, workshop(shop));
                    return () -> {
                        kit.cancelNightDelivery().cancel(shop.petra());
                    };
                }),
                once(RequestNightDeliveryService.class, "ask for return stickers", shop -> {
                    nightDelivery(shop, workshop(shop));
                    return () -> kit.requestNightDeliveryService().request(shop.petra(), new ServiceRequestCommand(
                            ServiceRequestKind.RETURN_STICKERS, 10));
                }),
                once(FulfilServiceRequest.class, "fulfil a service request", shop -> {
                    nightDelivery(shop, workshop(shop));
                    UUID stickers = kit.requestNightDeliveryService().request(shop.petra(), new ServiceRequestCommand(
                            ServiceRequestKind.RETURN_STICKERS, 10));
                    return () -> {
                        kit.fulfilServiceRequest().fulfil(anja, new FulfilServiceRequestCommand(
                                shop.number().value(), stickers));
                    };
                }),
                repeatable(ViewNightDelivery.class, "view night delivery", shop -> () -> kit.viewNightDelivery().view(shop.petra())),
                repeatable(ViewAvailableServices.class, "view available services", shop -> () -> kit.viewAvailableServices().available(
                        shop.petra())),
                once(RegisterReturn.class, "register a return", shop -> {
                    counterOrder(shop);
                    deliver(shop);
                    return () -> kit.registerReturn().register(shop.petra(), cableBack());
                }),
                repeatable(RegisterReturn.class, "register a return, with a key", shop -> {
                    counterOrder(shop);
                    deliver(shop);
                    return () -> kit.registerReturn().register(shop.petra(), cableBack().withIdempotencyKey("rt-1"));
                }),
                once(RegisterRepair.class, "register a repair", shop -> () -> kit.registerRepair().register(shop.jan(),
                        new RegisterRepairCommand(TestCatalog.DRILL, "SN-4711", "Start niet"))),
                once(RegisterWarrantyClaim.class, "claim warranty", shop -> {
                    counterOrder(shop);
                    deliver(shop);
                    return () -> kit.registerWarrantyClaim().register(shop.petra(), new RegisterWarrantyClaimCommand(
                            "BALIE-1", 2, "SN-0815", "Accu laadt niet op"));
                }),
                once(RegisterDeliveryProblem.class, "report a delivery problem", shop -> {
                    counterOrder(shop);
                    ship(shop);
                    return () -> kit.registerDeliveryProblem().register(shop.petra(),
                            new RegisterDeliveryProblemCommand("BALIE-1", "ZEND-1", DeliveryProblemKind.DAMAGED,
                                    "Doos was nat"));
                }),
                once(DecideServiceCase.class, "decide a service case", shop -> {
                    String repair = repair(shop);
                    return () -> {
                        kit.decideServiceCase().decide(anja, new DecideServiceCaseCommand(shop.number().value(),
                                repair, ServiceCaseStatus.RECEIVED, null, "Ontvangen in de werkplaats"));
                    };
                }),
                once(WithdrawServiceCase.class, "withdraw a service case", shop -> {
                    String repair = repair(shop);
                    return () -> {
                        kit.withdrawServiceCase().withdraw(shop.jan(), repair);
                    };
                }),
                repeatable(ListServiceCases.class, "list service cases", shop -> {
                    repair(shop);
                    return () -> kit.listServiceCases().list(shop.petra(), ServiceCaseQuery.firstPage(10));
                }),
                // quotes
                once(RequestQuote.class, "request a quote", shop -> () -> kit.requestQuote().request(shop.jan(), drillQuote())),
                once(AnswerQuote.class, "answer a quote", shop -> {
                    String quote = kit.requestQuote().request(shop.jan(), drillQuote());
                    return () -> answer(shop, quote);
                }),
                once(DeclineQuote.class, "decline a quote", shop -> {
                    String quote = kit.requestQuote().request(shop.jan(), drillQuote());
                    return () -> {
                        kit.declineQuote().decline(anja, new DeclineQuoteCommand(shop.number().value(), quote,
                                "Niet leverbaar"));
                    };
                }),
                once(WithdrawQuote.class, "withdraw a quote request", shop -> {
                    String quote = kit.requestQuote().request(shop.jan(), drillQuote());
                    return () -> {
                        kit.withdrawQuote().withdraw(shop.jan(), quote);
                    };
                }),
                repeatable(OrderQuote.class, "order a quote, with a key", shop -> {
                    String quote = kit.requestQuote().request(shop.jan(), drillQuote());
                    answer(shop, quote);
                    return () -> kit.orderQuote().order(shop.jan(), new OrderQuoteCommand(quote, "quote-1"));
                }),
                repeatable(ListMyQuotes.class, "list my quotes", shop -> {
                    kit.requestQuote().request(shop.jan(), drillQuote());
                    return () -> kit.listMyQuotes().list(shop.jan(), PageRequest.first(10));
                }),
                // article lists
                once(CreateArticleList.class, "create an article list", shop -> () -> kit.createArticleList().create(shop.jan(),
                        new CreateArticleListCommand("Bus 12", true))),
                once(ChangeArticleList.class, "rename an article list", shop -> {
                    ArticleListId list = articleList(shop);
                    return () -> {
                        kit.changeArticleList().change(shop.jan(), new ChangeArticleListCommand(list, "Bus 14",
                                false));
                    };
                }),
                once(DeleteArticleList.class, "delete an article list", shop -> {
                    ArticleListId list = articleList(shop);
                    return () -> {
                        kit.deleteArticleList().delete(shop.jan(), list);
                    };
                }),
                once(AddListLine.class, "put an article on a list", shop -> {
                    ArticleListId list = articleList(shop);
                    return () -> {
                        kit.addListLine().add(shop.jan(), new ListLineCommand(list, TestCatalog.DRILL, 1, "reserve"));
                    };
                }),
                once(ChangeListLine.class, "change a list line", shop -> {
                    ArticleListId list = articleList(shop);
                    return () -> {
                        kit.changeListLine().change(shop.jan(), new ListLineCommand(list, TestCatalog.SCREWS, 5, ""));
                    };
                }),
                once(RemoveListLine.class, "take a line off a list", shop -> {
                    ArticleListId list = articleList(shop);
                    return () -> {
                        kit.removeListLine().remove(shop.jan(), new RemoveListLineCommand(list, TestCatalog.SCREWS));
                    };
                }),
                repeatable(TurnListIntoCart.class, "turn a list into a cart", shop -> {
                    ArticleListId list = articleList(shop);
                    return () -> kit.turnListIntoCart().cart(shop.jan(), list);
                }),
                // the outbox
                repeatable(DeliverOutbox.class, "deliver the outbox", shop -> {
                    kit.submitOrder().submit(shop.jan(), screws(1));
                    waiting(shop);
                    return () -> kit.deliverOutbox().deliver(100);
                }),
                repeatable(ListParkedNotices.class, "list parked notices", shop -> () -> kit.listParkedNotices()
                        .list(anja, PageRequest.first(10))),
                repeatable(ListParkedEffects.class, "list parked hand-offs and events", shop -> () -> kit
                        .listParkedEffects().list(anja, PageRequest.first(10))),
                // the remaining views
                repeatable(ListMyOrderRequests.class, "list my order requests", shop -> {
                    waiting(shop);
                    return () -> kit.listMyOrderRequests().list(shop.jan(), OrderRequestQuery.firstPage(
                            OrderStatus.AWAITING_APPROVAL, 10));
                }),
                repeatable(ViewQuote.class, "view a quote", shop -> {
                    String quote = kit.requestQuote().request(shop.jan(), drillQuote());
                    return () -> kit.viewQuote().view(shop.jan(), quote);
                }),
                repeatable(ListQuoteRequests.class, "list quote requests", shop -> {
                    kit.requestQuote().request(shop.jan(), drillQuote());
                    return () -> kit.listQuoteRequests().waiting(anja, PageRequest.first(10));
                }),
                repeatable(ListArticleLists.class, "list article lists", shop -> {
                    articleList(shop);
                    return () -> kit.listArticleLists().list(shop.jan());
                }),
                repeatable(ViewArticleList.class, "view an article list", shop -> {
                    ArticleListId list = articleList(shop);
                    return () -> kit.viewArticleList().view(shop.jan(), list);
                }),
                repeatable(ViewServiceCase.class, "view a service case", shop -> {
                    String repair = repair(shop);
                    return () -> kit.viewServiceCase().view(shop.jan(), repair);
                }));
    }

    // --- the check ---------------------------------------------------------------------------------------------

    private void check(UseCase useCase) {
        boolean bare = useCase.name().startsWith("register a customer number");
        boolean dispatcher = useCase.name().equals("deliver the outbox");
        Shop reference = shop(useCase, bare);
        useCase.prepare().apply(reference).run();
        deliverAll();
        List<String> after = stored(reference.number());
        List<String> delivered = delivered(reference.number(), dispatcher);
        for (FaultPlan.Fault fault : FaultPlan.Fault.values()) {
            for (int position = 1; ; position++) {
                assertThat(position).as("%s: more steps than any use case takes", useCase.name()).isLessThan(200);
                String at = useCase.name() + ", " + fault + " at step " + position;
                Shop shop = shop(useCase, bare);
                Call call = useCase.prepare().apply(shop);
                List<String> before = stored(shop.number());

                Throwable thrown = broken(call, fault, position);

                if (!plan.fired()) {
                    assertThat(thrown).as("%s: the call takes fewer steps, so nothing was broken", at).isNull();
                    deliverAll();
                    break;
                }
                List<String> now = stored(shop.number());
                if (thrown == null) {
                    assertThat(now).as("%s: the call shrugged the fault off, so it must have done its work", at)
                            .containsExactlyElementsOf(after);
                } else {
                    assertThat(thrown).as(at).isInstanceOf(AccountException.class);
                    if (thrown instanceof StoppedPartway partway) {
                        // a scheduler's run: what it did stays done, the next run does the rest (checked below)
                        assertThat(useCase.repeatable()).as("%s: only a scheduler's run stops partway", at).isTrue();
                        assertThat(partway.done()).as(at).isNotNull();
                    } else if (thrown instanceof OutcomeUnknown unknown) {
                        assertThat(List.of(before, after)).as("%s: the outcome is unknown, but never half-stored: %s",
                                at, now).contains(now);
                        if (useCase.name().startsWith("submit")) {
                            assertThat(unknown.order()).as("%s: the order to look up", at).isPresent();
                            assertThat(unknown.idempotencyKey().isPresent()).as("%s: the key to retry with", at)
                                    .isEqualTo(useCase.name().endsWith("with a key"));
                        }
                    } else {
                        assertThat(now).as("%s: the caller was told nothing was stored (%s)", at, thrown)
                                .containsExactlyElementsOf(before);
                    }
                    if (now.equals(before) || useCase.repeatable()) {
                        call.run();
                    }
                }
                if (dispatcher) {
                    clock.advance(PAST_LEASE);
                }
                deliverAll();
                assertThat(stored(shop.number())).as("%s, then tried again", at).containsExactlyElementsOf(after);
                assertThat(delivered(shop.number(), dispatcher)).as("%s: delivered through the outbox", at)
                        .containsExactlyElementsOf(delivered);
            }
        }
    }

    /** Makes the call with {@code fault} armed at {@code position}: what it threw, or {@code null}. */
    private Throwable broken(Call call, FaultPlan.Fault fault, int position) {
        plan.arm(fault, position);
        try {
            call.run();
            return null;
        } catch (RuntimeException | Error failure) {
            return failure;
        } finally {
            plan.disarm();
        }
    }

    /** A new shop, set up without faults; bare: only its customer number, not yet registered. */
    private Shop shop(UseCase useCase, boolean bare) {
        if (useCase.name().startsWith("process approval deadlines")) {
            // the deadlines act on every customer number: start each run a month later, after all earlier orders
            // have expired, so that only this shop's order is due
            deadlineMonths++;
            clock.set(Fixtures.NOW.atZone(ZoneOffset.UTC).plusMonths(deadlineMonths).toInstant());
            while (processed(kit.processApprovalDeadlines().process(10_000)) > 0) {
                deliverAll();
            }
        } else {
            clock.set(Fixtures.NOW);
        }
        deliverAll();
        CustomerNumber number = Fixtures.customerNumber();
        if (bare) {
            return new Shop(number, null, null, null);
        }
        Actor.UserActor petra = Actor.user(number, kit.registerCustomerAccount().register(anja,
                Fixtures.registration(number, Fixtures.email("petra"))).administrator());
        Actor.UserActor jan = Actor.user(number, kit.addUser().add(petra, new AddUserCommand(
                Fixtures.email("jan").value(), "Jan", Role.USER, EnumSet.of(Right.PLACE_ORDERS, Right.REQUEST_QUOTES,
                        Right.REGISTER_RETURNS_AND_SERVICE, Right.SEE_PRICES), Fixtures.PASSWORD)));
        Actor.UserActor kees = Actor.user(number, kit.addUser().add(petra, new AddUserCommand(
                Fixtures.email("kees").value(), "Kees", Role.USER, EnumSet.of(Right.APPROVE_ORDERS,
                        Right.PLACE_ORDERS), Fixtures.PASSWORD)));
        kit.setBudget().set(petra, new SetBudgetCommand(jan.user(), Money.euro("100.00"), BudgetPeriod.MONTH));
        deliverAll();
        return new Shop(number, petra, jan, kees);
    }

    private static int processed(DeadlineReport report) {
        return report.reminded() + report.escalated() + report.expired();
    }

    private void deliverAll() {
        DeliveryReport report;
        do {
            report = kit.deliverOutbox().deliver(10_000);
        } while (report.delivered() > 0);
    }

    /** Everything stored for {@code number}, each item a line, with what differs between customer numbers out. */
    private List<String> stored(CustomerNumber number) {
        List<Object> items = new ArrayList<>();
        StoredState state = StoredState.of(storage, number);
        items.add(state.account());
        items.addAll(state.users());
        items.add(state.addressBook());
        items.addAll(state.budgets());
        items.addAll(state.orders());
        items.addAll(state.cases());
        items.addAll(Pages.all(page -> storage.auditTrail().list(number, page)));
        storage.salesOrders().list(number, SalesOrderFilter.all(), PageRequest.first(100)).items().forEach(order -> {
            items.add(storage.salesOrders().find(number, order.erpOrderNumber()));
            items.addAll(storage.salesOrders().deliveriesOf(number, order.erpOrderNumber()));
            items.addAll(storage.salesOrders().shipmentsOf(number, order.erpOrderNumber()));
        });
        items.addAll(Pages.all(page -> storage.invoices().list(number, false, page)));
        items.addAll(Pages.all(page -> storage.invoices().list(number, true, page)));
        for (AccountUserSnapshot user : state.users()) {
            items.addAll(Pages.all(page -> storage.quotes().openOf(number, user.id(), TODAY, page)));
            items.addAll(storage.articleLists().visibleTo(number, user.id()));
        }
        items.add(storage.nightDeliveries().find(number));
        return normalized(items.stream(), number);
    }

    /** What was delivered for {@code number}: notices, hand-offs and events; distinct when deliveries may repeat. */
    private List<String> delivered(CustomerNumber number, boolean atLeastOnce) {
        Stream<String> all = normalized(Stream.of(recorder.notices(), recorder.placedOrders(), recorder.events())
                .flatMap(List::stream).filter(item -> item.toString().contains(number.value())), number).stream();
        return (atLeastOnce ? all.distinct() : all).toList();
    }

    private static List<String> normalized(Stream<?> items, CustomerNumber number) {
        return items.map(item -> {
            String text = String.valueOf(item).replace(number.value(), "<customer number>");
            text = UUIDS.matcher(text).replaceAll("<id>");
            text = MAILS.matcher(text).replaceAll("<mail>");
            text = HASHES.matcher(text).replaceAll("<hash>");
            return MOMENTS.matcher(text).replaceAll("<date>");
        }).sorted().toList();
    }

    // --- the shop's history ------------------------------------------------------------------------------------

    private static SubmitOrderCommand screws(int boxes) {
        return new SubmitOrderCommand(List.of(new CartLine(TestCatalog.SCREWS, boxes)));
    }

    private static SubmitOrderCommand pressTool() {
        return new SubmitOrderCommand(List.of(new CartLine(TestCatalog.PRESS_TOOL, 1)));
    }

    private OrderRequestId waiting(Shop shop) {
        ApprovalOutcome outcome = kit.submitOrder().submit(shop.jan(), pressTool());
        assertThat(outcome).isInstanceOf(ApprovalOutcome.AwaitingApproval.class);
        return outcome.order();
    }

    private OrderRequestId placed(Shop shop) {
        ApprovalOutcome outcome = kit.submitOrder().submit(shop.jan(), screws(2));
        assertThat(outcome).isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        return outcome.order();
    }

    /** Jan's two boxes of screws, confirmed by the ERP as ORD-1. */
    private void confirmed(Shop shop) {
        kit.confirmOrder().confirm(erp, new ConfirmOrderCommand(shop.number().value(), "ORD-1", placed(shop),
                List.of(new ExpectedDelivery(1, NEXT_WEEK))));
    }

    /** A counter order BALIE-1: cable on line 1, drills on line 2. */
    private void counterOrder(Shop shop) {
        kit.recordChannelOrder().record(erp, new RecordChannelOrderCommand(shop.number().value(), "BALIE-1",
                OrderChannel.COUNTER, "", Fixtures.NOW, List.of(
                        new ChannelOrderLine(TestCatalog.CABLE, "Installatiekabel", 50, Money.euro("1.25"),
                                new BigDecimal("21"), NEXT_WEEK),
                        new ChannelOrderLine(TestCatalog.DRILL, "Accuboormachine", 4, Money.euro("199.00"),
                                new BigDecimal("21"), NEXT_WEEK))));
    }

    private void deliver(Shop shop) {
        kit.recordDelivery().record(erp, new RecordDeliveryCommand(shop.number().value(), "PAK-1", "BALIE-1",
                TODAY, List.of(new LineQuantity(1, 50), new LineQuantity(2, 4))));
    }

    private void ship(Shop shop) {
        kit.recordShipment().record(erp, new RecordShipmentCommand(shop.number().value(), "ZEND-1", "BALIE-1",
                "DHL", "JVGL0123456789", Fixtures.NOW, List.of(new LineQuantity(1, 50))));
    }

    private void invoice(Shop shop) {
        Money net = Money.euro("100.00");
        Money vat = Money.euro("21.00");
        kit.recordInvoice().record(erp, new RecordInvoiceCommand(shop.number().value(), "F-1", TODAY,
                TODAY.plusDays(30), List.of(new InvoiceLine("", "Levering", net, new BigDecimal("21"))),
                List.of(new VatTotal(new BigDecimal("21"), net, vat, net.plus(vat)))));
    }

    private static RegisterReturnCommand cableBack() {
        return new RegisterReturnCommand("BALIE-1", List.of(new LineQuantity(1, 20)), ReturnReason.TOO_MANY, "");
    }

    private String repair(Shop shop) {
        return kit.registerRepair().register(shop.jan(), new RegisterRepairCommand(TestCatalog.DRILL, "SN-4711",
                "Start niet"));
    }

    private AddressId workshop(Shop shop) {
        return kit.addAddress().add(shop.petra(), new AddAddressCommand("Werkplaats",
                Fixtures.addressFields("Werkplaats"), false));
    }

    private void nightDelivery(Shop shop, AddressId address) {
        kit.startNightDelivery().start(shop.petra(), new NightDeliveryCommand(address, "Sleutelkluis, code 4711"));
    }

    private static RequestQuoteCommand drillQuote() {
        return RequestQuoteCommand.forArticle(TestCatalog.DRILL, 3, "Projectprijs graag");
    }

    private void answer(Shop shop, String quote) {
        kit.answerQuote().answer(anja, new AnswerQuoteCommand(shop.number().value(), quote,
                List.of(Money.euro("30.00")), LocalDate.of(2026, 3, 16)));
    }

    private ArticleListId articleList(Shop shop) {
        ArticleListId list = kit.createArticleList().create(shop.jan(), new CreateArticleListCommand("Bus 12", true));
        kit.addListLine().add(shop.jan(), new ListLineCommand(list, TestCatalog.SCREWS, 2, ""));
        return list;
    }
}
