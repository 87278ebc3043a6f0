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
import org.accountkit.approval.OrderRequest;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderRequests;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.SubmissionCheck;
import org.accountkit.budget.UserBudget;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Order requests in memory, changing the requester's ledger in the same write: the write lock makes the budget
 * check and the booking one step. Waiting requests are kept as objects; once closed, a request never changes
 * again and moves to the {@link OrderArchive}, so that millions of placed orders cost the collector nothing.
 */
@SecondaryAdapter
final class InMemoryOrderRequests implements OrderRequests {

    private static final Comparator<Listed> NEWEST_FIRST = Comparator.comparing(Listed::submittedAt).reversed();

    private final InMemoryTransactions transactions;
    private final Map<UserId, UserBudget> ledgers;
    private final InMemoryAccountUsers users;
    private final InMemoryApprovalPolicies policies;

    private final OrderSlots slots = new OrderSlots();
    private final OrderArchive archive = new OrderArchive();
    private final Map<OrderRequestId, OrderRequest> waiting = new HashMap<>();

    InMemoryOrderRequests(InMemoryTransactions transactions, InMemoryBudgets budgets, InMemoryAccountUsers users,
            InMemoryApprovalPolicies policies) {
        this.transactions = transactions;
        this.ledgers = budgets.ledgers();
        this.users = users;
        this.policies = policies;
    }

    @Override
    public boolean placeIfBudgetAllows(OrderRequest placed, SubmissionCheck check) {
        if (placed.status() != OrderStatus.PLACED) {
            throw new IllegalArgumentException("order request " + placed.id() + " is not placed at once");
        }
        long[] address = {OrderSlots.OPEN};
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
                UserBudget booked = budget.copyAtVersion(budget.version());
                booked.book(placed.netTotal(), check.periodKey());
                previous[0] = budget;
                ledgers.put(placed.requester(), booked);
            }
            long stored = archive.append(placed);
            if (slots.addIfAbsent(placed.id().value(), stored) < 0) {
                archive.truncate(stored);
                throw exists(placed);
            }
            address[0] = stored;
        }, () -> {
            if (address[0] != OrderSlots.OPEN) {
                slots.removeLast();
                archive.truncate(address[0]);
                restoreLedger(placed.requester(), previous[0]);
            }
        });
        return address[0] != OrderSlots.OPEN;
    }

    @Override
    public boolean submitForApproval(OrderRequest awaiting, SubmissionCheck check) {
        if (!awaiting.status().isWaiting()) {
            throw new IllegalArgumentException("order request " + awaiting.id() + " does not wait for approval");
        }
        OrderRequest stored = awaiting.copyAtVersion(0);
        boolean[] done = new boolean[1];
        UserBudget[] previous = new UserBudget[1];
        transactions.write(() -> {
            UserBudget budget = ledgers.get(awaiting.requester());
            if (!asExpected(awaiting, budget, check)) {
                return;
            }
            if (budget != null && awaiting.reservedAmount().signum() != 0) {
                UserBudget reserving = budget.copyAtVersion(budget.version());
                reserving.reserve(new Money(awaiting.reservedAmount(), awaiting.currency()));
                previous[0] = budget;
                ledgers.put(awaiting.requester(), reserving);
            }
            if (slots.addIfAbsent(awaiting.id().value(), OrderSlots.OPEN) < 0) {
                throw exists(awaiting);
            }
            waiting.put(stored.id(), stored);
            done[0] = true;
        }, () -> {
            if (done[0]) {
                slots.removeLast();
                waiting.remove(stored.id());
                restoreLedger(awaiting.requester(), previous[0]);
            }
        });
        return done[0];
    }

    @Override
    public void close(OrderRequest closed, String periodKey) {
        OrderRequest stored = closed.copyAtVersion(closed.version() + 1);
        OrderRequest[] previous = new OrderRequest[1];
        UserBudget[] previousBudget = new UserBudget[1];
        long[] address = {OrderSlots.OPEN};
        transactions.write(() -> {
            previous[0] = current(closed);
            address[0] = replace(stored);
            UserBudget budget = ledgers.get(closed.requester());
            if (budget != null) {
                UserBudget settled = budget.copyAtVersion(budget.version());
                settled.release(closed.reservedAmount());
                if (closed.status() == OrderStatus.APPROVED) {
                    settled.book(closed.netTotal(), periodKey);
                }
                previousBudget[0] = budget;
                ledgers.put(closed.requester(), settled);
            }
        }, () -> {
            restore(previous[0], address[0]);
            restoreLedger(closed.requester(), previousBudget[0]);
        });
    }

    @Override
    public void update(OrderRequest changed) {
        OrderRequest stored = changed.copyAtVersion(changed.version() + 1);
        OrderRequest[] previous = new OrderRequest[1];
        long[] address = {OrderSlots.OPEN};
        transactions.write(() -> {
            previous[0] = current(changed);
            address[0] = replace(stored);
        }, () -> restore(previous[0], address[0]));
    }

    @Override
    public Optional<OrderRequest> find(OrderRequestId id) {
        return transactions.read(() -> {
            OrderRequest open = waiting.get(id);
            if (open != null) {
                return Optional.of(open.copyAtVersion(open.version()));
            }
            int slot = slots.find(id.value());
            return slot < 0 ? Optional.empty() : Optional.of(archive.read(slots.address(slot)));
        });
    }

    @Override
    public Page<OrderRequest> list(CustomerNumber customerNumber, Set<OrderStatus> statuses, PageRequest page) {
        return transactions.read(() -> {
            int number = archive.numberOf(customerNumber);
            return page(address -> archive.customerAt(address) == number && statuses.contains(archive.statusAt(
                    address)), order -> order.customerNumber().equals(customerNumber)
                            && statuses.contains(order.status()), page);
        });
    }

    @Override
    public Page<OrderRequest> listOfRequester(UserId requester, Set<OrderStatus> statuses, PageRequest page) {
        return transactions.read(() -> {
            int number = archive.numberOf(requester);
            return page(address -> archive.requesterAt(address) == number && statuses.contains(archive.statusAt(
                    address)), order -> order.requester().equals(requester) && statuses.contains(order.status()),
                    page);
        });
    }

    @Override
    public List<OrderRequest> dueBy(Instant moment, int max) {
        return transactions.read(() -> waiting.values().stream()
                .filter(request -> request.nextDeadline().map(deadline -> !deadline.isAfter(moment)).orElse(false))
                .sorted(Comparator.comparing(request -> request.nextDeadline().orElseThrow()))
                .limit(max)
                .map(request -> request.copyAtVersion(request.version()))
                .toList());
    }

    @Override
    public Money placedTotal(UserId requester, Currency currency, Instant from, Instant until) {
        return transactions.read(() -> {
            Money total = Money.zero(currency);
            int number = archive.numberOf(requester);
            if (number < 0) {
                return total;
            }
            for (int slot = 0; slot < slots.count(); slot++) {
                long address = slots.address(slot);
                if (address == OrderSlots.OPEN || archive.requesterAt(address) != number
                        || !OrderStatus.placed().contains(archive.statusAt(address))) {
                    continue;
                }
                OrderRequest order = archive.read(address);
                Instant placedAt = order.placedAt().orElseThrow();
                if (order.currency().equals(currency) && !placedAt.isBefore(from) && placedAt.isBefore(until)) {
                    total = total.plus(order.netTotal());
                }
            }
            return total;
        });
    }

    /** One match of an overview, before the page is cut and read. */
    private record Listed(int slot, Instant submittedAt) {
    }

    /** Matches closed requests on their archived header and waiting ones on themselves; newest first. */
    private Page<OrderRequest> page(java.util.function.LongPredicate closedMatch, Predicate<OrderRequest> openMatch,
            PageRequest request) {
        List<Listed> matching = new ArrayList<>();
        for (int slot = slots.count() - 1; slot >= 0; slot--) {
            long address = slots.address(slot);
            if (address != OrderSlots.OPEN) {
                if (closedMatch.test(address)) {
                    matching.add(new Listed(slot, archive.submittedAt(address)));
                }
            } else {
                OrderRequest open = waiting.get(new OrderRequestId(slots.id(slot)));
                if (openMatch.test(open)) {
                    matching.add(new Listed(slot, open.submittedAt()));
                }
            }
        }
        matching.sort(NEWEST_FIRST);
        return Page.of(matching, request).map(listed -> read(listed.slot()));
    }

    private OrderRequest read(int slot) {
        long address = slots.address(slot);
        if (address != OrderSlots.OPEN) {
            return archive.read(address);
        }
        OrderRequest open = waiting.get(new OrderRequestId(slots.id(slot)));
        return open.copyAtVersion(open.version());
    }

    private boolean asExpected(OrderRequest order, UserBudget budget, SubmissionCheck check) {
        boolean budgetAsRead = budget == null ? check.settingsVersion() == SubmissionCheck.NO_SETTINGS
                : budget.version() == check.settingsVersion();
        return budgetAsRead && users.versionOf(order.requester()) == check.userVersion()
                && policies.versionOf(order.customerNumber()) == check.policyVersion();
    }

    private static IllegalStateException exists(OrderRequest order) {
        return new IllegalStateException("order request " + order.id() + " exists already");
    }

    /**
     * The stored waiting request that {@code request} is a copy of.
     *
     * @throws ConcurrentModification when it changed since, or no longer waits
     */
    private OrderRequest current(OrderRequest request) {
        OrderRequest current = waiting.get(request.id());
        if (current == null || current.version() != request.version()) {
            throw new ConcurrentModification("order request", request.id());
        }
        return current;
    }

    /** Stores a new state of a waiting request; a closed one moves to the archive, whose address it returns. */
    private long replace(OrderRequest stored) {
        if (stored.status().isWaiting()) {
            waiting.put(stored.id(), stored);
            return OrderSlots.OPEN;
        }
        long address = archive.append(stored);
        slots.address(slots.find(stored.id().value()), address);
        waiting.remove(stored.id());
        return address;
    }

    private void restore(OrderRequest previous, long address) {
        if (address != OrderSlots.OPEN) {
            slots.address(slots.find(previous.id().value()), OrderSlots.OPEN);
            archive.truncate(address);
        }
        waiting.put(previous.id(), previous);
    }

    private void restoreLedger(UserId requester, UserBudget previous) {
        if (previous != null) {
            ledgers.put(requester, previous);
        }
    }
}
