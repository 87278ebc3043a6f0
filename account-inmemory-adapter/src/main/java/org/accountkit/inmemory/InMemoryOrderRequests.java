package org.accountkit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.accountkit.ConcurrentModification;
import org.accountkit.approval.SubmissionCheck;
import org.accountkit.approval.OrderRequest;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderRequests;
import org.accountkit.approval.OrderStatus;
import org.accountkit.budget.UserBudget;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Order requests in memory, changing the requester's ledger in the same write: the write lock makes the budget
 * check and the booking one step.
 */
@SecondaryAdapter
final class InMemoryOrderRequests implements OrderRequests {

    private static final Comparator<OrderRequest> NEWEST_FIRST = Comparator
            .comparing(OrderRequest::submittedAt).reversed();

    private final InMemoryTransactions transactions;
    private final Map<UserId, UserBudget> ledgers;
    private final Map<OrderRequestId, OrderRequest> requests = new HashMap<>();
    private final List<OrderRequest> inSubmissionOrder = new ArrayList<>();

    private final InMemoryAccountUsers users;
    private final InMemoryApprovalPolicies policies;

    InMemoryOrderRequests(InMemoryTransactions transactions, InMemoryBudgets budgets, InMemoryAccountUsers users,
            InMemoryApprovalPolicies policies) {
        this.transactions = transactions;
        this.ledgers = budgets.ledgers();
        this.users = users;
        this.policies = policies;
    }

    @Override
    public boolean placeIfBudgetAllows(OrderRequest placed, SubmissionCheck check) {
        OrderRequest stored = copy(placed, 0);
        boolean[] done = new boolean[1];
        UserBudget[] previous = new UserBudget[1];
        transactions.write(() -> {
            UserBudget budget = ledgers.get(placed.requester());
            if (!asExpected(placed, budget, check)) {
                return;
            }
            if (budget != null) {
                if (check.enforceLimit() && !budget.fits(placed.netTotal(), check.periodKey())) {
                    return;
                }
                UserBudget booked = InMemoryBudgets.copy(budget);
                booked.book(placed.netTotal(), check.periodKey());
                previous[0] = budget;
                ledgers.put(placed.requester(), booked);
            }
            insert(stored);
            done[0] = true;
        }, () -> undoInsert(placed, previous[0]));
        return done[0];
    }

    @Override
    public boolean submitForApproval(OrderRequest awaiting, SubmissionCheck check) {
        OrderRequest stored = copy(awaiting, 0);
        boolean[] done = new boolean[1];
        UserBudget[] previous = new UserBudget[1];
        transactions.write(() -> {
            UserBudget budget = ledgers.get(awaiting.requester());
            if (!asExpected(awaiting, budget, check)) {
                return;
            }
            if (budget != null && awaiting.reservedAmount().signum() != 0) {
                UserBudget reserving = InMemoryBudgets.copy(budget);
                reserving.reserve(new Money(awaiting.reservedAmount(), awaiting.currency()));
                previous[0] = budget;
                ledgers.put(awaiting.requester(), reserving);
            }
            insert(stored);
            done[0] = true;
        }, () -> undoInsert(awaiting, previous[0]));
        return done[0];
    }

    @Override
    public void close(OrderRequest closed, String periodKey) {
        OrderRequest stored = copy(closed, closed.version() + 1);
        OrderRequest[] previous = new OrderRequest[1];
        UserBudget[] previousBudget = new UserBudget[1];
        transactions.write(() -> {
            previous[0] = current(closed);
            replace(stored);
            UserBudget budget = ledgers.get(closed.requester());
            if (budget != null) {
                UserBudget settled = InMemoryBudgets.copy(budget);
                settled.release(closed.reservedAmount());
                if (closed.status() == OrderStatus.APPROVED) {
                    settled.book(closed.netTotal(), periodKey);
                }
                previousBudget[0] = budget;
                ledgers.put(closed.requester(), settled);
            }
        }, () -> {
            replace(previous[0]);
            if (previousBudget[0] != null) {
                ledgers.put(closed.requester(), previousBudget[0]);
            }
        });
    }

    @Override
    public void update(OrderRequest changed) {
        OrderRequest stored = copy(changed, changed.version() + 1);
        OrderRequest[] previous = new OrderRequest[1];
        transactions.write(() -> {
            previous[0] = current(changed);
            replace(stored);
        }, () -> replace(previous[0]));
    }

    @Override
    public Optional<OrderRequest> find(OrderRequestId id) {
        return transactions.read(() -> Optional.ofNullable(requests.get(id)).map(InMemoryOrderRequests::copy));
    }

    @Override
    public Page<OrderRequest> list(CustomerNumber customerNumber, Set<OrderStatus> statuses, PageRequest page) {
        return page(request -> request.customerNumber().equals(customerNumber)
                && statuses.contains(request.status()), page);
    }

    @Override
    public Page<OrderRequest> listOfRequester(UserId requester, Set<OrderStatus> statuses, PageRequest page) {
        return page(request -> request.requester().equals(requester) && statuses.contains(request.status()), page);
    }

    @Override
    public List<OrderRequest> dueBy(Instant moment, int max) {
        return transactions.read(() -> requests.values().stream()
                .filter(request -> request.nextDeadline().map(deadline -> !deadline.isAfter(moment)).orElse(false))
                .sorted(Comparator.comparing(request -> request.nextDeadline().orElseThrow()))
                .limit(max)
                .map(InMemoryOrderRequests::copy)
                .toList());
    }

    @Override
    public Money placedTotal(UserId requester, Currency currency, Instant from, Instant until) {
        return transactions.read(() -> requests.values().stream()
                .filter(request -> request.requester().equals(requester) && request.currency().equals(currency))
                .filter(request -> request.placedAt()
                        .map(placedAt -> !placedAt.isBefore(from) && placedAt.isBefore(until)).orElse(false))
                .map(OrderRequest::netTotal)
                .reduce(Money.zero(currency), Money::plus));
    }

    private Page<OrderRequest> page(Predicate<OrderRequest> filter, PageRequest page) {
        return transactions.read(() -> {
            List<OrderRequest> matching = new ArrayList<>();
            for (int index = inSubmissionOrder.size() - 1; index >= 0; index--) {
                OrderRequest request = requests.get(inSubmissionOrder.get(index).id());
                if (filter.test(request)) {
                    matching.add(request);
                }
            }
            matching.sort(NEWEST_FIRST);
            return Page.of(matching, page).map(InMemoryOrderRequests::copy);
        });
    }

    private boolean asExpected(OrderRequest order, UserBudget budget, SubmissionCheck check) {
        boolean budgetAsRead = budget == null ? check.settingsVersion() == SubmissionCheck.NO_SETTINGS
                : budget.version() == check.settingsVersion();
        return budgetAsRead && users.versionOf(order.requester()) == check.userVersion()
                && policies.versionOf(order.customerNumber()) == check.policyVersion();
    }

    private void insert(OrderRequest stored) {
        if (requests.putIfAbsent(stored.id(), stored) != null) {
            throw new IllegalStateException("order request " + stored.id() + " exists already");
        }
        inSubmissionOrder.add(stored);
    }

    private void undoInsert(OrderRequest request, UserBudget previousBudget) {
        requests.remove(request.id());
        inSubmissionOrder.remove(inSubmissionOrder.size() - 1);
        if (previousBudget != null) {
            ledgers.put(request.requester(), previousBudget);
        }
    }

    private void replace(OrderRequest stored) {
        requests.put(stored.id(), stored);
    }

    private OrderRequest current(OrderRequest request) {
        OrderRequest current = requests.get(request.id());
        if (current == null || current.version() != request.version()) {
            throw new ConcurrentModification("order request", request.id());
        }
        return current;
    }

    static OrderRequest copy(OrderRequest request) {
        return copy(request, request.version());
    }

    static OrderRequest copy(OrderRequest request, long version) {
        return request.copyAtVersion(version);
    }
}
