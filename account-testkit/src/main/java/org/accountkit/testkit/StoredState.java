package org.accountkit.testkit;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.accountkit.approval.OrderStatus;
import org.accountkit.service.ServiceCase;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.spi.AddressBookSnapshot;
import org.accountkit.spi.BudgetSnapshot;
import org.accountkit.spi.CustomerAccountSnapshot;
import org.accountkit.spi.OrderRequestSnapshot;

/**
 * Everything stored for one customer number: take one before a refused command and one after, and they must be
 * equal.
 *
 * @param account     the customer account, if registered
 * @param users       every user, with their versions
 * @param addressBook the address book, with its version
 * @param auditTrail  how many audit records there are
 * @param budgets     every user's budget settings and ledger, with versions
 * @param orders      every order request, with its decisions and version
 * @param cases       every service case (returns with their lines)
 */
public record StoredState(Optional<CustomerAccountSnapshot> account, List<AccountUserSnapshot> users,
        Optional<AddressBookSnapshot> addressBook, long auditTrail, List<Optional<BudgetSnapshot>> budgets,
        List<OrderRequestSnapshot> orders, List<ServiceCase> cases) {

    /** Reads what {@code storage} holds for {@code number}. */
    public static StoredState of(AccountStorage storage, CustomerNumber number) {
        List<AccountUserSnapshot> users = Pages.all(page -> storage.users().list(number, page));
        return new StoredState(storage.customerAccounts().find(number), users,
                storage.addressBooks().find(number),
                Pages.all(page -> storage.auditTrail().list(number, page)).size(),
                users.stream().map(user -> storage.budgets().find(number, user.id())).toList(),
                Pages.all(page -> storage.orderRequests().list(number, EnumSet.allOf(OrderStatus.class), page)),
                Pages.all(page -> storage.serviceCases().list(number, null, Set.of(), Set.of(), page)));
    }
}
