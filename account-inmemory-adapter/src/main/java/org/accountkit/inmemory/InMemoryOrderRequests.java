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
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.accountkit.ConcurrentModification;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.Ledger;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.BudgetSnapshot;
import org.accountkit.spi.Effect;
import org.accountkit.spi.IdempotencyRecord;
import org.accountkit.spi.OrderRequestSnapshot;
import org.accountkit.spi.OrderRequests;
import org.accountkit.spi.PageToken;
import org.accountkit.spi.SubmissionGuard;
import org.accountkit.spi.WriteOutcome;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Order requests in memory, changing the requester's ledger in the same write: the write lock makes the guard's
 * check and the booking one step. Waiting requests are kept as snapshots; once closed, a request never changes
 * again and moves to the {@link OrderArchive}, so that millions of placed orders cost the collector nothing.
 */
@SecondaryAdapter
final class InMemoryOrderRequests implements OrderRequests {

    /**
     * The name of the order request overviews' continuations. The overviews come newest submission first; of those
     * submitted at the same moment, the one stored last first ({@link SlotIndex}).
     */
    private static final String OVERVIEW = "order-requests";

    private final InMemoryTransactions transactions;
    private final Map<UserId, BudgetSnapshot> ledgers;
    private final InMemoryAccountUsers users;
    private final InMemoryApprovalPolicies policies;
    private final InMemoryEffectOutbox effects;
    private final InMemoryIdempotencyKeys keys;

    private final OrderSlots slots = new OrderSlots();
    private final OrderArchive archive = new OrderArchive();
    private final SlotIndex<CustomerNumber> ofCustomer = new SlotIndex<>();
    private final SlotIndex<UserId> ofRequester = new SlotIndex<>();
    private final Map<OrderRequestId, OrderRequestSnapshot> waiting = new HashMap<>();

    InMemoryOrderRequests(InMemoryTransactions transactions, InMemoryBudgets budgets, InMemoryAccountUsers users,
            InMemoryApprovalPolicies policies, InMemoryEffectOutbox effects, InMemoryIdempotencyKeys keys) {
        this.transactions = transactions;
        this.effects = effects;
        this.keys = keys;
        this.ledgers = budgets.ledgers();
        this.users = users;
        this.policies = policies;
    }

    @Override
    public WriteOutcome placeIfBudgetAllows(OrderRequestSnapshot placed, SubmissionGuard guard, IdempotencyRecord key,
            List<Effect> effects) {
        if (placed.status() != OrderStatus.PLACED) {
            throw new IllegalArgumentException("order request " + placed.id() + " is not placed at once");
        }
        if (key == null) {
            return withEffects(placed, effects, () -> place(placed, guard));
        }
        return transactions.inTransaction(() -> {
            if (keys.find(key.customerNumber(), key.key()).isPresent()) {
                return WriteOutcome.KEY_USED;
            }
            WriteOutcome outcome = withEffects(placed, effects, () -> place(placed, guard));
            if (outcome == WriteOutcome.STORED) {
                keys.add(key);
            }
            return outcome;
        });
    }

    /**
     * Stores the order as {@code store} does and, when it was stored, its effects, in one transaction: the effects
     * are due at the order's submission.
     */
    private WriteOutcome withEffects(OrderRequestSnapshot order, List<Effect> written, Supplier<WriteOutcome> store) {
        if (written.isEmpty()) {
            return store.get();
        }
        return transactions.inTransaction(() -> {
            WriteOutcome outcome = store.get();
            if (outcome == WriteOutcome.STORED) {
                effects.append(written, order.submittedAt());
            }
            return outcome;
        });
    }

    private WriteOutcome place(OrderRequestSnapshot placed, SubmissionGuard guard) {
        long[] address = {OrderSlots.OPEN};
        BudgetSnapshot[] previous = new BudgetSnapshot[1];
        transactions.write(() -> {
            BudgetSnapshot budget = ledgers.get(placed.requester());
            if (!asAssumed(placed, budget, guard)) {
                return;
            }
            if (budget != null) {
                Ledger ledger = budget.ledger();
                if (ledger != null && guard.mostCommitted() != null && !guard.fits(ledger.committedIn(guard.period()))) {
                    return;
                }
                if (guard.book()) {
                    previous[0] = budget;
                    ledgers.put(placed.requester(), budget.withLedger(ledger.book(placed.netTotal(), guard.period())));
                }
            }
            long stored = archive.append(placed);
            int slot = slots.addIfAbsent(placed.id().value(), stored);
            if (slot < 0) {
                archive.truncate(stored);
                throw exists(placed);
            }
            index(placed, slot);
            address[0] = stored;
        }, () -> {
            if (address[0] != OrderSlots.OPEN) {
                unindex(placed, slots.count() - 1);
                slots.removeLast();
                archive.truncate(address[0]);
                restoreLedger(placed.requester(), previous[0]);
            }
        });
        return address[0] != OrderSlots.OPEN ? WriteOutcome.STORED : WriteOutcome.ASSUMPTION_CHANGED;
    }

    @Override
    public WriteOutcome submitForApproval(OrderRequestSnapshot awaiting, SubmissionGuard guard, List<Effect> effects) {
        if (!awaiting.status().isWaiting()) {
            throw new IllegalArgumentException("order request " + awaiting.id() + " does not wait for approval");
        }
        return withEffects(awaiting, effects, () -> await(awaiting, guard));
    }

    private WriteOutcome await(OrderRequestSnapshot awaiting, SubmissionGuard guard) {
        boolean[] done = new boolean[1];
        BudgetSnapshot[] previous = new BudgetSnapshot[1];
        transactions.write(() -> {
            BudgetSnapshot budget = ledgers.get(awaiting.requester());
            if (!asAssumed(awaiting, budget, guard)) {
                return;
            }
            if (budget != null && !awaiting.reserved().isZero()) {
                previous[0] = budget;
                ledgers.put(awaiting.requester(), budget.withLedger(budget.ledger().reserve(awaiting.reserved())));
            }
            int slot = slots.addIfAbsent(awaiting.id().value(), OrderSlots.OPEN);
            if (slot < 0) {
                restoreLedger(awaiting.requester(), previous[0]);
                throw exists(awaiting);
            }
            index(awaiting, slot);
            waiting.put(awaiting.id(), awaiting);
            done[0] = true;
        }, () -> {
            if (done[0]) {
                unindex(awaiting, slots.count() - 1);
                slots.removeLast();
                waiting.remove(awaiting.id());
                restoreLedger(awaiting.requester(), previous[0]);
            }
        });
        return done[0] ? WriteOutcome.STORED : WriteOutcome.ASSUMPTION_CHANGED;
    }

    @Override
    public void close(OrderRequestSnapshot closed, CalendarPeriod bookIn) {
        OrderRequestSnapshot stored = atVersion(closed, closed.version() + 1);
        OrderRequestSnapshot[] previous = new OrderRequestSnapshot[1];
        BudgetSnapshot[] previousBudget = new BudgetSnapshot[1];
        long[] address = {OrderSlots.OPEN};
        transactions.write(() -> {
            previous[0] = current(closed);
            BudgetSnapshot budget = ledgers.get(closed.requester());
            BudgetSnapshot settled = budget == null ? null : settle(budget, closed, bookIn);
            address[0] = replace(stored);
            if (settled != budget) {
                previousBudget[0] = budget;
                ledgers.put(closed.requester(), settled);
            }
        }, () -> {
            restore(previous[0], address[0]);
            restoreLedger(closed.requester(), previousBudget[0]);
        });
    }

    /** The budget after a closed order released its reservation and, when approved, was booked. */
    private static BudgetSnapshot settle(BudgetSnapshot budget, OrderRequestSnapshot closed, CalendarPeriod bookIn) {
        Ledger ledger = budget.ledger();
        if (ledger == null || !ledger.currency().equals(closed.currency())) {
            return budget;
        }
        Ledger settled = closed.reserved().isZero() ? ledger : ledger.release(closed.reserved());
        boolean tracks = budget.limit() != null && budget.limit().amount().currency().equals(closed.currency());
        if (closed.status() == OrderStatus.APPROVED && tracks && bookIn != null) {
            settled = settled.book(closed.netTotal(), bookIn);
        }
        return settled == ledger ? budget : budget.withLedger(settled);
    }

    @Override
    public void update(OrderRequestSnapshot changed) {
        OrderRequestSnapshot stored = atVersion(changed, changed.version() + 1);
        OrderRequestSnapshot[] previous = new OrderRequestSnapshot[1];
        long[] address = {OrderSlots.OPEN};
        transactions.write(() -> {
            previous[0] = current(changed);
            address[0] = replace(stored);
        }, () -> restore(previous[0], address[0]));
    }

    @Override
    public Optional<OrderRequestSnapshot> find(CustomerNumber customerNumber, OrderRequestId id) {
        return transactions.read(() -> {
            OrderRequestSnapshot open = waiting.get(id);
            if (open != null) {
                return Optional.of(open).filter(order -> order.customerNumber().equals(customerNumber));
            }
            int slot = slots.find(id.value());
            if (slot < 0 || archive.customerAt(slots.address(slot)) != archive.numberOf(customerNumber)) {
                return Optional.empty();
            }
            return Optional.of(archive.read(slots.address(slot)));
        });
    }

    @Override
    public Page<OrderRequestSnapshot> list(CustomerNumber customerNumber, Set<OrderStatus> statuses,
            PageRequest page) {
        return transactions.read(() -> {
            int number = archive.numberOf(customerNumber);
            return page(ofCustomer, customerNumber, address -> archive.customerAt(address) == number
                    && statuses.contains(archive.statusAt(address)), order -> order.customerNumber()
                            .equals(customerNumber) && statuses.contains(order.status()), page);
        });
    }

    @Override
    public Page<OrderRequestSnapshot> listOfRequester(CustomerNumber customerNumber, UserId requester,
            Set<OrderStatus> statuses, PageRequest page) {
        return transactions.read(() -> {
            int customer = archive.numberOf(customerNumber);
            int number = archive.numberOf(requester);
            return page(ofRequester, requester, address -> archive.requesterAt(address) == number
                    && archive.customerAt(address) == customer
                    && statuses.contains(archive.statusAt(address)), order -> order.requester().equals(requester)
                            && order.customerNumber().equals(customerNumber) && statuses.contains(order.status()),
                    page);
        });
    }

    @Override
    public List<OrderRequestSnapshot> dueBy(Instant moment, int max) {
        return transactions.read(() -> waiting.values().stream()
                .filter(request -> request.nextDeadline().map(deadline -> !deadline.isAfter(moment)).orElse(false))
                .sorted(Comparator.comparing(request -> request.nextDeadline().orElseThrow()))
                .limit(max)
                .toList());
    }

    @Override
    public Money placedTotal(CustomerNumber customerNumber, UserId requester, Currency currency, Instant from,
            Instant until) {
        return transactions.read(() -> {
            Money total = Money.zero(currency);
            int number = archive.numberOf(requester);
            int customer = archive.numberOf(customerNumber);
            if (number < 0 || customer < 0) {
                return total;
            }
            for (int slot = 0; slot < slots.count(); slot++) {
                long address = slots.address(slot);
                if (address == OrderSlots.OPEN || archive.requesterAt(address) != number
                        || archive.customerAt(address) != customer
                        || !OrderStatus.placed().contains(archive.statusAt(address))) {
                    continue;
                }
                OrderRequestSnapshot order = archive.read(address);
                Instant placedAt = order.placedAt();
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
    private <K> Page<OrderRequestSnapshot> page(SlotIndex<K> index, K owner, LongPredicate closedMatch,
            Predicate<OrderRequestSnapshot> openMatch, PageRequest request) {
        PageToken.Reader after = PageToken.reader(request, OVERVIEW);
        Listed from = after == null ? null : new Listed((int) after.number(0, Integer.MAX_VALUE), after.moment());
        int[] found = index.newestFirst(owner, from == null ? null : from.submittedAt(), from == null ? 0 : from.slot(),
                request.size() + 1, slot -> {
                    long address = slots.address(slot);
                    return address != OrderSlots.OPEN ? closedMatch.test(address)
                            : openMatch.test(waiting.get(new OrderRequestId(slots.id(slot))));
                });
        List<Listed> fetched = new ArrayList<>(found.length);
        for (int slot : found) {
            long address = slots.address(slot);
            fetched.add(new Listed(slot, address != OrderSlots.OPEN ? archive.submittedAt(address)
                    : waiting.get(new OrderRequestId(slots.id(slot))).submittedAt()));
        }
        return Page.of(fetched, request, last -> PageToken.writer(OVERVIEW).number(last.slot())
                .moment(last.submittedAt()).token()).map(listed -> read(listed.slot()));
    }

    private void index(OrderRequestSnapshot order, int slot) {
        ofCustomer.add(order.customerNumber(), order.submittedAt(), slot);
        ofRequester.add(order.requester(), order.submittedAt(), slot);
    }

    private void unindex(OrderRequestSnapshot order, int slot) {
        ofCustomer.remove(order.customerNumber(), order.submittedAt(), slot);
        ofRequester.remove(order.requester(), order.submittedAt(), slot);
    }

    private OrderRequestSnapshot read(int slot) {
        long address = slots.address(slot);
        if (address != OrderSlots.OPEN) {
            return archive.read(address);
        }
        return waiting.get(new OrderRequestId(slots.id(slot)));
    }

    /**
     * Whether the requester, the rules and the budget settings are still as the guard assumed: with budget settings,
     * their version stands for all three (it moves when the user or the rules change); without, the user's and the
     * rules' versions are checked.
     */
    private boolean asAssumed(OrderRequestSnapshot order, BudgetSnapshot budget, SubmissionGuard guard) {
        if (budget != null) {
            return guard.hasBudget() && budget.version() == guard.budgetVersion()
                    && budget.customerNumber().equals(order.customerNumber());
        }
        var requester = users.stored(order.customerNumber(), order.requester());
        return !guard.hasBudget() && requester != null && requester.version() == guard.userVersion()
                && policies.versionOf(order.customerNumber()) == guard.policyVersion();
    }

    private static IllegalStateException exists(OrderRequestSnapshot order) {
        return new IllegalStateException("order request " + order.id() + " exists already");
    }

    /**
     * The stored waiting request that {@code request} is a copy of.
     *
     * @throws ConcurrentModification when it changed since, no longer waits, or is of another customer number
     */
    private OrderRequestSnapshot current(OrderRequestSnapshot request) {
        OrderRequestSnapshot current = waiting.get(request.id());
        if (current == null || current.version() != request.version()
                || !current.customerNumber().equals(request.customerNumber())) {
            throw new ConcurrentModification("order request", request.id());
        }
        return current;
    }

    /** Stores a new state of a waiting request; a closed one moves to the archive, whose address it returns. */
    private long replace(OrderRequestSnapshot stored) {
        if (stored.status().isWaiting()) {
            waiting.put(stored.id(), stored);
            return OrderSlots.OPEN;
        }
        long address = archive.append(stored);
        slots.address(slots.find(stored.id().value()), address);
        waiting.remove(stored.id());
        return address;
    }

    private void restore(OrderRequestSnapshot previous, long address) {
        if (previous == null) {
            return;
        }
        if (address != OrderSlots.OPEN) {
            slots.address(slots.find(previous.id().value()), OrderSlots.OPEN);
            archive.truncate(address);
        }
        waiting.put(previous.id(), previous);
    }

    private void restoreLedger(UserId requester, BudgetSnapshot previous) {
        if (previous != null) {
            ledgers.put(requester, previous);
        }
    }

    private static OrderRequestSnapshot atVersion(OrderRequestSnapshot order, long version) {
        return new OrderRequestSnapshot(order.id(), order.customerNumber(), order.requester(), order.reference(),
                order.lines(), order.netTotal(), order.submittedAt(), order.status(), order.reasons(),
                order.requiredApprovals(), order.decisions(), order.reserved(), order.placedAt(), order.closedAt(),
                order.remindAt(), order.escalateAt(), order.expireAt(), order.deadlineStage(), version);
    }
}
