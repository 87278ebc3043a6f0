package org.accountkit.inmemory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

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
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Keeps everything in memory: for tests, demos and prototypes. Thread-safe; every repository stores the immutable
 * snapshots it is given and hands them out as they are. Transactions run one at a time and undo their changes when they
 * fail. Nothing survives the JVM.
 *
 * <pre>{@code
 * AccountKit kit = AccountKit.builder()
 *         .storage(new InMemoryAccountStorage())
 *         .passwordHashing(new Argon2PasswordHashing())
 *         .build();
 * }</pre>
 */
@SecondaryAdapter
public final class InMemoryAccountStorage implements AccountStorage {

    private final StorageFaults faults;
    /** With faults: each port's faulty view, made once. */
    private final Map<Class<?>, Object> faultyPorts = new ConcurrentHashMap<>();
    private final InMemoryTransactions transactions;
    private final InMemoryCustomerAccounts customerAccounts;
    private final InMemoryBudgets budgets;
    private final InMemoryAccountUsers users;
    private final InMemoryAddressBooks addressBooks;
    private final InMemoryAuditTrail auditTrail;
    private final InMemoryApprovalPolicies approvalPolicies;
    private final InMemoryEffectOutbox effectOutbox;
    private final InMemoryIdempotencyKeys idempotencyKeys;
    private final InMemoryOrderRequests orderRequests;
    private final InMemorySubstitutions substitutions;
    private final InMemoryOrderingContexts orderingContexts;
    private final InMemorySalesOrders salesOrders;
    private final InMemoryInvoices invoices;
    private final InMemoryErpDocuments erpDocuments;
    private final InMemoryNightDeliveries nightDeliveries;
    private final InMemoryServiceCases serviceCases;
    private final InMemoryQuotes quotes;
    private final InMemoryArticleLists articleLists;
    private final InMemoryNoticeOutbox noticeOutbox;
    private final InMemoryLoginAttempts loginAttempts;

    /** An empty store. */
    public InMemoryAccountStorage() {
        this(StorageFaults.NONE);
    }

    private InMemoryAccountStorage(StorageFaults faults) {
        this.faults = faults;
        transactions = new InMemoryTransactions(faults);
        customerAccounts = new InMemoryCustomerAccounts(transactions);
        budgets = new InMemoryBudgets(transactions);
        users = new InMemoryAccountUsers(transactions, budgets);
        addressBooks = new InMemoryAddressBooks(transactions);
        auditTrail = new InMemoryAuditTrail(transactions);
        approvalPolicies = new InMemoryApprovalPolicies(transactions, budgets);
        effectOutbox = new InMemoryEffectOutbox(transactions);
        idempotencyKeys = new InMemoryIdempotencyKeys(transactions);
        orderRequests = new InMemoryOrderRequests(transactions, budgets, users, approvalPolicies, effectOutbox,
                idempotencyKeys);
        substitutions = new InMemorySubstitutions(transactions);
        orderingContexts = new InMemoryOrderingContexts(transactions, users, customerAccounts, budgets,
                approvalPolicies);
        salesOrders = new InMemorySalesOrders(transactions, users);
        invoices = new InMemoryInvoices(transactions);
        erpDocuments = new InMemoryErpDocuments(transactions);
        nightDeliveries = new InMemoryNightDeliveries(transactions);
        serviceCases = new InMemoryServiceCases(transactions);
        quotes = new InMemoryQuotes(transactions);
        articleLists = new InMemoryArticleLists(transactions);
        noticeOutbox = new InMemoryNoticeOutbox(transactions);
        loginAttempts = new InMemoryLoginAttempts(transactions);
    }

    /**
     * An empty store that fails when {@code faults} says so, as a database would: for tests of how a host copes
     * with a failing store. Every call on a repository port goes through {@link StorageFaults#beforeCall} and
     * {@link StorageFaults#afterCall}, every commit through {@link StorageFaults#beforeCommit} and
     * {@link StorageFaults#afterCommit}.
     */
    public static InMemoryAccountStorage withFaults(StorageFaults faults) {
        return new InMemoryAccountStorage(Objects.requireNonNull(faults, "faults"));
    }

    @Override
    public CustomerAccounts customerAccounts() {
        return faulty(CustomerAccounts.class, customerAccounts);
    }

    @Override
    public AccountUsers users() {
        return faulty(AccountUsers.class, users);
    }

    @Override
    public AddressBooks addressBooks() {
        return faulty(AddressBooks.class, addressBooks);
    }

    @Override
    public AuditTrail auditTrail() {
        return faulty(AuditTrail.class, auditTrail);
    }

    @Override
    public Budgets budgets() {
        return faulty(Budgets.class, budgets);
    }

    @Override
    public OrderRequests orderRequests() {
        return faulty(OrderRequests.class, orderRequests);
    }

    @Override
    public ApprovalPolicies approvalPolicies() {
        return faulty(ApprovalPolicies.class, approvalPolicies);
    }

    @Override
    public Substitutions substitutions() {
        return faulty(Substitutions.class, substitutions);
    }

    @Override
    public OrderingContexts orderingContexts() {
        return faulty(OrderingContexts.class, orderingContexts);
    }

    @Override
    public SalesOrders salesOrders() {
        return faulty(SalesOrders.class, salesOrders);
    }

    @Override
    public Invoices invoices() {
        return faulty(Invoices.class, invoices);
    }

    @Override
    public ErpDocuments erpDocuments() {
        return faulty(ErpDocuments.class, erpDocuments);
    }

    @Override
    public NightDeliveries nightDeliveries() {
        return faulty(NightDeliveries.class, nightDeliveries);
    }

    @Override
    public ServiceCases serviceCases() {
        return faulty(ServiceCases.class, serviceCases);
    }

    @Override
    public Quotes quotes() {
        return faulty(Quotes.class, quotes);
    }

    @Override
    public ArticleLists articleLists() {
        return faulty(ArticleLists.class, articleLists);
    }

    @Override
    public IdempotencyKeys idempotencyKeys() {
        return faulty(IdempotencyKeys.class, idempotencyKeys);
    }

    @Override
    public NoticeOutbox noticeOutbox() {
        return faulty(NoticeOutbox.class, noticeOutbox);
    }

    @Override
    public EffectOutbox effectOutbox() {
        return faulty(EffectOutbox.class, effectOutbox);
    }

    @Override
    public LoginAttempts loginAttempts() {
        return faulty(LoginAttempts.class, loginAttempts);
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    /** {@code port}, or, with faults, {@code port} with every call going through them. */
    private <P> P faulty(Class<P> type, P port) {
        if (faults == StorageFaults.NONE) {
            return port;
        }
        return type.cast(faultyPorts.computeIfAbsent(type, ignored -> Proxy.newProxyInstance(type.getClassLoader(),
                new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.invoke(port, arguments);
                    }
                    String call = type.getSimpleName() + "." + method.getName();
                    InMemoryTransactions.fault(call, () -> faults.beforeCall(call));
                    long changesBefore = transactions.changesByThisThread();
                    Object answer;
                    try {
                        answer = method.invoke(port, arguments);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                    try {
                        faults.afterCall(call);
                    } catch (RuntimeException lost) {
                        boolean stored = !transactions.inTransaction()
                                && transactions.changesByThisThread() != changesBefore;
                        throw stored ? new InMemoryOutcomeUnknown(call, lost) : new InMemoryFailure(call, lost);
                    }
                    return answer;
                })));
    }
}
