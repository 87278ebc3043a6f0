package org.accountkit.inmemory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.spi.AccountUsers;
import org.accountkit.spi.PageToken;
import org.accountkit.user.EmailAddressTaken;
import org.accountkit.user.Role;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** Users in memory, with an index of login addresses that keeps them unique over all customer numbers. */
@SecondaryAdapter
final class InMemoryAccountUsers implements AccountUsers {

    private static final Comparator<Position> OVERVIEW_ORDER = Comparator.comparing(Position::username)
            .thenComparing(Position::email).thenComparing(Position::id);
    /** The name of the user overview's continuations. */
    private static final String OVERVIEW = "users";

    private final InMemoryTransactions transactions;
    private final InMemoryBudgets budgets;
    private final Map<UserId, AccountUserSnapshot> users = new HashMap<>();
    private final Map<String, UserId> byEmail = new HashMap<>();
    /**
     * The stored users of each customer number, worked out on the first read after a change; readers may fill it
     * concurrently (under the read lock), writers drop the entry they change (under the write lock).
     */
    private final Map<CustomerNumber, List<AccountUserSnapshot>> members = new ConcurrentHashMap<>();

    InMemoryAccountUsers(InMemoryTransactions transactions, InMemoryBudgets budgets) {
        this.transactions = transactions;
        this.budgets = budgets;
    }

    @Override
    public Optional<AccountUserSnapshot> find(CustomerNumber customerNumber, UserId id) {
        return transactions.read(() -> Optional.ofNullable(stored(customerNumber, id)));
    }

    @Override
    public Optional<AccountUserSnapshot> findByEmail(EmailAddress email) {
        return transactions.read(() -> Optional.ofNullable(byEmail.get(email.normalized())).map(users::get));
    }

    @Override
    public Page<AccountUserSnapshot> list(CustomerNumber customerNumber, PageRequest page) {
        PageToken.Reader after = PageToken.reader(page, OVERVIEW);
        Position from = after == null ? null : new Position(after.text(), after.text(), after.uuid());
        return transactions.read(() -> Page.of(membersOf(customerNumber).stream()
                .filter(user -> from == null || OVERVIEW_ORDER.compare(Position.of(user), from) > 0)
                .sorted(Comparator.comparing(Position::of, OVERVIEW_ORDER)).limit(page.size() + 1L).toList(), page,
                user -> {
                    Position last = Position.of(user);
                    return PageToken.writer(OVERVIEW).text(last.username()).text(last.email()).uuid(last.id())
                            .token();
                }));
    }

    /** Where a user stands in the overview: username and e-mail address regardless of case, then identifier. */
    private record Position(String username, String email, UUID id) {

        static Position of(AccountUserSnapshot user) {
            return new Position(user.username().toLowerCase(Locale.ROOT), user.email().normalized(),
                    user.id().value());
        }
    }

    @Override
    public List<AccountUserSnapshot> allOf(CustomerNumber customerNumber) {
        return transactions.read(() -> membersOf(customerNumber));
    }

    @Override
    public long countAdministrators(CustomerNumber customerNumber) {
        return transactions.read(() -> membersOf(customerNumber).stream()
                .filter(user -> user.role() == Role.ADMINISTRATOR).count());
    }

    @Override
    public void add(AccountUserSnapshot user) {
        AccountUserSnapshot stored = atVersion(user, 0);
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
    public void update(AccountUserSnapshot user) {
        AccountUserSnapshot stored = atVersion(user, user.version() + 1);
        AccountUserSnapshot[] previous = new AccountUserSnapshot[1];
        transactions.write(() -> {
            previous[0] = current(user);
            users.put(user.id(), stored);
            members.remove(user.customerNumber());
            budgets.renewOneInWrite(user.id());
        }, () -> {
            users.put(user.id(), previous[0]);
            members.remove(user.customerNumber());
        });
    }

    @Override
    public void remove(AccountUserSnapshot user) {
        AccountUserSnapshot[] previous = new AccountUserSnapshot[1];
        transactions.write(() -> {
            previous[0] = current(user);
            users.remove(user.id());
            byEmail.remove(previous[0].email().normalized());
            members.remove(user.customerNumber());
            budgets.removeInWrite(user.id());
        }, () -> {
            users.put(user.id(), previous[0]);
            byEmail.put(previous[0].email().normalized(), user.id());
            members.remove(user.customerNumber());
        });
    }

    /** The stored user, if of {@code customerNumber}, or {@code null}; call under the lock. */
    AccountUserSnapshot stored(CustomerNumber customerNumber, UserId id) {
        AccountUserSnapshot user = users.get(id);
        return user != null && user.customerNumber().equals(customerNumber) ? user : null;
    }

    /** The stored version of the user, or -1 when there is none; call under the lock. */
    long versionOf(UserId id) {
        AccountUserSnapshot user = users.get(id);
        return user == null ? -1 : user.version();
    }

    private List<AccountUserSnapshot> membersOf(CustomerNumber customerNumber) {
        return members.computeIfAbsent(customerNumber, number -> users.values().stream()
                .filter(user -> user.customerNumber().equals(number)).toList());
    }

    private AccountUserSnapshot current(AccountUserSnapshot user) {
        AccountUserSnapshot current = users.get(user.id());
        if (current == null || current.version() != user.version()
                || !current.customerNumber().equals(user.customerNumber())) {
            throw new ConcurrentModification("user", user.id());
        }
        return current;
    }

    private static AccountUserSnapshot atVersion(AccountUserSnapshot user, long version) {
        return new AccountUserSnapshot(user.id(), user.customerNumber(), user.email(), user.username(), user.role(),
                user.grantedRights(), user.passwordHash(), user.priceDisplay(), user.emailSettings(), version);
    }
}
