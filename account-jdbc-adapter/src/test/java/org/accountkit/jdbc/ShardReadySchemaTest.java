package org.accountkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.sql.DataSource;

import org.accountkit.AccountKit;
import org.accountkit.address.AddAddressCommand;
import org.accountkit.approval.ApprovalRecipients;
import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.ConfigureApprovalRulesCommand;
import org.accountkit.approval.NameSubstituteCommand;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderRequestQuery;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.approval.WithdrawOrderCommand;
import org.accountkit.audit.AuditTrailQuery;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.ChangeApprovalRequirementCommand;
import org.accountkit.budget.RemoveBudgetCommand;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.customer.ChangeInvoiceAddressCommand;
import org.accountkit.lists.ArticleListId;
import org.accountkit.lists.ChangeArticleListCommand;
import org.accountkit.lists.CreateArticleListCommand;
import org.accountkit.lists.ListLineCommand;
import org.accountkit.lists.RemoveListLineCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.profile.ChangeEmailSettingsCommand;
import org.accountkit.profile.ChangePasswordCommand;
import org.accountkit.quote.AnswerQuoteCommand;
import org.accountkit.quote.DeclineQuoteCommand;
import org.accountkit.quote.RequestQuoteCommand;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.PageRequest;
import org.accountkit.testkit.Fixtures;
import org.accountkit.testkit.MutableClock;
import org.accountkit.testkit.TestCatalog;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.AuthenticateCommand;
import org.accountkit.user.AuthenticationFailed;
import org.accountkit.user.ChangeRightsCommand;
import org.accountkit.user.ChangeRoleCommand;
import org.accountkit.user.RemoveUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema and the statements are ready to be distributed by customer number (Citus, say): every table carries
 * {@code customer_number} and its primary key starts with it, no foreign key ties tables together, and every
 * statement AccountKit sends names the customer number. The exceptions are the ones a distributed schema has: the
 * global login table {@code ak_login} (login addresses, and the failed logins per address, counted before any
 * customer number is known), and the deadline processing's search across customer numbers.
 */
class ShardReadySchemaTest {

    /** Statements that need not name the customer number: the global login table, and due deadlines. */
    private static final List<String> SPANNING = List.of(
            "FROM ak_login WHERE email_normalized = ?",
            "UPDATE ak_login SET",
            "INSERT INTO ak_login (email_normalized, failed_logins, latest_failure_at)",
            "FROM ak_order_request WHERE next_deadline_at <= ?",
            "FROM ak_quote WHERE status = ?");

    /** The databases by name: a pool passed as argument would be closed by JUnit after the test. */
    static Stream<String> databases() {
        return Stream.of("PostgreSQL", "H2");
    }

    private static DataSource database(String name) {
        return name.equals("H2") ? TestDatabases.h2() : TestDatabases.postgres();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void every_table_carries_the_customer_number_first_in_its_key_and_none_has_a_foreign_key(String name)
            throws SQLException {
        DataSource database = database(name);
        Map<String, List<String>> keys = new TreeMap<>();
        Set<String> withoutCustomerNumber = new TreeSet<>();
        List<String> foreignKeys = new ArrayList<>();
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData catalog = connection.getMetaData();
            for (String table : tables(connection)) {
                if (!columns(catalog, connection, table).contains("customer_number")) {
                    withoutCustomerNumber.add(table);
                }
                keys.put(table, primaryKey(catalog, connection, table));
                try (ResultSet imported = catalog.getImportedKeys(connection.getCatalog(), connection.getSchema(),
                        name(catalog, table))) {
                    while (imported.next()) {
                        foreignKeys.add(table + " -> " + imported.getString("PKTABLE_NAME"));
                    }
                }
            }
        }

        assertThat(keys).as("AccountKit's tables").containsKeys("ak_account_user", "ak_order_line",
                "ak_order_decision", "ak_login", "ak_budget", "ak_order_request");
        assertThat(withoutCustomerNumber).as("tables without customer_number").isEmpty();
        keys.forEach((table, key) -> {
            if (table.equals("ak_login")) {
                assertThat(key).as("the global login table's key").containsExactly("email_normalized");
            } else {
                assertThat(key).as("primary key of %s", table).first().isEqualTo("customer_number");
            }
        });
        assertThat(foreignKeys).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void every_statement_a_customer_number_sends_names_that_customer_number(String name) {
        DataSource database = database(name);
        List<String> statements = new CopyOnWriteArrayList<>();
        MutableClock clock = new MutableClock(Fixtures.NOW);
        AccountKit kit = Fixtures.builder(JdbcAccountStorage.withoutMigrating(recording(database, statements)), clock)
                .build();

        runEveryUseCase(kit, clock);

        List<String> unnamed = statements.stream().map(sql -> sql.replaceAll("\\s+", " "))
                .filter(sql -> sql.toLowerCase(Locale.ROOT).contains("ak_"))
                .filter(sql -> !sql.contains("customer_number"))
                .filter(sql -> SPANNING.stream().noneMatch(sql::contains))
                .distinct().toList();
        assertThat(statements).as("statements sent").hasSizeGreaterThan(100);
        assertThat(unnamed).as("statements that do not name the customer number").isEmpty();
    }

    /** Every use case once or more, the way a shop's day goes. */
    private static void runEveryUseCase(AccountKit kit, MutableClock clock) {
        CustomerNumber number = Fixtures.customerNumber();
        Actor customerService = Actor.customerService("Anja");
        Actor.UserActor petra = kit.registerCustomerAccount().register(customerService,
                Fixtures.registration(number, Fixtures.email("petra"))).administratorActor();
        kit.changeInvoiceAddress().change(customerService, new ChangeInvoiceAddressCommand(number,
                Fixtures.addressFields("Administratie")));
        String janEmail = Fixtures.email("jan").value();
        Actor.UserActor jan = petra.colleague(kit.addUser().add(petra, new AddUserCommand(janEmail, "Jan", Role.USER,
                EnumSet.of(Right.PLACE_ORDERS), Fixtures.PASSWORD)));
        Actor.UserActor kees = petra.colleague(kit.addUser().add(petra, new AddUserCommand(
                Fixtures.email("kees").value(), "Kees", Role.USER, EnumSet.of(Right.APPROVE_ORDERS),
                Fixtures.PASSWORD)));
        Actor.UserActor lotte = petra.colleague(kit.addUser().add(petra, new AddUserCommand(
                Fixtures.email("lotte").value(), "Lotte", Role.USER, Set.of(), Fixtures.PASSWORD)));
        kit.changeRights().change(petra, new ChangeRightsCommand(lotte.user(), EnumSet.of(Right.SEE_PRICES)));
        kit.changeRole().change(petra, new ChangeRoleCommand(lotte.user(), Role.ADMINISTRATOR));
        kit.listUsers().list(petra, PageRequest.first(10));
        assertThatThrownBy(() -> kit.authenticate().authenticate(new AuthenticateCommand(janEmail, "Verkeerd-123!")))
                .isInstanceOf(AuthenticationFailed.class);
        kit.authenticate().authenticate(new AuthenticateCommand(janEmail, Fixtures.PASSWORD));
        kit.changePassword().change(jan, new ChangePasswordCommand(Fixtures.PASSWORD, "Nieuw-wachtwoord-2026"));
        kit.changeEmailSettings().change(jan, new ChangeEmailSettingsCommand(janEmail, janEmail, janEmail, true));
        kit.viewProfile().view(jan);
        kit.addAddress().add(petra, new AddAddressCommand("Werkplaats", Fixtures.addressFields("Werkplaats"), true));
        kit.listAddresses().list(petra);

        kit.setBudget().set(petra, new SetBudgetCommand(jan.user(), Money.euro("500.00"), BudgetPeriod.MONTH));
        kit.configureApprovalRules().configure(petra, new ConfigureApprovalRulesCommand(Money.euro("1000.00"), null,
                Duration.ofHours(24), Duration.ofHours(48), Duration.ofDays(7), ApprovalRecipients.APPROVERS));
        kit.nameSubstitute().name(kees, new NameSubstituteCommand(lotte.user(), Fixtures.NOW,
                Fixtures.NOW.plusSeconds(86_400)));
        kit.submitOrder().submit(jan, cart(TestCatalog.DRILL, 1));
        OrderRequestId approved = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();
        OrderRequestId rejected = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();
        OrderRequestId withdrawn = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();
        OrderRequestId expired = kit.submitOrder().submit(jan, cart(TestCatalog.PRESS_TOOL, 1)).order();
        kit.explainOrder().explain(jan, cart(TestCatalog.SCREWS, 2));
        kit.approveOrder().approve(kees, new ApproveOrderCommand(approved));
        kit.rejectOrder().reject(petra, new RejectOrderCommand(rejected, "Te duur"));
        kit.withdrawOrder().withdraw(jan, new WithdrawOrderCommand(withdrawn));
        kit.viewOrderRequest().view(jan, approved);
        kit.listOrderRequests().list(petra, OrderRequestQuery.firstPage(OrderStatus.AWAITING_APPROVAL, 10));
        kit.listMyOrderRequests().list(jan, OrderRequestQuery.firstPage(OrderStatus.PLACED, 10));
        kit.viewBudget().view(jan, jan.user());
        clock.advance(Duration.ofHours(25));
        kit.processApprovalDeadlines().process(10_000);
        clock.advance(Duration.ofDays(7));
        kit.processApprovalDeadlines().process(10_000);
        assertThat(kit.viewOrderRequest().view(jan, expired).status()).isEqualTo(OrderStatus.EXPIRED);
        kit.endSubstitution().end(kees);
        kit.changeApprovalRequirement().change(petra, new ChangeApprovalRequirementCommand(jan.user(), true));
        kit.removeBudget().remove(petra, new RemoveBudgetCommand(jan.user()));
        kit.listAuditTrail().list(petra, AuditTrailQuery.own(PageRequest.first(10)));
        kit.listAuditTrail().list(customerService, AuditTrailQuery.of(number, PageRequest.first(10)));
        String quote = kit.requestQuote().request(petra, RequestQuoteCommand.forArticle(TestCatalog.DRILL, 2, ""));
        kit.listQuoteRequests().waiting(customerService, PageRequest.first(10));
        kit.answerQuote().answer(customerService, new AnswerQuoteCommand(number.value(), quote,
                List.of(Money.euro("180.00")), LocalDate.of(2026, 3, 31)));
        kit.listMyQuotes().list(petra, PageRequest.first(10));
        kit.viewQuote().view(petra, quote);
        kit.orderQuote().order(petra, quote);
        String declined = kit.requestQuote().request(petra, RequestQuoteCommand.forArticle(TestCatalog.CABLE, 9, ""));
        kit.declineQuote().decline(customerService, new DeclineQuoteCommand(number.value(), declined, "Nee"));
        kit.withdrawQuote().withdraw(petra, kit.requestQuote().request(petra,
                RequestQuoteCommand.forArticle(TestCatalog.CABLE, 9, "")));
        ArticleListId list = kit.createArticleList().create(petra, new CreateArticleListCommand("Bus", true));
        kit.addListLine().add(petra, new ListLineCommand(list, TestCatalog.SCREWS, 2, ""));
        kit.changeListLine().change(petra, new ListLineCommand(list, TestCatalog.SCREWS, 3, "doos"));
        kit.removeListLine().remove(petra, new RemoveListLineCommand(list, TestCatalog.SCREWS));
        kit.changeArticleList().change(petra, new ChangeArticleListCommand(list, "Bus 2", false));
        kit.listArticleLists().list(petra);
        kit.turnListIntoCart().cart(petra, list);
        kit.deleteArticleList().delete(petra, list);
        kit.removeUser().remove(petra, new RemoveUserCommand(jan.user()));
    }

    private static SubmitOrderCommand cart(String article, int quantity) {
        return new SubmitOrderCommand(List.of(new CartLine(article, quantity)));
    }

    /** A data source whose connections note the text of every statement they prepare. */
    private static DataSource recording(DataSource database, List<String> statements) {
        InvocationHandler dataSource = (proxy, method, arguments) -> {
            Object result = invoke(database, method, arguments);
            return result instanceof Connection connection ? recording(connection, statements) : result;
        };
        return (DataSource) Proxy.newProxyInstance(ShardReadySchemaTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, dataSource);
    }

    private static Connection recording(Connection connection, List<String> statements) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            if (method.getName().startsWith("prepare") && arguments != null && arguments[0] instanceof String sql) {
                statements.add(sql);
            }
            return invoke(connection, method, arguments);
        };
        return (Connection) Proxy.newProxyInstance(ShardReadySchemaTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments)
            throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException failure) {
            throw failure.getCause();
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        DatabaseMetaData catalog = connection.getMetaData();
        try (ResultSet rows = catalog.getTables(connection.getCatalog(), connection.getSchema(), null,
                new String[] {"TABLE"})) {
            while (rows.next()) {
                String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("ak_")) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static Set<String> columns(DatabaseMetaData catalog, Connection connection, String table)
            throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (ResultSet rows = catalog.getColumns(connection.getCatalog(), connection.getSchema(),
                name(catalog, table), null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static List<String> primaryKey(DatabaseMetaData catalog, Connection connection, String table)
            throws SQLException {
        Map<Integer, String> ordered = new TreeMap<>();
        try (ResultSet rows = catalog.getPrimaryKeys(connection.getCatalog(), connection.getSchema(),
                name(catalog, table))) {
            while (rows.next()) {
                ordered.put(rows.getInt("KEY_SEQ"), rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return new ArrayList<>(ordered.values());
    }

    private static String name(DatabaseMetaData catalog, String table) throws SQLException {
        return catalog.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }
}
