package org.accountkit.inmemory;

import java.time.ZoneId;
import java.util.Optional;

import org.accountkit.customer.CustomerAccount;
import org.accountkit.customer.CustomerAccounts;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.customer.CustomerNumberTaken;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Customer accounts in memory, stored and handed out as copies. */
@SecondaryAdapter
final class InMemoryCustomerAccounts implements CustomerAccounts {

    private final VersionedTable<CustomerNumber, CustomerAccount> accounts;

    InMemoryCustomerAccounts(InMemoryTransactions transactions) {
        this.accounts = new VersionedTable<>(transactions, "customer account", CustomerAccount::version);
    }

    @Override
    public Optional<CustomerAccount> find(CustomerNumber number) {
        return accounts.find(number, account -> copy(account, account.version()));
    }

    @Override
    public void add(CustomerAccount account) {
        accounts.insert(account.number(), copy(account, 0), () -> new CustomerNumberTaken(account.number()));
    }

    @Override
    public void update(CustomerAccount account) {
        accounts.update(account.number(), copy(account, account.version() + 1), account.version());
    }

    /** The customer's time zone, read in place; call under the lock. */
    Optional<ZoneId> timeZoneOf(CustomerNumber number) {
        return Optional.ofNullable(accounts.rows().get(number)).map(CustomerAccount::timeZone);
    }

    private static CustomerAccount copy(CustomerAccount account, long version) {
        return CustomerAccount.reconstitute(account.number(), account.profile(), account.invoiceAddress(),
                account.timeZone(), version);
    }
}
