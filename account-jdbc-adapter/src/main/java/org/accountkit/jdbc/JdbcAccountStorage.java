package org.accountkit.jdbc;

import java.util.Objects;
import javax.sql.DataSource;

import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.AccountUsers;
import org.accountkit.spi.AddressBooks;
import org.accountkit.spi.ApprovalPolicies;
import org.accountkit.spi.ArticleLists;
import org.accountkit.spi.AuditTrail;
import org.accountkit.spi.Budgets;
import org.accountkit.spi.CustomerAccounts;
import org.accountkit.spi.EffectOutbox;
import org.accountkit.spi.ErpDocuments;
import org.accountkit.spi.IdempotencyKeys;
import org.accountkit.spi.LoginAttempts;
import org.accountkit.spi.Invoices;
import org.accountkit.spi.NightDeliveries;
import org.accountkit.spi.NoticeOutbox;
import org.accountkit.spi.OrderRequests;
import org.accountkit.spi.OrderingContexts;
import org.accountkit.spi.Quotes;
import org.accountkit.spi.SalesOrders;
import org.accountkit.spi.ServiceCases;
import org.accountkit.spi.Substitutions;
import org.accountkit.spi.Transactions;
import org.flywaydb.core.Flyway;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Stores everything in a relational database through plain JDBC on the host's {@link DataSource}: PostgreSQL
 * (production) or H2 (tests, demos). Statements bind every value as a parameter. Each aggregate root has a version
 * column; a change based on a stale copy is refused with {@link org.accountkit.ConcurrentModification}.
 *
 * <p>The schema ships in this jar as Flyway migrations under {@code org/accountkit/jdbc/migration}, with their own
 * history table {@value #HISTORY_TABLE}, so they live beside the host's own migrations. All tables start with
 * {@code ak_}.
 *
 * <pre>{@code
 * AccountStorage storage = JdbcAccountStorage.migrate(dataSource);
 * }</pre>
 */
@SecondaryAdapter
public final class JdbcAccountStorage implements AccountStorage {

    /** Flyway's history table for AccountKit's migrations. */
    public static final String HISTORY_TABLE = "accountkit_schema_history";
    /** Where the migrations are on the class path. */
    public static final String MIGRATIONS = "classpath:org/accountkit/jdbc/migration";

    private final JdbcTransactions transactions;
    private final JdbcCustomerAccounts customerAccounts;
    private final JdbcAccountUsers users;
    private final JdbcAddressBooks addressBooks;
    private final JdbcAuditTrail auditTrail;
    private final JdbcBudgets budgets;
    private final JdbcOrderRequests orderRequests;
    private final JdbcApprovalPolicies approvalPolicies;
    private final JdbcSubstitutions substitutions;
    private final JdbcOrderingContexts orderingContexts;
    private final JdbcSalesOrders salesOrders;
    private final JdbcInvoices invoices;
    private final JdbcErpDocuments erpDocuments;
    private final JdbcNightDeliveries nightDeliveries;
    private final JdbcServiceCases serviceCases;
    private final JdbcQuotes quotes;
    private final JdbcArticleLists articleLists;
    private final JdbcIdempotencyKeys idempotencyKeys;
    private final JdbcLoginAttempts loginAttempts;
    private final JdbcNoticeOutbox noticeOutbox;
    private final JdbcEffectOutbox effectOutbox;

    private JdbcAccountStorage(DataSource dataSource) {
        this.transactions = new JdbcTransactions(dataSource);
        this.customerAccounts = new JdbcCustomerAccounts(transactions);
        this.users = new JdbcAccountUsers(transactions);
        this.addressBooks = new JdbcAddressBooks(transactions);
        this.auditTrail = new JdbcAuditTrail(transactions);
        this.budgets = new JdbcBudgets(transactions);
        this.orderRequests = new JdbcOrderRequests(transactions);
        this.approvalPolicies = new JdbcApprovalPolicies(transactions);
        this.substitutions = new JdbcSubstitutions(transactions);
        this.orderingContexts = new JdbcOrderingContexts(transactions);
        this.salesOrders = new JdbcSalesOrders(transactions);
        this.invoices = new JdbcInvoices(transactions);
        this.erpDocuments = new JdbcErpDocuments(transactions);
        this.nightDeliveries = new JdbcNightDeliveries(transactions);
        this.serviceCases = new JdbcServiceCases(transactions);
        this.quotes = new JdbcQuotes(transactions);
        this.articleLists = new JdbcArticleLists(transactions);
        this.idempotencyKeys = new JdbcIdempotencyKeys(transactions);
        this.loginAttempts = new JdbcLoginAttempts(transactions);
        this.noticeOutbox = new JdbcNoticeOutbox(transactions);
        this.effectOutbox = new JdbcEffectOutbox(transactions);
    }

    /**
     * Brings the database's schema up to date with Flyway, then returns the storage on it. Safe to call from
     * several servers at once: Flyway serializes migrations with a lock.
     *
     * @param dataSource the host's data source; a pool is advised
     */
    public static JdbcAccountStorage migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return new JdbcAccountStorage(dataSource);
    }

    /**
     * The storage on a database whose schema the host migrates itself (from {@link #MIGRATIONS}).
     *
     * @param dataSource the host's data source
     */
    public static JdbcAccountStorage withoutMigrating(DataSource dataSource) {
        return new JdbcAccountStorage(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public CustomerAccounts customerAccounts() {
        return customerAccounts;
    }

    @Override
    public AccountUsers users() {
        return users;
    }

    @Override
    public AddressBooks addressBooks() {
        return addressBooks;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public Budgets budgets() {
        return budgets;
    }

    @Override
    public OrderRequests orderRequests() {
        return orderRequests;
    }

    @Override
    public ApprovalPolicies approvalPolicies() {
        return approvalPolicies;
    }

    @Override
    public Substitutions substitutions() {
        return substitutions;
    }

    @Override
    public OrderingContexts orderingContexts() {
        return orderingContexts;
    }

    @Override
    public SalesOrders salesOrders() {
        return salesOrders;
    }

    @Override
    public Invoices invoices() {
        return invoices;
    }

    @Override
    public ErpDocuments erpDocuments() {
        return erpDocuments;
    }

    @Override
    public NightDeliveries nightDeliveries() {
        return nightDeliveries;
    }

    @Override
    public ServiceCases serviceCases() {
        return serviceCases;
    }

    @Override
    public Quotes quotes() {
        return quotes;
    }

    @Override
    public ArticleLists articleLists() {
        return articleLists;
    }

    @Override
    public LoginAttempts loginAttempts() {
        return loginAttempts;
    }

    @Override
    public IdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }

    @Override
    public NoticeOutbox noticeOutbox() {
        return noticeOutbox;
    }

    @Override
    public EffectOutbox effectOutbox() {
        return effectOutbox;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }
}
