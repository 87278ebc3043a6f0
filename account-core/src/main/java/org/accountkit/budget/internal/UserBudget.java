package org.accountkit.budget.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.budget.ApprovalRequirementChanged;
import org.accountkit.budget.BudgetLimit;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.BudgetRemoved;
import org.accountkit.budget.BudgetSet;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.Ledger;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.spi.BudgetSnapshot;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A user's spending settings and ledger: the budget an administrator set ("budgetlimiet"), whether every order
 * needs approval, and the {@link Ledger} of what was spent in the current period and what orders waiting for
 * approval reserve.
 *
 * <p>The ledger runs in the budget's currency from the moment a budget is first set. Its currency may change only
 * while nothing is reserved in it.
 */
public final class UserBudget implements AggregateRoot<UserBudget, UserId> {

    private BudgetSnapshot state;

    private UserBudget(BudgetSnapshot state) {
        this.state = Objects.requireNonNull(state, "state");
    }

    /** The settings of a user without a budget, before anything is stored. */
    public static UserBudget open(CustomerNumber customerNumber, UserId user) {
        return new UserBudget(new BudgetSnapshot(customerNumber, user, null, false, null, 0));
    }

    /** The settings as they were stored. */
    public static UserBudget restore(BudgetSnapshot stored) {
        return new UserBudget(stored);
    }

    /**
     * Sets or changes the budget. A ledger that already counts the current period keeps what it spent there (less
     * what cancelled and returned goods credited); otherwise spent in the period starts as what the user's orders
     * placed in it add up to.
     *
     * @param newLimit   the budget
     * @param spentSoFar the total of the user's orders placed in the current period, in the budget's currency; used
     *                   when the ledger does not count that period yet
     * @param current    the current calendar period, or {@code null} for a per-order budget
     * @param now        the moment of the change
     * @return what happened
     * @throws IllegalStateException when the currency would change while orders hold reservations
     */
    public BudgetSet setLimit(BudgetLimit newLimit, Money spentSoFar, CalendarPeriod current, Instant now) {
        Currency newCurrency = newLimit.amount().currency();
        if (!canSwitchTo(newCurrency)) {
            throw new IllegalStateException("reservations are held in " + state.ledger().currency());
        }
        Ledger ledger = state.ledger() != null && state.ledger().currency().equals(newCurrency) ? state.ledger()
                : Ledger.empty(newCurrency);
        // a ledger that already counts this period keeps what it counted, credits for cancelled and returned goods
        // included; otherwise the period starts from what the user's orders placed in it add up to
        Money spent = current == null ? Money.zero(newCurrency)
                : current.equals(ledger.period()) ? ledger.spentIn(current) : spentSoFar;
        Ledger started = new Ledger(current, spent, ledger.reserved());
        state = new BudgetSnapshot(state.customerNumber(), state.user(), newLimit, state.everyOrderNeedsApproval(),
                started, state.version());
        return new BudgetSet(state.customerNumber(), state.user(), newLimit, now);
    }

    /** Whether a budget in {@code newCurrency} may be set: the ledger may switch only while nothing is reserved. */
    public boolean canSwitchTo(Currency newCurrency) {
        Ledger ledger = state.ledger();
        return ledger == null || ledger.currency().equals(newCurrency) || ledger.reserved().isZero();
    }

    /**
     * Removes the budget; the user orders without a limit. Reservations of waiting orders stay until decided.
     *
     * @return what happened, or empty when there was no budget
     */
    public Optional<BudgetRemoved> removeLimit(Instant now) {
        if (state.limit() == null) {
            return Optional.empty();
        }
        state = new BudgetSnapshot(state.customerNumber(), state.user(), null, state.everyOrderNeedsApproval(),
                state.ledger(), state.version());
        return Optional.of(new BudgetRemoved(state.customerNumber(), state.user(), now));
    }

    /** Marks whether every order of this user needs approval, budget or not. */
    public ApprovalRequirementChanged requireApprovalForEveryOrder(boolean required, Instant now) {
        state = new BudgetSnapshot(state.customerNumber(), state.user(), state.limit(), required, state.ledger(),
                state.version());
        return new ApprovalRequirementChanged(state.customerNumber(), state.user(), required, now);
    }

    /** Whether the ledger tracks orders in {@code orderCurrency}: a budget is set in that currency. */
    public boolean tracks(Currency orderCurrency) {
        return state.limit() != null && state.limit().amount().currency().equals(orderCurrency);
    }

    /** The calendar period the budget counts in at {@code moment}; empty without budget or per order. */
    public Optional<CalendarPeriod> periodAt(Instant moment, ZoneId zone) {
        BudgetLimit limit = state.limit();
        return limit == null ? Optional.empty() : limit.period().periodAt(moment, zone);
    }

    /**
     * Whether an order of {@code total} fits the budget now, without approval. Always without a budget; never when
     * the order is in another currency than the budget.
     */
    public boolean fits(Money total, CalendarPeriod current) {
        return fits(total, current, mostCommittedFor(total, current).orElse(null));
    }

    /** As {@link #fits(Money, CalendarPeriod)}, with the ledger bound already worked out ({@link #mostCommittedFor}). */
    public boolean fits(Money total, CalendarPeriod current, Money mostCommitted) {
        if (mostCommitted != null) {
            return !state.ledger().committedIn(current).isMoreThan(mostCommitted);
        }
        return state.limit() == null || tracks(total.currency()) && !total.isMoreThan(state.limit().amount());
    }

    /**
     * The most the ledger may hold in {@code current} for an order of {@code total} to fit: the budget less the
     * total. Empty when the ledger does not limit the order: without a budget, for a per-order budget (the total
     * alone decides), or in another currency (the order never fits).
     */
    public Optional<Money> mostCommittedFor(Money total, CalendarPeriod current) {
        BudgetLimit limit = state.limit();
        if (limit == null || current == null || limit.period() == BudgetPeriod.PER_ORDER
                || !tracks(total.currency())) {
            return Optional.empty();
        }
        return Optional.of(limit.amount().minus(total));
    }

    /** What may still be spent in {@code current} without approval, never below zero; empty without budget. */
    public Optional<Money> remaining(CalendarPeriod current) {
        BudgetLimit limit = state.limit();
        if (limit == null) {
            return Optional.empty();
        }
        if (limit.period() == BudgetPeriod.PER_ORDER) {
            return Optional.of(limit.amount());
        }
        return Optional.of(limit.amount().minus(state.ledger().committedIn(current)).atLeastZero());
    }

    /**
     * Credits {@code amount} of an order booked in {@code bookedIn} back to the ledger (part of the order was
     * cancelled): whether the ledger changed. It does not once the ledger counts another period, or when it runs
     * in another currency.
     */
    public boolean credit(Money amount, CalendarPeriod bookedIn) {
        Ledger ledger = state.ledger();
        if (ledger == null || !ledger.currency().equals(amount.currency())) {
            return false;
        }
        Ledger credited = ledger.credit(amount, bookedIn);
        if (credited.equals(ledger)) {
            return false;
        }
        state = new BudgetSnapshot(state.customerNumber(), state.user(), state.limit(),
                state.everyOrderNeedsApproval(), credited, state.version());
        return true;
    }

    /** The state to store. */
    public BudgetSnapshot snapshot() {
        return state;
    }

    @Override
    public UserId getId() {
        return state.user();
    }

    /** The user. */
    public UserId user() {
        return state.user();
    }

    /** The user's customer number. */
    public CustomerNumber customerNumber() {
        return state.customerNumber();
    }

    /** The budget, if any. */
    public Optional<BudgetLimit> limit() {
        return Optional.ofNullable(state.limit());
    }

    /** Whether every order of this user waits for approval. */
    public boolean everyOrderNeedsApproval() {
        return state.everyOrderNeedsApproval();
    }

    /** The ledger, once a budget was set. */
    public Optional<Ledger> ledger() {
        return Optional.ofNullable(state.ledger());
    }

    /** The stored version of the settings this budget was loaded at; 0 for new settings. */
    public long version() {
        return state.version();
    }
}
