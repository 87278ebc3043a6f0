package org.accountkit.testkit;

import java.util.Objects;

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

/** A storage that hands out another storage's ports; override one to inject a failure into it. */
public class ForwardingAccountStorage implements AccountStorage {

    private final AccountStorage delegate;

    /** @param delegate the storage whose ports are handed out */
    public ForwardingAccountStorage(AccountStorage delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public CustomerAccounts customerAccounts() {
        return delegate.customerAccounts();
    }

    @Override
    public AccountUsers users() {
        return delegate.users();
    }

    @Override
    public AddressBooks addressBooks() {
        return delegate.addressBooks();
    }

    @Override
    public AuditTrail auditTrail() {
        return delegate.auditTrail();
    }

    @Override
    public Budgets budgets() {
        return delegate.budgets();
    }

    @Override
    public OrderRequests orderRequests() {
        return delegate.orderRequests();
    }

    @Override
    public ApprovalPolicies approvalPolicies() {
        return delegate.approvalPolicies();
    }

    @Override
    public Substitutions substitutions() {
        return delegate.substitutions();
    }

    @Override
    public OrderingContexts orderingContexts() {
        return delegate.orderingContexts();
    }

    @Override
    public SalesOrders salesOrders() {
        return delegate.salesOrders();
    }

    @Override
    public Invoices invoices() {
        return delegate.invoices();
    }

    @Override
    public ErpDocuments erpDocuments() {
        return delegate.erpDocuments();
    }

    @Override
    public NightDeliveries nightDeliveries() {
        return delegate.nightDeliveries();
    }

    @Override
    public ServiceCases serviceCases() {
        return delegate.serviceCases();
    }

    @Override
    public Quotes quotes() {
        return delegate.quotes();
    }

    @Override
    public ArticleLists articleLists() {
        return delegate.articleLists();
    }

    @Override
    public IdempotencyKeys idempotencyKeys() {
        return delegate.idempotencyKeys();
    }

    @Override
    public NoticeOutbox noticeOutbox() {
        return delegate.noticeOutbox();
    }

    @Override
    public EffectOutbox effectOutbox() {
        return delegate.effectOutbox();
    }

    @Override
    public LoginAttempts loginAttempts() {
        return delegate.loginAttempts();
    }

    @Override
    public Transactions transactions() {
        return delegate.transactions();
    }
}
