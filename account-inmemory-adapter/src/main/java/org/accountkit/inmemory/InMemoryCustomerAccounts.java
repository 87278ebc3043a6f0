package org.accountkit.inmemory;

import java.util.Optional;

import org.accountkit.customer.CustomerNumberTaken;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.spi.CustomerAccountSnapshot;
import org.accountkit.spi.CustomerAccounts;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Customer accounts in memory. */
@SecondaryAdapter
final class InMemoryCustomerAccounts implements CustomerAccounts {

    private final VersionedTable<CustomerNumber, CustomerAccountSnapshot> accounts;

    InMemoryCustomerAccounts(InMemoryTransactions transactions) {
        this.accounts = new VersionedTable<>(transactions, "customer account", CustomerAccountSnapshot::number,
                CustomerAccountSnapshot::version, (account, version) -> new CustomerAccountSnapshot(account.number(),
                        account.profile(), account.invoiceAddress(), account.timeZone(), version));
    }

    @Override
    public Optional<CustomerAccountSnapshot> find(CustomerNumber number) {
        return accounts.find(number, number);
    }

    @Override
    public void add(CustomerAccountSnapshot account) {
        accounts.insert(account.number(), account, () -> new CustomerNumberTaken(account.number()));
    }

    @Override
    public void update(CustomerAccountSnapshot account) {
        accounts.update(account.number(), account);
    }

    /** The stored account, read in place; call under the lock. */
    CustomerAccountSnapshot stored(CustomerNumber number) {
        return accounts.rows().get(number);
    }
}
