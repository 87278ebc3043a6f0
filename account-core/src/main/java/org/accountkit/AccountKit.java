package org.accountkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import jakarta.validation.Validator;
import org.accountkit.address.AddAddress;
import org.accountkit.address.ChangeAddress;
import org.accountkit.address.DeleteAddress;
import org.accountkit.address.ListAddresses;
import org.accountkit.address.SetPrimaryAddress;
import org.accountkit.address.internal.AddressBookKeeping;
import org.accountkit.approval.ApproveOrder;
import org.accountkit.approval.ConfigureApprovalRules;
import org.accountkit.approval.EndSubstitution;
import org.accountkit.approval.ExplainOrder;
import org.accountkit.approval.ListMyOrderRequests;
import org.accountkit.approval.ListOrderRequests;
import org.accountkit.approval.NameSubstitute;
import org.accountkit.approval.ProcessApprovalDeadlines;
import org.accountkit.approval.RejectOrder;
import org.accountkit.approval.SubmitOrder;
import org.accountkit.approval.ViewOrderRequest;
import org.accountkit.approval.WithdrawOrder;
import org.accountkit.approval.internal.ApproverSettings;
import org.accountkit.approval.internal.DeadlineKeeper;
import org.accountkit.approval.internal.OrderDecisions;
import org.accountkit.approval.internal.OrderRequestViews;
import org.accountkit.approval.internal.OrderSubmission;
import org.accountkit.approval.internal.Workbench;
import org.accountkit.audit.ListAuditTrail;
import org.accountkit.audit.internal.AuditTrailView;
import org.accountkit.budget.ChangeApprovalRequirement;
import org.accountkit.budget.RemoveBudget;
import org.accountkit.budget.SetBudget;
import org.accountkit.budget.ViewBudget;
import org.accountkit.budget.internal.BudgetAdministration;
import org.accountkit.customer.ChangeInvoiceAddress;
import org.accountkit.customer.RegisterCustomerAccount;
import org.accountkit.customer.internal.CustomerRegistration;
import org.accountkit.lists.AddListLine;
import org.accountkit.lists.ChangeArticleList;
import org.accountkit.lists.ChangeListLine;
import org.accountkit.lists.CreateArticleList;
import org.accountkit.lists.DeleteArticleList;
import org.accountkit.lists.ListArticleLists;
import org.accountkit.lists.RemoveListLine;
import org.accountkit.lists.TurnListIntoCart;
import org.accountkit.lists.ViewArticleList;
import org.accountkit.lists.internal.ListDesk;
import org.accountkit.ordering.ArticleCatalog;
import org.accountkit.ordering.OrderHandOff;
import org.accountkit.orders.CancelOrderLines;
import org.accountkit.orders.ConfirmOrder;
import org.accountkit.orders.CountOrders;
import org.accountkit.orders.ListInvoices;
import org.accountkit.orders.ListOpenOrderLines;
import org.accountkit.orders.ListOrders;
import org.accountkit.orders.ListShipments;
import org.accountkit.orders.RecordChannelOrder;
import org.accountkit.orders.RecordCreditNote;
import org.accountkit.orders.RecordDelivery;
import org.accountkit.orders.RecordInvoice;
import org.accountkit.orders.RecordPayment;
import org.accountkit.orders.RecordShipment;
import org.accountkit.orders.TrackingLinks;
import org.accountkit.orders.ViewInvoiceBalance;
import org.accountkit.orders.ViewOrder;
import org.accountkit.orders.internal.ErpFeed;
import org.accountkit.orders.internal.OrderViews;
import org.accountkit.outbox.DeliverOutbox;
import org.accountkit.outbox.ListParkedEffects;
import org.accountkit.outbox.ListParkedNotices;
import org.accountkit.outbox.Notifications;
import org.accountkit.outbox.internal.EffectQueue;
import org.accountkit.outbox.internal.NoticeQueue;
import org.accountkit.outbox.internal.OutboxDispatcher;
import org.accountkit.outbox.internal.Retries;
import org.accountkit.pricing.ShowPrices;
import org.accountkit.pricing.internal.PriceDesk;
import org.accountkit.profile.ChangeEmailSettings;
import org.accountkit.profile.ChangePassword;
import org.accountkit.profile.ChangePriceDisplay;
import org.accountkit.profile.ChangeUsername;
import org.accountkit.profile.ViewProfile;
import org.accountkit.profile.internal.ProfileSettings;
import org.accountkit.quote.AnswerQuote;
import org.accountkit.quote.DeclineQuote;
import org.accountkit.quote.ListMyQuotes;
import org.accountkit.quote.ListQuoteRequests;
import org.accountkit.quote.OrderQuote;
import org.accountkit.quote.RequestQuote;
import org.accountkit.quote.ViewQuote;
import org.accountkit.quote.WithdrawQuote;
import org.accountkit.quote.internal.QuoteDesk;
import org.accountkit.service.CancelNightDelivery;
import org.accountkit.service.ChangeNightDelivery;
import org.accountkit.service.DecideServiceCase;
import org.accountkit.service.FulfilServiceRequest;
import org.accountkit.service.ListServiceCases;
import org.accountkit.service.RegisterDeliveryProblem;
import org.accountkit.service.RegisterRepair;
import org.accountkit.service.RegisterReturn;
import org.accountkit.service.RegisterWarrantyClaim;
import org.accountkit.service.RequestNightDeliveryService;
import org.accountkit.service.StartNightDelivery;
import org.accountkit.service.ViewAvailableServices;
import org.accountkit.service.ViewNightDelivery;
import org.accountkit.service.ViewServiceCase;
import org.accountkit.service.WithdrawServiceCase;
import org.accountkit.service.internal.NightDeliveryDesk;
import org.accountkit.service.internal.ServiceDesk;
import org.accountkit.shared.DomainEvents;
import org.accountkit.shared.Moments;
import org.accountkit.shared.RandomIds;
import org.accountkit.shared.TimeOrderedIds;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.AccountStorage;
import org.accountkit.user.AddUser;
import org.accountkit.user.Authenticate;
import org.accountkit.user.ChangeRights;
import org.accountkit.user.ChangeRole;
import org.accountkit.user.ListUsers;
import org.accountkit.user.LoginBackoff;
import org.accountkit.user.PasswordHashing;
import org.accountkit.user.RemoveUser;
import org.accountkit.user.internal.PasswordLogin;
import org.accountkit.user.internal.UserAdministration;

/**
 * The entry point: a webshop builds one AccountKit from its adapters and takes the use cases it needs from it.
 *
 * <pre>{@code
 * AccountKit kit = AccountKit.builder()
 *         .storage(JdbcAccountStorage.migrate(dataSource))
 *         .passwordHashing(new Argon2PasswordHashing())
 *         .articleCatalog(catalog)
 *         .clock(Clock.systemUTC())
 *         .build();
 * kit.addUser().add(actor, new AddUserCommand(...));
 * }</pre>
 *
 * <p>AccountKit is thread-safe and starts no threads; build it once and share it. Every moment it records comes from
 * the clock, cut to the microsecond (what every store keeps).
 */
public final class AccountKit {

    private static final System.Logger LOG = System.getLogger("org.accountkit");

    private final CustomerRegistration customers;
    private final UserAdministration userAdministration;
    private final PasswordLogin login;
    private final AddressBookKeeping addresses;
    private final ProfileSettings profile;
    private final AuditTrailView audit;
    private final BudgetAdministration budgets;
    private final SubmitOrder submitOrder;
    private final ExplainOrder explainOrder;
    private final OrderDecisions decisions;
    private final OrderRequestViews orderViews;
    private final DeadlineKeeper deadlines;
    private final ApproverSettings approverSettings;
    private final ErpFeed erpFeed;
    private final OrderViews orders;
    private final NightDeliveryDesk nightDelivery;
    private final ServiceDesk serviceDesk;
    private final PriceDesk priceDesk;
    private final QuoteDesk quoteDesk;
    private final OutboxDispatcher outboxDispatcher;
    private final ListParkedEffects parkedEffects;
    private final ListDesk listDesk;

    private AccountKit(Builder builder) {
        AccountStorage storage = builder.storage;
        CommandValidation validation = new CommandValidation(
                builder.validator != null ? builder.validator : CommandValidation.defaultValidator());
        Clock clock = Moments.microsecondsOf(builder.clock);
        Supplier<UUID> ids = builder.ids;
        Retries retries = new Retries(builder.outboxAttempts, builder.outboxFirstPause);
        EffectQueue events = new EffectQueue(storage.effectOutbox(), builder.domainEvents, builder.orderHandOff, clock,
                builder.outboxExecutor, retries, ids);
        this.customers = new CustomerRegistration(storage.customerAccounts(), storage.users(),
                storage.addressBooks(), storage.auditTrail(), storage.transactions(), builder.passwordHashing,
                validation, clock, ids);
        this.userAdministration = new UserAdministration(storage.users(), storage.customerAccounts(),
                storage.auditTrail(), storage.transactions(), builder.passwordHashing, validation, clock, ids);
        this.login = new PasswordLogin(storage.users(), builder.passwordHashing, validation, storage.loginAttempts(),
                builder.loginBackoff, clock);
        this.addresses = new AddressBookKeeping(storage.addressBooks(), storage.users(), storage.auditTrail(),
                storage.transactions(), validation, clock, ids);
        this.profile = new ProfileSettings(storage.users(), storage.customerAccounts(), storage.auditTrail(),
                storage.transactions(), builder.passwordHashing, validation, clock);
        this.audit = new AuditTrailView(storage.auditTrail(), storage.users(), validation);
        this.budgets = new BudgetAdministration(storage.budgets(), storage.orderRequests(), storage.users(),
                storage.customerAccounts(), storage.auditTrail(), storage.transactions(), validation, events, clock);
        NoticeQueue notices = new NoticeQueue(storage.noticeOutbox(), builder.notifications, clock,
                builder.outboxExecutor, retries, ids);
        this.outboxDispatcher = new OutboxDispatcher(notices, storage.noticeOutbox(), events, storage.effectOutbox(),
                validation, clock, builder.outboxRetention);
        this.parkedEffects = outboxDispatcher.parkedEffects();
        Workbench bench = new Workbench(storage, builder.articleCatalog, builder.notifications, events, validation,
                clock, ids, notices);
        OrderSubmission submission = new OrderSubmission(bench);
        if (builder.articleCatalog == null) {
            String missing = "AccountKit was built without an ArticleCatalog, which prices carts: SubmitOrder and "
                    + "ExplainOrder are unavailable. Pass one to AccountKit.builder().articleCatalog(...) to use them.";
            LOG.log(System.Logger.Level.INFO, missing);
            this.submitOrder = (actor, command) -> {
                throw new IllegalStateException(missing);
            };
            this.explainOrder = (actor, command) -> {
                throw new IllegalStateException(missing);
            };
        } else {
            this.submitOrder = submission;
            this.explainOrder = submission;
        }
        this.decisions = new OrderDecisions(bench);
        this.orderViews = new OrderRequestViews(bench);
        this.deadlines = new DeadlineKeeper(bench);
        this.approverSettings = new ApproverSettings(bench);
        this.erpFeed = new ErpFeed(storage, validation, builder.trackingLinks, notices);
        this.orders = new OrderViews(storage, validation, builder.trackingLinks, clock);
        this.nightDelivery = new NightDeliveryDesk(storage, validation, events, clock, ids);
        this.serviceDesk = new ServiceDesk(storage, validation, events, clock, builder.articleCatalog,
                builder.returnPeriod, notices);
        this.priceDesk = new PriceDesk(storage, validation);
        this.quoteDesk = new QuoteDesk(storage, validation, events, clock, builder.articleCatalog,
                submission.placement(), notices, ids);
        this.listDesk = new ListDesk(storage, validation, events, clock, builder.articleCatalog, ids);
    }

    /** Starts building an AccountKit. */
    public static Builder builder() {
        return new Builder();
    }

    /** Customer service registers a customer number with its first administrator. */
    public RegisterCustomerAccount registerCustomerAccount() {
        return customers;
    }

    /** Customer service changes an invoice address. */
    public ChangeInvoiceAddress changeInvoiceAddress() {
        return customers;
    }

    /** An administrator adds a user. */
    public AddUser addUser() {
        return userAdministration;
    }

    /** An administrator removes a user. */
    public RemoveUser removeUser() {
        return userAdministration;
    }

    /** An administrator changes a user's rights. */
    public ChangeRights changeRights() {
        return userAdministration;
    }

    /** An administrator promotes or demotes a user. */
    public ChangeRole changeRole() {
        return userAdministration;
    }

    /** The user overview, for administrators. */
    public ListUsers listUsers() {
        return userAdministration;
    }

    /** Checks a login. */
    public Authenticate authenticate() {
        return login;
    }

    /** Saves a delivery address. */
    public AddAddress addAddress() {
        return addresses;
    }

    /** Changes a saved address. */
    public ChangeAddress changeAddress() {
        return addresses;
    }

    /** Deletes a saved address. */
    public DeleteAddress deleteAddress() {
        return addresses;
    }

    /** Chooses the primary delivery address. */
    public SetPrimaryAddress setPrimaryAddress() {
        return addresses;
    }

    /** Lists the saved addresses. */
    public ListAddresses listAddresses() {
        return addresses;
    }

    /** A user's own profile. */
    public ViewProfile viewProfile() {
        return profile;
    }

    /** A user changes their username. */
    public ChangeUsername changeUsername() {
        return profile;
    }

    /** A user changes their password. */
    public ChangePassword changePassword() {
        return profile;
    }

    /** A user changes their e-mail settings. */
    public ChangeEmailSettings changeEmailSettings() {
        return profile;
    }

    /** A user changes how prices are shown. */
    public ChangePriceDisplay changePriceDisplay() {
        return profile;
    }

    /** A user asks for a quote for one article or a cart. */
    public RequestQuote requestQuote() {
        return quoteDesk;
    }

    /** Customer service answers a quote with a price per line, valid until a day. */
    public AnswerQuote answerQuote() {
        return quoteDesk;
    }

    /** Customer service declines a quote, with a reason. */
    public DeclineQuote declineQuote() {
        return quoteDesk;
    }

    /** The requester withdraws a quote. */
    public WithdrawQuote withdrawQuote() {
        return quoteDesk;
    }

    /** The requester orders an answered quote at its prices, once, under the budget and approval rules. */
    public OrderQuote orderQuote() {
        return quoteDesk;
    }

    /** "My quotes": open and answered quotes. */
    public ListMyQuotes listMyQuotes() {
        return quoteDesk;
    }

    /** One quote. */
    public ViewQuote viewQuote() {
        return quoteDesk;
    }

    /** Customer service's queue of quote requests, oldest first. */
    public ListQuoteRequests listQuoteRequests() {
        return quoteDesk;
    }

    /** A user starts an article list. */
    public CreateArticleList createArticleList() {
        return listDesk;
    }

    /** The owner renames a list, or shares it read-only with colleagues or stops sharing it. */
    public ChangeArticleList changeArticleList() {
        return listDesk;
    }

    /** The owner deletes a list. */
    public DeleteArticleList deleteArticleList() {
        return listDesk;
    }

    /** The owner puts an article on a list. */
    public AddListLine addListLine() {
        return listDesk;
    }

    /** The owner changes an article's quantity or note on a list. */
    public ChangeListLine changeListLine() {
        return listDesk;
    }

    /** The owner takes an article off a list. */
    public RemoveListLine removeListLine() {
        return listDesk;
    }

    /** A user's own lists and the ones colleagues share. */
    public ListArticleLists listArticleLists() {
        return listDesk;
    }

    /** One list. */
    public ViewArticleList viewArticleList() {
        return listDesk;
    }

    /** A whole list as a cart or quote request, with the articles no longer offered reported. */
    public TurnListIntoCart turnListIntoCart() {
        return listDesk;
    }

    /**
     * Delivers what waits in the outbox (notices, order hand-offs, domain events): the host's scheduler calls it, on
     * one server or several; entries that failed are tried again here, and parked after the last attempt.
     */
    public DeliverOutbox deliverOutbox() {
        return outboxDispatcher;
    }

    /** Customer service's list of notices that could not be delivered. */
    public ListParkedNotices listParkedNotices() {
        return outboxDispatcher;
    }

    /** Customer service's list of order hand-offs and domain events that could not be delivered. */
    public ListParkedEffects listParkedEffects() {
        return parkedEffects;
    }

    /** Prices as the viewing user wants them shown, or none for a user without {@code SEE_PRICES}. */
    public ShowPrices showPrices() {
        return priceDesk;
    }

    /** The audit trail of a customer number. */
    public ListAuditTrail listAuditTrail() {
        return audit;
    }

    /** An administrator sets a user's budget. */
    public SetBudget setBudget() {
        return budgets;
    }

    /** An administrator takes a user's budget away. */
    public RemoveBudget removeBudget() {
        return budgets;
    }

    /** An administrator marks whether every order of a user needs approval. */
    public ChangeApprovalRequirement changeApprovalRequirement() {
        return budgets;
    }

    /** Spent, reserved and remaining budget. */
    public ViewBudget viewBudget() {
        return budgets;
    }

    /**
     * A user submits a cart. Needs an {@link Builder#articleCatalog ArticleCatalog}: without one, every call throws
     * {@link IllegalStateException} saying so, before anything else.
     */
    public SubmitOrder submitOrder() {
        return submitOrder;
    }

    /** What submitting a cart would do, without doing it. Needs an {@link Builder#articleCatalog ArticleCatalog}. */
    public ExplainOrder explainOrder() {
        return explainOrder;
    }

    /** An approver approves a waiting order. */
    public ApproveOrder approveOrder() {
        return decisions;
    }

    /** An approver rejects a waiting order. */
    public RejectOrder rejectOrder() {
        return decisions;
    }

    /** A requester withdraws a waiting order. */
    public WithdrawOrder withdrawOrder() {
        return decisions;
    }

    /** The details of an order request. */
    public ViewOrderRequest viewOrderRequest() {
        return orderViews;
    }

    /** The approvals overview of a customer number. */
    public ListOrderRequests listOrderRequests() {
        return orderViews;
    }

    /** A user's own order requests, e.g. the rejected ones. */
    public ListMyOrderRequests listMyOrderRequests() {
        return orderViews.mine();
    }

    /** An administrator sets the approval rules. */
    public ConfigureApprovalRules configureApprovalRules() {
        return approverSettings;
    }

    /** An approver names a substitute. */
    public NameSubstitute nameSubstitute() {
        return approverSettings;
    }

    /** An approver ends their substitution. */
    public EndSubstitution endSubstitution() {
        return approverSettings;
    }

    /** Reminders, escalations and expiry of waiting orders; the host calls it on its own schedule. */
    public ProcessApprovalDeadlines processApprovalDeadlines() {
        return deadlines;
    }

    /** ERP feed: the ERP confirms a webshop order under its order number. */
    public ConfirmOrder confirmOrder() {
        return erpFeed;
    }

    /** ERP feed: the ERP reports an order of another channel (phone, counter, EDI). */
    public RecordChannelOrder recordChannelOrder() {
        return erpFeed;
    }

    /** ERP feed: the ERP reports delivered quantities. */
    public RecordDelivery recordDelivery() {
        return erpFeed;
    }

    /** ERP feed: the ERP cancels quantities of order lines; a booked budget is credited. */
    public CancelOrderLines cancelOrderLines() {
        return erpFeed;
    }

    /** ERP feed: the ERP reports a shipment with its track and trace code. */
    public RecordShipment recordShipment() {
        return erpFeed;
    }

    /** ERP feed: the ERP reports an invoice. */
    public RecordInvoice recordInvoice() {
        return erpFeed;
    }

    /** ERP feed: the ERP reports a payment of an invoice. */
    public RecordPayment recordPayment() {
        return erpFeed;
    }

    /** ERP feed: the ERP reports a credit note on an invoice. */
    public RecordCreditNote recordCreditNote() {
        return erpFeed;
    }

    /** The order overview, newest first, filtered and paged. */
    public ListOrders listOrders() {
        return orders;
    }

    /** How many orders a filter of the order overview matches. */
    public CountOrders countOrders() {
        return orders;
    }

    /** One order with its lines, shipments and invoices. */
    public ViewOrder viewOrder() {
        return orders;
    }

    /** The open order lines, soonest expected first. */
    public ListOpenOrderLines listOpenOrderLines() {
        return orders;
    }

    /** The shipments with their tracking links, newest first. */
    public ListShipments listShipments() {
        return orders.shipments();
    }

    /** The invoices, open or paid; overdue ones marked. */
    public ListInvoices listInvoices() {
        return orders;
    }

    /** What the customer number still owes on its invoices. */
    public ViewInvoiceBalance viewInvoiceBalance() {
        return orders;
    }

    /** A user starts night delivery at a saved address. */
    public StartNightDelivery startNightDelivery() {
        return nightDelivery;
    }

    /** A user changes night delivery's address or access instructions. */
    public ChangeNightDelivery changeNightDelivery() {
        return nightDelivery;
    }

    /** A user cancels night delivery; pending sticker and crate requests end with it. */
    public CancelNightDelivery cancelNightDelivery() {
        return nightDelivery;
    }

    /** A user asks for return stickers or registers crates for pick-up, while night delivery is active. */
    public RequestNightDeliveryService requestNightDeliveryService() {
        return nightDelivery;
    }

    /** The customer number's night delivery and its requests. */
    public ViewNightDelivery viewNightDelivery() {
        return nightDelivery;
    }

    /** What the service page should offer this user. */
    public ViewAvailableServices viewAvailableServices() {
        return nightDelivery;
    }

    /** Customer service handled a sticker or crate request. */
    public FulfilServiceRequest fulfilServiceRequest() {
        return nightDelivery;
    }

    /** A user returns delivered goods of an order, within the return period. */
    public RegisterReturn registerReturn() {
        return serviceDesk;
    }

    /** A user sends an article in for repair. */
    public RegisterRepair registerRepair() {
        return serviceDesk;
    }

    /** A user claims warranty for a delivered article, within its warranty period. */
    public RegisterWarrantyClaim registerWarrantyClaim() {
        return serviceDesk;
    }

    /** A user reports a problem with a delivery. */
    public RegisterDeliveryProblem registerDeliveryProblem() {
        return serviceDesk;
    }

    /** Customer service moves a service case on: received, resolved or refused. */
    public DecideServiceCase decideServiceCase() {
        return serviceDesk;
    }

    /** A user withdraws their own service case while it is registered. */
    public WithdrawServiceCase withdrawServiceCase() {
        return serviceDesk;
    }

    /** The service cases, newest first. */
    public ListServiceCases listServiceCases() {
        return serviceDesk;
    }

    /** One service case. */
    public ViewServiceCase viewServiceCase() {
        return serviceDesk;
    }

    /** Collects the adapters an AccountKit runs on. */
    public static final class Builder {

        private AccountStorage storage;
        private PasswordHashing passwordHashing;
        private Clock clock = Clock.systemUTC();
        private LoginBackoff loginBackoff = LoginBackoff.defaults();
        private Validator validator;
        private Supplier<UUID> ids = new TimeOrderedIds();
        private ArticleCatalog articleCatalog;
        private Notifications notifications = Notifications.none();
        private OrderHandOff orderHandOff = OrderHandOff.none();
        private DomainEvents domainEvents = DomainEvents.none();
        private TrackingLinks trackingLinks = TrackingLinks.defaults();
        private Period returnPeriod = Period.ofDays(30);
        private Executor outboxExecutor = Runnable::run;
        private int outboxAttempts = 8;
        private Duration outboxFirstPause = Duration.ofSeconds(30);
        private Duration outboxRetention = Duration.ofDays(7);

        private Builder() {
        }

        /** Where AccountKit stores everything; required. */
        public Builder storage(AccountStorage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /** How passwords are hashed; required (e.g. {@code new Argon2PasswordHashing()}). */
        public Builder passwordHashing(PasswordHashing passwordHashing) {
            this.passwordHashing = Objects.requireNonNull(passwordHashing, "passwordHashing");
            return this;
        }

        /**
         * The clock every moment comes from; defaults to {@link Clock#systemUTC()}. Its moments are cut to the
         * microsecond, as every store keeps them.
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The Bean Validation validator for commands; defaults to a Hibernate Validator that needs no Expression
         * Language on the class path. AccountKit takes its texts from its own bundle either way.
         */
        public Builder validator(Validator validator) {
            this.validator = Objects.requireNonNull(validator, "validator");
            return this;
        }

        /**
         * Where new identifiers come from; defaults to time-ordered UUIDs ({@link TimeOrderedIds}), which the stores
         * index at the end instead of at a random place. {@code new RandomIds()} gives random ones that do not show
         * when they were drawn. Tests pass a sequence.
         */
        public Builder ids(Supplier<UUID> ids) {
            this.ids = Objects.requireNonNull(ids, "ids");
            return this;
        }

        /**
         * The host's catalog, which prices carts; needed by {@link AccountKit#submitOrder()} and
         * {@link AccountKit#explainOrder()}. Without one, those two say so when called and everything else works.
         */
        public Builder articleCatalog(ArticleCatalog articleCatalog) {
            this.articleCatalog = Objects.requireNonNull(articleCatalog, "articleCatalog");
            return this;
        }

        /** Who tells approvers and requesters about orders; defaults to telling nobody. */
        public Builder notifications(Notifications notifications) {
            this.notifications = Objects.requireNonNull(notifications, "notifications");
            return this;
        }

        /**
         * Where placed orders go; defaults to nowhere (read them from the overviews). Each placed order is written to
         * the outbox with the placement and handed off at least once, with its order id as the key to drop a
         * duplicate by.
         */
        public Builder orderHandOff(OrderHandOff orderHandOff) {
            this.orderHandOff = Objects.requireNonNull(orderHandOff, "orderHandOff");
            return this;
        }

        /**
         * Where domain events are published; defaults to nowhere. Each event is written to the outbox with the change
         * that raised it and published at least once, in order per customer number.
         */
        public Builder domainEvents(DomainEvents domainEvents) {
            this.domainEvents = Objects.requireNonNull(domainEvents, "domainEvents");
            return this;
        }

        /**
         * Where customers follow shipments: a link template per carrier. Defaults to
         * {@link TrackingLinks#defaults()} (DHL, PostNL, DPD, UPS, GLS); add or override carriers with
         * {@link TrackingLinks#with}.
         */
        public Builder trackingLinks(TrackingLinks trackingLinks) {
            this.trackingLinks = Objects.requireNonNull(trackingLinks, "trackingLinks");
            return this;
        }

        /**
         * Where a use case's notices, order hand-offs and domain events are delivered right after its commit: by
         * default on the caller's thread (the call returns once the mail is out and the order handed off, or their
         * failure is recorded for a later attempt). Pass the host's own executor to return at once; AccountKit starts
         * no threads of its own. Either way each is written to the outbox with the change that caused it, and
         * {@code DeliverOutbox} (the host's scheduler) delivers whatever is left.
         */
        public Builder outboxExecutor(Executor executor) {
            this.outboxExecutor = Objects.requireNonNull(executor, "executor");
            return this;
        }

        /**
         * How often delivery of an outbox entry (a notice, a hand-off, an event) is tried before it is parked for
         * customer service (default 8), and the pause after the first failure (default 30 seconds; each next pause doubles, up to six hours).
         *
         * @throws IllegalArgumentException when attempts is below 1 or the pause not positive
         */
        public Builder outboxRetries(int attempts, Duration firstPause) {
            Objects.requireNonNull(firstPause, "firstPause");
            if (attempts < 1 || firstPause.isNegative() || firstPause.isZero()) {
                throw new IllegalArgumentException("at least one attempt and a positive pause: " + attempts + ", "
                        + firstPause);
            }
            this.outboxAttempts = attempts;
            this.outboxFirstPause = firstPause;
            return this;
        }

        /**
         * How long delivered entries stay in the outbox before {@code DeliverOutbox} removes them; default 7 days.
         *
         * @throws IllegalArgumentException when it is negative
         */
        public Builder outboxRetention(Duration retention) {
            Objects.requireNonNull(retention, "retention");
            if (retention.isNegative()) {
                throw new IllegalArgumentException("a retention is not negative: " + retention);
            }
            this.outboxRetention = retention;
            return this;
        }

        /**
         * How failed logins slow down further attempts for the same e-mail address; default
         * {@link LoginBackoff#defaults()}: five free attempts, then a pause of a second, doubling up to 15 minutes.
         */
        public Builder loginBackoff(LoginBackoff backoff) {
            this.loginBackoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        /**
         * How long after its latest delivery an order line may be returned; defaults to 30 days. A line delivered on
         * 2 March may then be returned up to and including 1 April.
         *
         * @throws IllegalArgumentException when the period is not positive
         */
        public Builder returnPeriod(Period returnPeriod) {
            Objects.requireNonNull(returnPeriod, "returnPeriod");
            if (returnPeriod.isNegative() || returnPeriod.isZero()) {
                throw new IllegalArgumentException("the return period must be positive: " + returnPeriod);
            }
            this.returnPeriod = returnPeriod;
            return this;
        }

        /**
         * The AccountKit.
         *
         * @throws IllegalStateException when the storage or the password hashing is missing
         */
        public AccountKit build() {
            if (storage == null) {
                throw new IllegalStateException("AccountKit needs a storage: InMemoryAccountStorage or JdbcAccountStorage");
            }
            if (passwordHashing == null) {
                throw new IllegalStateException("AccountKit needs a password hashing, e.g. Argon2PasswordHashing");
            }
            return new AccountKit(this);
        }
    }
}
