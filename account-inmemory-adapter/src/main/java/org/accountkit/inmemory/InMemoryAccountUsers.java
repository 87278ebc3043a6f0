package org.accountkit.inmemory;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.accountkit.ConcurrentModification;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.user.AccountUser;
import org.accountkit.user.AccountUsers;
import org.accountkit.user.EmailAddressTaken;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Users in a map with an index on the lower-cased login address; stored and handed out as copies. */
@SecondaryAdapter
final class InMemoryAccountUsers implements AccountUsers {

    private static final Comparator<AccountUser> OVERVIEW_ORDER = Comparator
            .comparing((AccountUser user) -> user.username().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(user -> user.email().normalized());

    private final InMemoryTransactions transactions;
    private final Map<UserId, AccountUser> users = new HashMap<>();
    private final Map<String, UserId> byEmail = new HashMap<>();
    /**
     * The stored users of each customer number, worked out on the first read after a change; readers may fill it
     * concurrently (under the read lock), writers drop the entry they change (under the write lock).
     */
    private final Map<CustomerNumber, List<AccountUser>> members = new ConcurrentHashMap<>();

    InMemoryAccountUsers(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<AccountUser> find(UserId id) {
        return transactions.read(() -> Optional.ofNullable(users.get(id)).map(user -> copy(user, user.version())));
    }

    @Override
    public Optional<AccountUser> findByEmail(EmailAddress email) {
        return transactions.read(() -> Optional.ofNullable(byEmail.get(email.normalized()))
                .map(users::get)
                .map(user -> copy(user, user.version())));
    }

    @Override
    public Page<AccountUser> list(CustomerNumber customerNumber, PageRequest page) {
        return transactions.read(() -> Page.of(users.values().stream()
                .filter(user -> user.belongsTo(customerNumber))
                .sorted(OVERVIEW_ORDER)
                .map(user -> copy(user, user.version()))
                .toList(), page));
    }

    @Override
    public List<AccountUser> allOf(CustomerNumber customerNumber) {
        return transactions.read(() -> {
            List<AccountUser> stored = members.computeIfAbsent(customerNumber, number -> users.values().stream()
                    .filter(user -> user.belongsTo(number)).toList());
            List<AccountUser> copies = new ArrayList<>(stored.size());
            for (AccountUser user : stored) {
                copies.add(copy(user, user.version()));
            }
            return copies;
        });
    }

    @Override
    public long countAdministrators(CustomerNumber customerNumber) {
        return transactions.read(() -> users.values().stream()
                .filter(user -> user.belongsTo(customerNumber) && user.isAdministrator())
                .count());
    }

    @Override
    public void add(AccountUser user) {
        AccountUser stored = copy(user, 0);
        String email = user.email().normalized();
        transactions.write(() -> {
            if (byEmail.containsKey(email)) {
                throw new EmailAddressTaken(user.email());
            }
            if (users.containsKey(user.id())) {
                throw new IllegalStateException("user " + user.id() + " exists already");
            }
            users.put(user.id(), stored);
            byEmail.put(email, user.id());
            members.remove(user.customerNumber());
        }, () -> {
            users.remove(user.id());
            byEmail.remove(email);
            members.remove(user.customerNumber());
        });
    }

    @Override
    public void update(AccountUser user) {
        AccountUser stored = copy(user, user.version() + 1);
        AccountUser[] previous = new AccountUser[1];
        transactions.write(() -> {
            previous[0] = current(user);
            users.put(user.id(), stored);
            members.remove(user.customerNumber());
        }, () -> {
            users.put(user.id(), previous[0]);
            members.remove(user.customerNumber());
        });
    }

    @Override
    public void remove(AccountUser user) {
        AccountUser[] previous = new AccountUser[1];
        transactions.write(() -> {
            previous[0] = current(user);
            users.remove(user.id());
            byEmail.remove(previous[0].email().normalized());
            members.remove(user.customerNumber());
        }, () -> {
            users.put(user.id(), previous[0]);
            byEmail.put(previous[0].email().normalized(), user.id());
            members.remove(user.customerNumber());
        });
    }

    /** The stored version of the user, or -1 when there is none; call under the lock. */
    long versionOf(UserId id) {
        AccountUser user = users.get(id);
        return user == null ? -1 : user.version();
    }

    private AccountUser current(AccountUser user) {
        AccountUser current = users.get(user.id());
        if (current == null || current.version() != user.version()) {
            throw new ConcurrentModification("user", user.id());
        }
        return current;
    }

    private static AccountUser copy(AccountUser user, long version) {
        return user.copyAtVersion(version);
    }
}
