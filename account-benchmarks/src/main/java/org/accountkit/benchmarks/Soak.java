package org.accountkit.benchmarks;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.accountkit.AccountException;
import org.accountkit.AccountKit;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.ApprovalResult;
import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.ConfigureApprovalRulesCommand;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.approval.WithdrawOrderCommand;
import org.accountkit.argon2.Argon2PasswordHashing;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.ChangeApprovalRequirementCommand;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.customer.RegisterCustomerAccountCommand;
import org.accountkit.jdbc.JdbcAccountStorage;
import org.accountkit.ordering.Article;
import org.accountkit.ordering.ArticleCatalog;
import org.accountkit.ordering.CartLine;
import org.accountkit.ordering.OrderHandOff;
import org.accountkit.ordering.OrderLine;
import org.accountkit.ordering.PlacedOrder;
import org.accountkit.orders.CancelOrderLinesCommand;
import org.accountkit.orders.ChannelOrderLine;
import org.accountkit.orders.ConfirmOrderCommand;
import org.accountkit.orders.ExpectedDelivery;
import org.accountkit.orders.InvoiceLine;
import org.accountkit.orders.InvoiceQuery;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.OrderQuery;
import org.accountkit.orders.RecordChannelOrderCommand;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.orders.RecordInvoiceCommand;
import org.accountkit.orders.RecordPaymentCommand;
import org.accountkit.orders.RecordShipmentCommand;
import org.accountkit.orders.VatTotal;
import org.accountkit.outbox.DeliveryReport;
import org.accountkit.quote.AnswerQuoteCommand;
import org.accountkit.quote.OrderQuoteCommand;
import org.accountkit.quote.RequestQuoteCommand;
import org.accountkit.service.DecideServiceCaseCommand;
import org.accountkit.service.RegisterReturnCommand;
import org.accountkit.service.Resolution;
import org.accountkit.service.ReturnReason;
import org.accountkit.service.ServiceCaseStatus;
import org.accountkit.shared.Actor;
import org.accountkit.shared.AddressFields;
import org.accountkit.shared.Country;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.ChangeRightsCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The soak: random operations of every kind from 8 threads over 3 connection pools (three webshop servers) on one
 * PostgreSQL, while the clock moves: submissions (some under idempotency keys, some repeated, some with a key reused
 * for another cart), explanations, approvals and rejections (one tier and two), withdrawals, the deadline processing,
 * budget, rights and approval-requirement changes, the ERP's feed for every placed order (confirmation, deliveries,
 * cancellations, shipment, invoice, payment) sent in random order and partly twice, orders of other channels,
 * returns and their credit, quotes requested, answered and ordered, and outbox dispatch. Between phases the threads
 * stop, the outbox is delivered, and every invariant is checked from the tables:
 * <ul>
 *   <li>every ledger equals its orders: spent = placed orders less cancelled and credited-returned value, reserved =
 *       the reservations of waiting orders;</li>
 *   <li>no direct placement over the limit: a user's orders placed without approval, less everything credited,
 *       never exceed the highest limit the user had;</li>
 *   <li>one decision per tier: no order has more decisions than approvals it needs, a placed order's are all
 *       approvals, a rejected order's last is the rejection;</li>
 *   <li>returned &lt;= delivered and delivered + cancelled &lt;= ordered on every order line;</li>
 *   <li>every outbox entry delivered or parked;</li>
 *   <li>an audit record per change: one per closed order request, and one per budget, rights and
 *       approval-requirement change, quote request and service case move the soak made;</li>
 *   <li>every placed order handed off exactly once, and nothing else handed off; every notice sent once.</li>
 * </ul>
 * Prints operations, operations per second, outcomes and exceptions by type, and violations, and adds them as
 * {@code soak...} rows to {@code account-benchmarks/target/benchmark-results.csv}.
 *
 * <p>Options: {@code --operations N} (100,000), {@code --threads N} (8), {@code --shops N} (24),
 * {@code --phases N} (4), {@code --seed N}.
 */
public final class Soak {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Instant START = Instant.parse("2026-03-02T07:00:00Z");
    /** Each run of the deadline processing moves the clock this far: far less than an outbox lease. */
    private static final Duration TICK = Duration.ofMinutes(1);
    /** Between phases the clock jumps this far, so that reminders, escalations and expiries all come due. */
    private static final Duration JUMP = Duration.ofHours(60);
    private static final String PASSWORD = "Soak-test-2026!";
    private static final Actor SERVICE = Actor.customerService("Klantenservice");
    private static final Actor ERP = Actor.customerService("ERP-koppeling");
    private static final Map<String, Article> ARTICLES = Map.of(
            "SCHROEF-4X40", new Article("SCHROEF-4X40", "Spaanplaatschroef 4x40, doos 200", Money.euro("12.50"),
                    new BigDecimal("21")),
            "KABEL-3X2.5", new Article("KABEL-3X2.5", "Installatiekabel per meter", Money.euro("1.25"),
                    new BigDecimal("21")),
            "BOOR-18V", new Article("BOOR-18V", "Accuboormachine 18V", Money.euro("199.00"), new BigDecimal("21")),
            "PERS-V15", new Article("PERS-V15", "Persmachine V-profiel 15mm", Money.euro("1450.00"),
                    new BigDecimal("21")));
    private static final ArticleCatalog CATALOG = (customer, number) -> Optional.ofNullable(ARTICLES.get(number));
    private static final Set<Right> ORDERER = EnumSet.of(Right.PLACE_ORDERS, Right.REQUEST_QUOTES,
            Right.REGISTER_RETURNS_AND_SERVICE, Right.SEE_PRICES);

    /** The kinds of operation and how often each is drawn. */
    private enum Kind {
        SUBMIT(24), EXPLAIN(4), DECIDE(12), WITHDRAW(3), DEADLINES(2), BUDGET(2), RIGHTS(2), REQUIREMENT(1),
        FEED(26), CHANNEL_ORDER(2), RETURN(4), DECIDE_RETURN(3), QUOTE(5), DISPATCH(3), VIEW(7);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    private final int operations;
    private final int threads;
    private final int phases;
    private final long seed;
    private final List<Shop> shops = new ArrayList<>();
    private final List<AccountKit> kits = new ArrayList<>();
    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    /** What the ERP was handed, per order request: must be 1 for each placed order. */
    private final Map<UUID, AtomicInteger> handedOff = new ConcurrentHashMap<>();
    /** The notices sent, per notice: each must be sent once. */
    private final Map<UUID, AtomicInteger> sent = new ConcurrentHashMap<>();
    private final LongAdder published = new LongAdder();
    /** The ERP's messages not yet sent (or to be sent again), drawn at random: the feed arrives out of order. */
    private final List<Message> feed = new ArrayList<>();
    private final AtomicLong erpNumbers = new AtomicLong();
    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> changes = new ConcurrentHashMap<>();
    private final List<String> violations = new CopyOnWriteArrayList<>();

    private Soak(int operations, int threads, int phases, long seed) {
        this.operations = operations;
        this.threads = threads;
        this.phases = phases;
        this.seed = seed;
    }

    /** A customer number and what the soak knows of it. */
    private static final class Shop {
        final CustomerNumber number;
        final Actor.UserActor administrator;
        final List<Actor.UserActor> orderers = new ArrayList<>();
        final List<Actor.UserActor> approvers = new ArrayList<>();
        final List<OrderRequestId> waiting = Collections.synchronizedList(new ArrayList<>());
        final List<Returnable> returnable = Collections.synchronizedList(new ArrayList<>());
        final List<String> cases = Collections.synchronizedList(new ArrayList<>());
        final List<String> requestedQuotes = Collections.synchronizedList(new ArrayList<>());
        final List<String> answeredQuotes = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Actor.UserActor> quoteRequesters = new ConcurrentHashMap<>();
        final Map<UserId, Money> highestLimit = new ConcurrentHashMap<>();
        final Map<UserId, Boolean> mayOrder = new ConcurrentHashMap<>();
        final Map<UserId, Boolean> approvalRequired = new ConcurrentHashMap<>();
        final Map<UserId, SubmitOrderCommand> lastKeyed = new ConcurrentHashMap<>();

        Shop(CustomerNumber number, Actor.UserActor administrator) {
            this.number = number;
            this.administrator = administrator;
        }
    }

    /** A delivered order line a user may send goods back from. */
    private record Returnable(String erpOrderNumber, int line) {
    }

    /** One message of the ERP's feed; sent again until it is taken, and now and then once more after that. */
    private record Message(String what, Shop shop, Runnable send, Runnable afterwards, boolean repeat) {
    }

    /**
     * Runs the soak.
     *
     * @param args see the class comment
     */
    public static void main(String[] args) throws Exception {
        Logger.getLogger("org.flywaydb").setLevel(Level.WARNING);
        Logger.getLogger("org.hibernate.validator").setLevel(Level.WARNING);
        Logger.getLogger("io.zonky").setLevel(Level.WARNING);
        int operations = 100_000;
        int threads = 8;
        int shops = 24;
        int phases = 4;
        long seed = 20261202L;
        for (int index = 0; index < args.length; index++) {
            switch (args[index]) {
                case "--operations" -> operations = Integer.parseInt(args[++index]);
                case "--threads" -> threads = Integer.parseInt(args[++index]);
                case "--shops" -> shops = Integer.parseInt(args[++index]);
                case "--phases" -> phases = Integer.parseInt(args[++index]);
                case "--seed" -> seed = Long.parseLong(args[++index]);
                default -> throw new IllegalArgumentException("unknown argument " + args[index]);
            }
        }
        Soak soak = new Soak(operations, threads, phases, seed);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                HikariDataSource first = SubmitBenchmark.pool(postgres, 4);
                HikariDataSource second = SubmitBenchmark.pool(postgres, 4);
                HikariDataSource third = SubmitBenchmark.pool(postgres, 4)) {
            JdbcAccountStorage.migrate(first);
            soak.run(shops, List.of(first, second, third));
        }
        System.exit(soak.violations.isEmpty() ? 0 : 1);
    }

    private void run(int shopCount, List<? extends DataSource> pools) throws Exception {
        OrderHandOff erp = this::received;
        for (DataSource pool : pools) {
            kits.add(AccountKit.builder().storage(JdbcAccountStorage.withoutMigrating(pool)).clock(clock)
                    .passwordHashing(Argon2PasswordHashing.withCost(64, 1, 1)).articleCatalog(CATALOG)
                    .orderHandOff(erp).notifications(notice -> sent.computeIfAbsent(notice.id(),
                            id -> new AtomicInteger()).incrementAndGet())
                    .domainEvents(event -> published.increment()).build());
        }
        for (int index = 0; index < shopCount; index++) {
            shops.add(open(kits.get(0), index));
        }
        System.out.printf(Locale.ROOT, "soak: %d operations, %d threads over %d pools, %d customer numbers, seed %d%n",
                operations, threads, pools.size(), shopCount, seed);
        long started = System.nanoTime();
        long[] done = new long[1];
        for (int phase = 1; phase <= phases; phase++) {
            int inPhase = operations / phases + (phase <= operations % phases ? 1 : 0);
            runPhase(phase, inPhase);
            done[0] += inPhase;
            drain();
            check(pools.get(0), "after phase " + phase);
            now.updateAndGet(moment -> moment.plus(JUMP));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report(done[0], seconds);
    }

    // --- setting up ----------------------------------------------------------------------------------------------

    private Shop open(AccountKit kit, int index) {
        CustomerNumber number = new CustomerNumber(String.format(Locale.ROOT, "S%05d", index));
        Actor.UserActor administrator = kit.registerCustomerAccount().register(SERVICE,
                new RegisterCustomerAccountCommand(number.value(), "Installateur " + index + " B.V.", "12345678",
                        "NL123456789B01", new AddressFields("Installateur " + index, "Industrieweg", "1", "3542 AD",
                                "Utrecht", Country.NL), AMSTERDAM, "admin@s" + index + ".example", "Petra",
                        PASSWORD)).administratorActor();
        Shop shop = new Shop(number, administrator);
        if (index % 2 == 0) {
            kit.configureApprovalRules().configure(administrator, new ConfigureApprovalRulesCommand(null,
                    Money.euro("1000.00"), Duration.ofHours(24), Duration.ofHours(48), Duration.ofDays(7)));
        }
        for (int user = 0; user < 4; user++) {
            UserId id = kit.addUser().add(administrator, new AddUserCommand("monteur" + user + "@s" + index
                    + ".example", "Monteur " + user, Role.USER, ORDERER, PASSWORD));
            Money limit = Money.euro("3000.00");
            kit.setBudget().set(administrator, new SetBudgetCommand(id, limit, BudgetPeriod.MONTH));
            changed("BUDGET_SET");
            shop.highestLimit.put(id, limit);
            shop.mayOrder.put(id, true);
            shop.approvalRequired.put(id, false);
            shop.orderers.add(administrator.colleague(id));
        }
        for (int user = 0; user < 2; user++) {
            shop.approvers.add(administrator.colleague(kit.addUser().add(administrator, new AddUserCommand(
                    "chef" + user + "@s" + index + ".example", "Chef " + user, Role.USER,
                    EnumSet.of(Right.APPROVE_ORDERS), PASSWORD))));
        }
        return shop;
    }

    // --- running -------------------------------------------------------------------------------------------------

    private void runPhase(int phase, int count) throws Exception {
        AtomicInteger left = new AtomicInteger(count);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                AccountKit kit = kits.get(thread % kits.size());
                SplittableRandom random = new SplittableRandom(seed * 1_000 + phase * 31L + thread);
                workers.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        operate(kit, random);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(2, TimeUnit.HOURS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void operate(AccountKit kit, SplittableRandom random) {
        Kind kind = draw(random);
        Shop shop = shops.get(random.nextInt(shops.size()));
        try {
            Object outcome = switch (kind) {
                case SUBMIT -> submit(kit, shop, random);
                case EXPLAIN -> kit.explainOrder().explain(pick(shop.orderers, random), cart(random));
                case DECIDE -> decide(kit, shop, random);
                case WITHDRAW -> withdraw(kit, shop, random);
                case DEADLINES -> {
                    now.updateAndGet(moment -> moment.plus(TICK));
                    yield kit.processApprovalDeadlines().process(500);
                }
                case BUDGET -> setBudget(kit, shop, random);
                case RIGHTS -> changeRights(kit, shop, random);
                case REQUIREMENT -> changeRequirement(kit, shop, random);
                case FEED -> sendFeed(random);
                case CHANNEL_ORDER -> channelOrder(kit, shop, random);
                case RETURN -> registerReturn(kit, shop, random);
                case DECIDE_RETURN -> decideReturn(kit, shop, random);
                case QUOTE -> quote(kit, shop, random);
                case DISPATCH -> kit.deliverOutbox().deliver(100);
                case VIEW -> view(kit, shop, random);
            };
            count(kind + ": " + describe(outcome));
        } catch (AccountException refused) {
            count(kind + ": " + refused.getClass().getSimpleName());
        } catch (RuntimeException unexpected) {
            count(kind + ": unexpected " + unexpected.getClass().getSimpleName());
            violations.add(kind + " threw " + unexpected);
        }
    }

    private static Kind draw(SplittableRandom random) {
        int total = 0;
        for (Kind kind : Kind.values()) {
            total += kind.weight;
        }
        int drawn = random.nextInt(total);
        for (Kind kind : Kind.values()) {
            drawn -= kind.weight;
            if (drawn < 0) {
                return kind;
            }
        }
        throw new AssertionError();
    }

    private static String describe(Object outcome) {
        if (outcome == null) {
            return "done";
        }
        if (outcome instanceof String text) {
            return text;
        }
        return outcome.getClass().getSimpleName();
    }

    private Object submit(AccountKit kit, Shop shop, SplittableRandom random) {
        Actor.UserActor requester = pick(shop.orderers, random);
        SubmitOrderCommand cart = cart(random);
        int keyed = random.nextInt(10);
        if (keyed < 2) {
            SubmitOrderCommand last = shop.lastKeyed.get(requester.user());
            if (last != null) {
                // the same cart again (a double click, a retried request), rarely another cart under the same key
                cart = keyed == 0 && random.nextInt(10) == 0 ? cart.withIdempotencyKey(last.idempotencyKey()) : last;
            }
        } else if (keyed < 5) {
            cart = cart.withIdempotencyKey("cart-" + UUID.randomUUID());
            shop.lastKeyed.put(requester.user(), cart);
        }
        ApprovalOutcome outcome = kit.submitOrder().submit(requester, cart);
        if (outcome instanceof ApprovalOutcome.AwaitingApproval && !shop.waiting.contains(outcome.order())) {
            shop.waiting.add(outcome.order());
        }
        return outcome;
    }

    private static SubmitOrderCommand cart(SplittableRandom random) {
        int drawn = random.nextInt(20);
        List<CartLine> lines = new ArrayList<>();
        lines.add(new CartLine("SCHROEF-4X40", 1 + random.nextInt(6)));
        if (drawn < 6) {
            lines.add(new CartLine("KABEL-3X2.5", 10 + random.nextInt(40)));
        }
        if (drawn >= 14 && drawn < 18) {
            lines.add(new CartLine("BOOR-18V", 1));
        }
        if (drawn >= 18) {
            lines.add(new CartLine("PERS-V15", 1));
        }
        return new SubmitOrderCommand(lines, "Project " + random.nextInt(100));
    }

    private Object decide(AccountKit kit, Shop shop, SplittableRandom random) {
        OrderRequestId order = pickOrNull(shop.waiting, random);
        if (order == null) {
            return "nothing waits";
        }
        Actor decider = random.nextInt(5) == 0 ? shop.administrator : pick(shop.approvers, random);
        if (random.nextInt(4) == 0) {
            kit.rejectOrder().reject(decider, new RejectOrderCommand(order, "Niet nodig"));
            shop.waiting.remove(order);
            return "rejected";
        }
        ApprovalResult result = kit.approveOrder().approve(decider, new ApproveOrderCommand(order));
        if (!(result instanceof ApprovalResult.NextApproverNeeded)) {
            shop.waiting.remove(order);
        }
        return result;
    }

    private Object withdraw(AccountKit kit, Shop shop, SplittableRandom random) {
        OrderRequestId order = pickOrNull(shop.waiting, random);
        if (order == null) {
            return "nothing waits";
        }
        UserId requester = kit.viewOrderRequest().view(shop.administrator, order).requester();
        kit.withdrawOrder().withdraw(shop.administrator.colleague(requester), new WithdrawOrderCommand(order));
        shop.waiting.remove(order);
        return "withdrawn";
    }

    private Object setBudget(AccountKit kit, Shop shop, SplittableRandom random) {
        Actor.UserActor user = pick(shop.orderers, random);
        Money limit = Money.euro(List.of("2000.00", "3000.00", "5000.00").get(random.nextInt(3)));
        shop.highestLimit.merge(user.user(), limit, (one, other) -> one.isMoreThan(other) ? one : other);
        kit.setBudget().set(shop.administrator, new SetBudgetCommand(user.user(), limit, BudgetPeriod.MONTH));
        changed("BUDGET_SET");
        return "set";
    }

    private Object changeRights(AccountKit kit, Shop shop, SplittableRandom random) {
        // the last two orderers of a shop lose the right to order now and then, and get it back
        Actor.UserActor user = shop.orderers.get(2 + random.nextInt(2));
        synchronized (shop.mayOrder) {
            boolean may = !shop.mayOrder.get(user.user());
            Set<Right> rights = EnumSet.copyOf(ORDERER);
            if (!may) {
                rights.remove(Right.PLACE_ORDERS);
            }
            kit.changeRights().change(shop.administrator, new ChangeRightsCommand(user.user(), rights));
            shop.mayOrder.put(user.user(), may);
        }
        changed("RIGHTS_CHANGED");
        return "changed";
    }

    private Object changeRequirement(AccountKit kit, Shop shop, SplittableRandom random) {
        // the first two orderers of a shop are now and then told that every order of theirs needs approval
        Actor.UserActor user = shop.orderers.get(random.nextInt(2));
        synchronized (shop.approvalRequired) {
            boolean required = !shop.approvalRequired.get(user.user());
            kit.changeApprovalRequirement().change(shop.administrator, new ChangeApprovalRequirementCommand(
                    user.user(), required));
            shop.approvalRequired.put(user.user(), required);
        }
        changed("APPROVAL_REQUIREMENT_CHANGED");
        return "changed";
    }

    private Object registerReturn(AccountKit kit, Shop shop, SplittableRandom random) {
        Returnable goods = pickOrNull(shop.returnable, random);
        if (goods == null) {
            return "nothing delivered yet";
        }
        RegisterReturnCommand command = new RegisterReturnCommand(goods.erpOrderNumber(), List.of(new LineQuantity(
                goods.line(), 1 + random.nextInt(2))), ReturnReason.TOO_MANY, "");
        if (random.nextBoolean()) {
            command = command.withIdempotencyKey("return-" + random.nextInt(1_000_000));
        }
        String number = kit.registerReturn().register(shop.administrator, command);
        if (!shop.cases.contains(number)) {
            shop.cases.add(number);
        }
        return "registered";
    }

    private Object decideReturn(AccountKit kit, Shop shop, SplittableRandom random) {
        String number = pickOrNull(shop.cases, random);
        if (number == null) {
            return "no case";
        }
        ServiceCaseStatus status = kit.viewServiceCase().view(shop.administrator, number).status();
        if (status == ServiceCaseStatus.REGISTERED) {
            kit.decideServiceCase().decide(SERVICE, new DecideServiceCaseCommand(shop.number.value(), number,
                    ServiceCaseStatus.RECEIVED, null, "Ontvangen"));
            changed("SERVICE_CASE_MOVED");
            return "received";
        }
        if (status == ServiceCaseStatus.RECEIVED) {
            kit.decideServiceCase().decide(SERVICE, new DecideServiceCaseCommand(shop.number.value(), number,
                    ServiceCaseStatus.RESOLVED, Resolution.CREDITED, "Gecrediteerd"));
            changed("SERVICE_CASE_MOVED");
            shop.cases.remove(number);
            return "credited";
        }
        shop.cases.remove(number);
        return "closed already";
    }

    private Object quote(AccountKit kit, Shop shop, SplittableRandom random) {
        int step = random.nextInt(3);
        if (step == 1) {
            String number = pickOrNull(shop.requestedQuotes, random);
            if (number != null && shop.requestedQuotes.remove(number)) {
                kit.answerQuote().answer(SERVICE, new AnswerQuoteCommand(shop.number.value(), number,
                        List.of(Money.euro("180.00")), LocalDate.of(2026, 4, 30)));
                shop.answeredQuotes.add(number);
                return "answered";
            }
        }
        if (step == 2) {
            String number = pickOrNull(shop.answeredQuotes, random);
            if (number != null) {
                ApprovalOutcome outcome = kit.orderQuote().order(shop.quoteRequesters.get(number),
                        new OrderQuoteCommand(number, "quote-" + number));
                if (outcome instanceof ApprovalOutcome.AwaitingApproval && !shop.waiting.contains(outcome.order())) {
                    shop.waiting.add(outcome.order());
                }
                return outcome;
            }
        }
        Actor.UserActor requester = pick(shop.orderers, random);
        String number = kit.requestQuote().request(requester, RequestQuoteCommand.forArticle("BOOR-18V", 1,
                "Projectprijs"));
        shop.quoteRequesters.put(number, requester);
        changed("QUOTE_REQUESTED");
        shop.requestedQuotes.add(number);
        return "requested";
    }

    private Object view(AccountKit kit, Shop shop, SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> kit.listOrders().list(shop.administrator, OrderQuery.firstPage(25));
            case 1 -> kit.listInvoices().list(shop.administrator, InvoiceQuery.open(25));
            case 2 -> kit.listOpenOrderLines().list(pick(shop.orderers, random), PageRequest.first(25));
            default -> kit.viewBudget().view(shop.administrator, pick(shop.orderers, random).user());
        };
    }

    // --- the ERP -------------------------------------------------------------------------------------------------

    /** The hand-off: counts it, and on the first one queues the ERP's messages about the order. */
    private void received(PlacedOrder order) {
        if (handedOff.computeIfAbsent(order.orderId(), id -> new AtomicInteger()).incrementAndGet() > 1) {
            return;
        }
        Shop shop = shops.stream().filter(candidate -> candidate.number.equals(order.customerNumber())).findFirst()
                .orElseThrow();
        SplittableRandom random = new SplittableRandom(order.orderId().getLeastSignificantBits());
        String erpNumber = "ORD-" + erpNumbers.incrementAndGet();
        String customer = shop.number.value();
        List<Message> messages = new ArrayList<>();
        List<ExpectedDelivery> expected = new ArrayList<>();
        List<LineQuantity> first = new ArrayList<>();
        List<LineQuantity> second = new ArrayList<>();
        List<LineQuantity> cancelled = new ArrayList<>();
        Money net = Money.euro("0.00");
        for (int index = 0; index < order.lines().size(); index++) {
            OrderLine line = order.lines().get(index);
            int number = index + 1;
            expected.add(new ExpectedDelivery(number, LocalDate.of(2026, 3, 20)));
            int cancel = random.nextInt(4) == 0 ? 1 + random.nextInt(line.quantity()) : 0;
            int deliver = line.quantity() - cancel - (random.nextInt(5) == 0 ? 1 : 0);
            if (cancel > 0) {
                cancelled.add(new LineQuantity(number, cancel));
            }
            if (deliver > 1 && random.nextBoolean()) {
                first.add(new LineQuantity(number, deliver / 2));
                second.add(new LineQuantity(number, deliver - deliver / 2));
            } else if (deliver > 0) {
                first.add(new LineQuantity(number, deliver));
            }
            net = net.plus(line.unitNetPrice().times(new BigDecimal(line.quantity())));
        }
        AccountKit kit = kits.get(0);
        messages.add(new Message("confirmation", shop, () -> kit.confirmOrder().confirm(ERP, new ConfirmOrderCommand(
                customer, erpNumber, new OrderRequestId(order.orderId()), expected)), null, random.nextInt(5) == 0));
        for (List<LineQuantity> delivery : List.of(first, second)) {
            if (!delivery.isEmpty()) {
                String documentNumber = "PAK-" + erpNumber + "-" + (delivery == first ? 1 : 2);
                messages.add(new Message("delivery", shop, () -> kit.recordDelivery().record(ERP,
                        new RecordDeliveryCommand(customer, documentNumber, erpNumber, LocalDate.of(2026, 3, 10),
                                delivery)), () -> delivery.forEach(line -> shop.returnable.add(new Returnable(
                                        erpNumber, line.lineNumber()))), random.nextInt(5) == 0));
            }
        }
        if (!cancelled.isEmpty()) {
            messages.add(new Message("cancellation", shop, () -> kit.cancelOrderLines().cancel(ERP,
                    new CancelOrderLinesCommand(customer, "ANN-" + erpNumber, erpNumber, cancelled)), null,
                    random.nextInt(5) == 0));
        }
        if (!first.isEmpty()) {
            // what the ERP sends, fixed when it is written: sent again, it is the same message
            RecordShipmentCommand shipment = new RecordShipmentCommand(customer, "ZEND-" + erpNumber, erpNumber, "DHL",
                    "JVGL" + erpNumber.substring(4) + "0", clock.instant(), first);
            messages.add(new Message("shipment", shop, () -> kit.recordShipment().record(ERP, shipment), null, false));
        }
        Money vat = net.times(new BigDecimal("0.21"));
        Money gross = net.plus(vat);
        Money netTotal = net;
        messages.add(new Message("invoice", shop, () -> kit.recordInvoice().record(ERP, new RecordInvoiceCommand(
                customer, "F-" + erpNumber, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1),
                List.of(new InvoiceLine(erpNumber, "Levering " + erpNumber, netTotal, new BigDecimal("21"))),
                List.of(new VatTotal(new BigDecimal("21"), netTotal, vat, gross)))), null, random.nextInt(5) == 0));
        messages.add(new Message("payment", shop, () -> kit.recordPayment().record(ERP, new RecordPaymentCommand(
                customer, "BET-" + erpNumber, "F-" + erpNumber, gross, LocalDate.of(2026, 3, 20))), null,
                random.nextInt(5) == 0));
        synchronized (feed) {
            feed.addAll(messages);
        }
    }

    /** Sends a random message of the feed: out of order it is refused and stays; sent, it may come once more. */
    private Object sendFeed(SplittableRandom random) {
        Message message;
        synchronized (feed) {
            if (feed.isEmpty()) {
                return "feed empty";
            }
            message = feed.remove(random.nextInt(feed.size()));
        }
        try {
            message.send().run();
        } catch (AccountException refused) {
            if (!message.repeat()) {
                synchronized (feed) {
                    feed.add(message);
                }
            }
            throw refused;
        }
        if (message.afterwards() != null) {
            message.afterwards().run();
        }
        if (message.repeat()) {
            return message.what() + " again";
        }
        if (random.nextInt(6) == 0) {
            synchronized (feed) {
                feed.add(new Message(message.what(), message.shop(), message.send(), null, true));
            }
        }
        return message.what();
    }

    private Object channelOrder(AccountKit kit, Shop shop, SplittableRandom random) {
        String erpNumber = "BALIE-" + erpNumbers.incrementAndGet();
        RecordChannelOrderCommand command = new RecordChannelOrderCommand(shop.number.value(), erpNumber,
                OrderChannel.COUNTER, "", clock.instant(), List.of(new ChannelOrderLine("KABEL-3X2.5",
                        "Installatiekabel", 20 + random.nextInt(50), Money.euro("1.25"), new BigDecimal("21"),
                        LocalDate.of(2026, 3, 20))));
        kit.recordChannelOrder().record(ERP, command);
        if (random.nextInt(4) == 0) {
            kit.recordChannelOrder().record(ERP, command);
            return "recorded twice";
        }
        return "recorded";
    }

    // --- checking ------------------------------------------------------------------------------------------------

    private void drain() {
        AccountKit kit = kits.get(0);
        DeliveryReport report;
        do {
            report = kit.deliverOutbox().deliver(10_000);
        } while (report.delivered() + report.retrying() > 0);
    }

    private void check(DataSource database, String when) throws SQLException {
        int before = violations.size();
        try (Connection connection = database.getConnection()) {
            violations(connection, when, "ledger differs from its orders", """
                    SELECT b.customer_number || ' ' || b.user_id || ': spent ' || b.spent || ', reserved ' || b.reserved
                           || ' but orders ' || o.placed || ' less credits ' || c.credited || ', waiting ' || o.waiting
                    FROM ak_budget b
                    CROSS JOIN LATERAL (SELECT COALESCE(SUM(CASE WHEN r.status IN ('PLACED', 'APPROVED')
                                                   THEN r.net_total END), 0)
                                                   AS placed,
                                               COALESCE(SUM(CASE WHEN r.status = 'AWAITING_APPROVAL'
                                                   THEN r.reserved_amount END), 0) AS waiting
                                        FROM ak_order_request r
                                        WHERE r.customer_number = b.customer_number AND r.requester_id = b.user_id) o
                    CROSS JOIN LATERAL (SELECT %s AS credited) c
                    WHERE b.spent <> o.placed - c.credited OR b.reserved <> o.waiting
                    """.formatted(CREDITED));
            List<String> overLimit = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("""
                    SELECT b.customer_number, b.user_id,
                           COALESCE((SELECT SUM(r.net_total) FROM ak_order_request r
                                     WHERE r.customer_number = b.customer_number AND r.requester_id = b.user_id
                                       AND r.status = 'PLACED' AND NOT EXISTS (SELECT 1 FROM ak_order_decision d
                                           WHERE d.order_request_id = r.id)), 0) - %s
                    FROM ak_budget b
                    """.formatted(CREDITED)); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String customer = rows.getString(1);
                    Shop shop = shops.stream().filter(candidate -> candidate.number.value().equals(customer))
                            .findFirst().orElseThrow();
                    Money highest = shop.highestLimit.get(new UserId(rows.getObject(2, UUID.class)));
                    if (highest != null && rows.getBigDecimal(3).compareTo(highest.amount()) > 0) {
                        overLimit.add(rows.getString(1) + " " + rows.getString(2) + ": placed directly "
                                + rows.getBigDecimal(3) + " net of credits, highest limit " + highest);
                    }
                }
            }
            overLimit.forEach(found -> violations.add(when + ": direct placement over the limit: " + found));
            violations(connection, when, "more decisions than tiers, or the wrong ones", """
                    SELECT r.id || ' ' || r.status || ' needs ' || r.required_approvals || ', has ' || COUNT(d.tier)
                    FROM ak_order_request r JOIN ak_order_decision d ON d.order_request_id = r.id
                    GROUP BY r.id, r.status, r.required_approvals
                    HAVING COUNT(d.tier) > r.required_approvals OR r.status = 'PLACED'
                        OR (r.status = 'APPROVED' AND (COUNT(d.tier) <> r.required_approvals
                            OR SUM(CASE WHEN d.verdict <> 'APPROVED' THEN 1 ELSE 0 END) > 0))
                        OR (r.status = 'REJECTED' AND MAX(CASE WHEN d.verdict = 'REJECTED' THEN d.tier END)
                            <> MAX(d.tier))
                        OR r.status IN ('WITHDRAWN', 'EXPIRED') AND SUM(CASE WHEN d.verdict <> 'APPROVED' THEN 1
                            ELSE 0 END) > 0
                    """);
            violations(connection, when, "delivered + cancelled over ordered", """
                    SELECT customer_number || ' ' || erp_order_number || ' line ' || line_number || ': ordered '
                           || ordered || ', delivered ' || delivered || ', cancelled ' || cancelled
                    FROM ak_sales_order_line
                    WHERE delivered + cancelled > ordered OR delivered < 0 OR cancelled < 0
                    """);
            violations(connection, when, "returned over delivered", """
                    SELECT l.customer_number || ' ' || l.erp_order_number || ' line ' || l.line_number
                           || ': delivered ' || l.delivered || ', returned ' || SUM(cl.quantity)
                    FROM ak_sales_order_line l
                    JOIN ak_service_case c ON c.customer_number = l.customer_number
                         AND c.erp_order_number = l.erp_order_number AND c.kind = 'RETURN'
                         AND c.status NOT IN ('WITHDRAWN', 'REFUSED')
                    JOIN ak_service_case_line cl ON cl.customer_number = c.customer_number
                         AND cl.case_number = c.case_number AND cl.line_number = l.line_number
                    GROUP BY l.customer_number, l.erp_order_number, l.line_number, l.delivered
                    HAVING SUM(cl.quantity) > l.delivered
                    """);
            violations(connection, when, "outbox entry neither delivered nor parked", """
                    SELECT 'notice ' || notice_id || ' ' || status FROM ak_notice_outbox
                    WHERE status NOT IN ('DELIVERED', 'PARKED')
                    UNION ALL
                    SELECT 'effect ' || effect_id || ' ' || status FROM ak_effect_outbox
                    WHERE status NOT IN ('DELIVERED', 'PARKED')
                    """);
            violations(connection, when, "decided or closed order request without one audit record each", """
                    SELECT r.id || ' ' || r.status || ': ' || d.decisions || ' decisions, ' || a.decided
                           || ' decision records, ' || a.closed || ' withdrawal or expiry records'
                    FROM ak_order_request r
                    CROSS JOIN LATERAL (SELECT COUNT(*) AS decisions FROM ak_order_decision x
                                        WHERE x.order_request_id = r.id) d
                    CROSS JOIN LATERAL (SELECT COUNT(CASE WHEN y.audit_action IN ('ORDER_APPROVED', 'ORDER_REJECTED')
                                                   THEN 1 END) AS decided,
                                               COUNT(CASE WHEN y.audit_action IN ('ORDER_WITHDRAWN', 'ORDER_EXPIRED')
                                                   THEN 1 END) AS closed
                                        FROM ak_audit_record y
                                        WHERE y.customer_number = r.customer_number
                                          AND y.subject = CAST(r.id AS VARCHAR(300))) a
                    WHERE a.decided <> d.decisions
                       OR a.closed <> CASE WHEN r.status IN ('WITHDRAWN', 'EXPIRED') THEN 1 ELSE 0 END
                    """);
            Map<String, Long> audited = new TreeMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT audit_action, COUNT(*) FROM ak_audit_record GROUP BY audit_action");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    audited.put(rows.getString(1), rows.getLong(2));
                }
            }
            changes.forEach((action, made) -> {
                long records = audited.getOrDefault(action, 0L);
                if (records != made.sum()) {
                    violations.add(when + ": " + made.sum() + " changes " + action + " made, " + records
                            + " audit records");
                }
            });
            Set<UUID> placed = new java.util.HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id FROM ak_order_request WHERE status IN ('PLACED', 'APPROVED')"); ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    placed.add(rows.getObject(1, UUID.class));
                }
            }
            for (UUID order : placed) {
                int times = Optional.ofNullable(handedOff.get(order)).map(AtomicInteger::get).orElse(0);
                if (times != 1) {
                    violations.add(when + ": placed order " + order + " handed off " + times + " times");
                }
            }
            handedOff.keySet().stream().filter(order -> !placed.contains(order)).forEach(order -> violations.add(
                    when + ": " + order + " handed off but not placed"));
            sent.forEach((notice, times) -> {
                if (times.get() != 1) {
                    violations.add(when + ": notice " + notice + " sent " + times.get() + " times");
                }
            });
            System.out.printf(Locale.ROOT, "%s: %d placed orders handed off, %d notices sent, %d events published; "
                    + "%d new violations%n", when, placed.size(), sent.size(), published.sum(),
                    violations.size() - before);
        }
    }

    /** What the ERP and customer service credited a user's budget: cancelled and credited-returned value. */
    private static final String CREDITED = """
            (COALESCE((SELECT SUM(l.cancelled * l.unit_net_price) FROM ak_sales_order s
                       JOIN ak_sales_order_line l ON l.customer_number = s.customer_number
                            AND l.erp_order_number = s.erp_order_number
                       WHERE s.customer_number = b.customer_number AND s.requester_id = b.user_id
                         AND s.booked_period IS NOT NULL), 0)
             + COALESCE((SELECT SUM(cl.quantity * cl.unit_net_price) FROM ak_service_case c
                       JOIN ak_service_case_line cl ON cl.customer_number = c.customer_number
                            AND cl.case_number = c.case_number
                       JOIN ak_sales_order s ON s.customer_number = c.customer_number
                            AND s.erp_order_number = c.erp_order_number
                       WHERE c.customer_number = b.customer_number AND s.requester_id = b.user_id
                         AND s.booked_period IS NOT NULL AND c.kind = 'RETURN' AND c.status = 'RESOLVED'
                         AND c.resolution = 'CREDITED'), 0))
            """;

    private void violations(Connection connection, String when, String what, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                violations.add(when + ": " + what + ": " + rows.getString(1));
            }
        }
    }

    // --- reporting -----------------------------------------------------------------------------------------------

    private void report(long done, double seconds) throws Exception {
        double perSecond = done / seconds;
        System.out.println();
        System.out.printf(Locale.ROOT, "operations: %d in %.1f s, %.0f per second, clock moved to %s%n", done,
                seconds, perSecond, now.get());
        System.out.println("outcomes and exceptions by operation:");
        new TreeMap<>(outcomes).forEach((what, count) -> System.out.printf(Locale.ROOT, "  %-60s %8d%n", what,
                count.sum()));
        System.out.println("violations: " + violations.size());
        violations.stream().limit(50).forEach(violation -> System.out.println("  " + violation));
        Path module = Path.of("account-benchmarks");
        Path out = (Files.isDirectory(module) ? module.resolve("target") : Path.of("target"))
                .resolve("benchmark-results.csv");
        List<String> lines = new ArrayList<>();
        if (Files.exists(out)) {
            Files.readAllLines(out).stream().filter(line -> !line.startsWith("soak")).forEach(lines::add);
        } else {
            lines.add("benchmark,threads,ops_per_s,baseline_ops_per_s,ratio");
        }
        lines.add(String.format(Locale.ROOT, "soak,%d,%.0f,,", threads, perSecond));
        lines.add(String.format(Locale.ROOT, "soak-operations,%d,%d,,", threads, done));
        lines.add(String.format(Locale.ROOT, "soak-violations,%d,%d,,", threads, violations.size()));
        new TreeMap<>(outcomes).forEach((what, count) -> lines.add(String.format(Locale.ROOT, "soak %s,%d,%d,,",
                what.replace(',', ';'), threads, count.sum())));
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        System.out.println("written to " + out.toAbsolutePath());
    }

    private void count(String what) {
        outcomes.computeIfAbsent(what, key -> new LongAdder()).increment();
    }

    private void changed(String action) {
        changes.computeIfAbsent(action, key -> new LongAdder()).increment();
    }

    private static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    private static <T> T pickOrNull(List<T> items, SplittableRandom random) {
        synchronized (items) {
            return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
        }
    }
}
