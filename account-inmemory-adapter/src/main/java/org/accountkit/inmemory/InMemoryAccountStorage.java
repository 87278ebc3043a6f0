package org.accountkit.inmemory;

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

    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryCustomerAccounts customerAccounts = new InMemoryCustomerAccounts(transactions);
    private final InMemoryBudgets budgets = new InMemoryBudgets(transactions);
    private final InMemoryAccountUsers users = new InMemoryAccountUsers(transactions, budgets);
    private final InMemoryAddressBooks addressBooks = new InMemoryAddressBooks(transactions);
    private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(transactions);
    private final InMemoryApprovalPolicies approvalPolicies = new InMemoryApprovalPolicies(transactions, budgets);
    private final InMemoryEffectOutbox effectOutbox = new InMemoryEffectOutbox(transactions);
    private final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys(transactions);
    private final InMemoryOrderRequests orderRequests = new InMemoryOrderRequests(transactions, budgets, users,
            approvalPolicies, effectOutbox, idempotencyKeys);
    private final InMemorySubstitutions substitutions = new InMemorySubstitutions(transactions);
    private final InMemoryOrderingContexts orderingContexts = new InMemoryOrderingContexts(transactions, users,
            customerAccounts, budgets, approvalPolicies);
    private final InMemorySalesOrders salesOrders = new InMemorySalesOrders(transactions, users);
    private final InMemoryInvoices invoices = new InMemoryInvoices(transactions);
    private final InMemoryErpDocuments erpDocuments = new InMemoryErpDocuments(transactions);
    private final InMemoryNightDeliveries nightDeliveries = new InMemoryNightDeliveries(transactions);
    private final InMemoryServiceCases serviceCases = new InMemoryServiceCases(transactions);
    private final InMemoryQuotes quotes = new InMemoryQuotes(transactions);
    private final InMemoryArticleLists articleLists = new InMemoryArticleLists(transactions);
    private final InMemoryNoticeOutbox noticeOutbox = new InMemoryNoticeOutbox(transactions);

    /** An empty store. */
    public InMemoryAccountStorage() {
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
