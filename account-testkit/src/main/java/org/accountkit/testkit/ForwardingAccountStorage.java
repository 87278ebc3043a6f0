package org.accountkit.testkit;

import java.util.Objects;

import org.accountkit.AccountStorage;
import org.accountkit.address.AddressBooks;
import org.accountkit.approval.ApprovalPolicies;
import org.accountkit.approval.OrderRequests;
import org.accountkit.approval.OrderingContexts;
import org.accountkit.approval.Substitutions;
import org.accountkit.audit.AuditTrail;
import org.accountkit.budget.Budgets;
import org.accountkit.customer.CustomerAccounts;
import org.accountkit.shared.Transactions;
import org.accountkit.user.AccountUsers;

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
    public Transactions transactions() {
        return delegate.transactions();
    }
}
