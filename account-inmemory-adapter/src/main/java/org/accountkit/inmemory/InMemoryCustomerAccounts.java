package org.accountkit.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.customer.CustomerAccount;
import org.accountkit.customer.CustomerAccounts;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.customer.CustomerNumberTaken;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Customer accounts in a map, stored and handed out as copies. */
@SecondaryAdapter
final class InMemoryCustomerAccounts implements CustomerAccounts {

    private final InMemoryTransactions transactions;
    private final Map<CustomerNumber, CustomerAccount> accounts = new HashMap<>();

    InMemoryCustomerAccounts(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<CustomerAccount> find(CustomerNumber number) {
        return transactions.read(() -> Optional.ofNullable(accounts.get(number)).map(account -> copy(account, account.version())));
    }

    @Override
    public void add(CustomerAccount account) {
        CustomerAccount stored = copy(account, 0);
        transactions.write(() -> {
            if (accounts.containsKey(account.number())) {
                throw new CustomerNumberTaken(account.number());
            }
            accounts.put(account.number(), stored);
        }, () -> accounts.remove(account.number()));
    }

    @Override
    public void update(CustomerAccount account) {
        CustomerAccount stored = copy(account, account.version() + 1);
        CustomerAccount[] previous = new CustomerAccount[1];
        transactions.write(() -> {
            CustomerAccount current = accounts.get(account.number());
            if (current == null || current.version() != account.version()) {
                throw new ConcurrentModification("customer account", account.number());
            }
            previous[0] = current;
            accounts.put(account.number(), stored);
        }, () -> accounts.put(account.number(), previous[0]));
    }

    private static CustomerAccount copy(CustomerAccount account, long version) {
        return CustomerAccount.reconstitute(account.number(), account.profile(), account.invoiceAddress(),
                account.timeZone(), version);
    }
}
