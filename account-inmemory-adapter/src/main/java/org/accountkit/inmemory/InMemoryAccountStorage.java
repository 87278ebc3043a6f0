package org.accountkit.inmemory;

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
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Keeps everything in memory: for tests, demos and prototypes. Thread-safe; every repository stores and hands out
 * copies, so nothing outside it shares its state. Transactions run one at a time and undo their changes when they
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
    private final InMemoryAccountUsers users = new InMemoryAccountUsers(transactions);
    private final InMemoryAddressBooks addressBooks = new InMemoryAddressBooks(transactions);
    private final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(transactions);
    private final InMemoryBudgets budgets = new InMemoryBudgets(transactions);
    private final InMemoryApprovalPolicies approvalPolicies = new InMemoryApprovalPolicies(transactions);
    private final InMemoryOrderRequests orderRequests = new InMemoryOrderRequests(transactions, budgets, users,
            approvalPolicies);
    private final InMemorySubstitutions substitutions = new InMemorySubstitutions(transactions);
    private final InMemoryOrderingContexts orderingContexts = new InMemoryOrderingContexts(transactions, users,
            customerAccounts, budgets, approvalPolicies);

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
    public Transactions transactions() {
        return transactions;
    }
}
