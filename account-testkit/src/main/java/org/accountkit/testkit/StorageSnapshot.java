package org.accountkit.testkit;

import java.util.List;

import org.accountkit.AccountStorage;
import org.accountkit.approval.OrderStatus;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.PageRequest;
import org.accountkit.user.AccountUser;

/**
 * Everything stored for one customer number, in comparable form: take one before a refused command and one after,
 * and they must be equal.
 *
 * @param account     the customer account's state, or empty text when there is none
 * @param users       every user's state, including versions
 * @param addressBook the address book's state, including its version
 * @param auditTrail  how many audit records there are
 * @param budgets     every user's budget settings and ledger, including versions
 * @param orders      every order request's status, decisions and version
 */
public record StorageSnapshot(String account, List<String> users, String addressBook, long auditTrail,
        List<String> budgets, List<String> orders) {

    /** Reads what {@code storage} holds for {@code number}. */
    public static StorageSnapshot of(AccountStorage storage, CustomerNumber number) {
        String account = storage.customerAccounts().find(number)
                .map(found -> found.profile() + " " + found.invoiceAddress() + " " + found.timeZone() + " v"
                        + found.version())
                .orElse("");
        List<String> users = storage.users().list(number, new PageRequest(0, 200)).items().stream()
                .map(StorageSnapshot::describe)
                .toList();
        String book = storage.addressBooks().find(number)
                .map(found -> found.addresses() + " v" + found.version())
                .orElse("");
        long audit = storage.auditTrail().list(number, PageRequest.first(1)).totalItems();
        List<String> budgets = storage.users().list(number, new PageRequest(0, 200)).items().stream()
                .map(user -> storage.budgets().find(user.id())
                        .map(budget -> user.id() + " " + budget.limit() + " " + budget.everyOrderNeedsApproval() + " "
                                + budget.periodKey() + " " + budget.spentRaw() + " " + budget.reservedRaw() + " v"
                                + budget.version())
                        .orElse(user.id() + " none"))
                .toList();
        List<String> orders = storage.orderRequests().list(number, java.util.EnumSet.allOf(OrderStatus.class),
                new PageRequest(0, 200)).items().stream()
                .map(order -> order.id() + " " + order.status() + " " + order.decisions() + " v" + order.version())
                .toList();
        return new StorageSnapshot(account, users, book, audit, budgets, orders);
    }

    private static String describe(AccountUser user) {
        return String.join(" | ", user.id().toString(), user.email().value(), user.username(),
                user.role().name(), user.grantedRights().toString(), user.passwordHash().encoded(),
                user.priceDisplay().toString(), user.emailSettings().toString(), "v" + user.version());
    }
}
