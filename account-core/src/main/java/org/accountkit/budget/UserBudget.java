package org.accountkit.budget;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * A user's spending settings and ledger: the budget an administrator set ("budgetlimiet"), whether every order
 * needs approval, and what was spent in the current period and reserved by orders waiting for approval.
 *
 * <p>The ledger runs in the budget's currency from the moment a budget is first set. Spent belongs to one period,
 * named by its {@link BudgetPeriod#keyOf key}; when an order arrives in a later period, spent starts again from
 * zero, so periods roll over without a job. Reserved is not per period: a waiting order keeps its reservation until
 * it is approved, rejected, withdrawn or expires.
 */
public final class UserBudget implements AggregateRoot<UserBudget, UserId> {

    private final UserId user;
    private final CustomerNumber customerNumber;
    private BudgetLimit limit;
    private boolean everyOrderNeedsApproval;
    private Currency currency;
    private String periodKey;
    private BigDecimal spent;
    private BigDecimal reserved;
    private final long version;

    private UserBudget(UserId user, CustomerNumber customerNumber, BudgetLimit limit, boolean everyOrderNeedsApproval,
            Currency currency, String periodKey, BigDecimal spent, BigDecimal reserved, long version) {
        this.user = Objects.requireNonNull(user, "user");
        this.customerNumber = Objects.requireNonNull(customerNumber, "customerNumber");
        this.limit = limit;
        this.everyOrderNeedsApproval = everyOrderNeedsApproval;
        this.currency = currency;
        this.periodKey = Objects.requireNonNull(periodKey, "periodKey");
        this.spent = Objects.requireNonNull(spent, "spent");
        this.reserved = Objects.requireNonNull(reserved, "reserved");
        this.version = version;
        if (limit != null && !limit.amount().currency().equals(currency)) {
            throw new IllegalArgumentException("the ledger runs in the budget's currency");
        }
    }

    /** The settings of a user without a budget, before anything is stored. */
    public static UserBudget open(UserId user, CustomerNumber customerNumber) {
        return new UserBudget(user, customerNumber, null, false, null, "none", BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    /**
     * A copy at {@code version}, for adapters that store and hand out copies: changing one never changes the other
     * (every part is an immutable value).
     */
    public UserBudget copyAtVersion(long version) {
        return new UserBudget(user, customerNumber, limit, everyOrderNeedsApproval, currency, periodKey, spent,
                reserved, version);
    }

    /** Rebuilds stored settings; for adapters. */
    public static UserBudget reconstitute(UserId user, CustomerNumber customerNumber, BudgetLimit limit,
            boolean everyOrderNeedsApproval, Currency currency, String periodKey, BigDecimal spent,
            BigDecimal reserved, long version) {
        return new UserBudget(user, customerNumber, limit, everyOrderNeedsApproval, currency, periodKey, spent,
                reserved, version);
    }

    /**
     * Sets or changes the budget. Spent in the current period is what the user's placed orders in it add up to.
     *
     * @param newLimit      the budget
     * @param spentSoFar    the total of the user's orders placed in the current period, in the budget's currency
     * @param currentPeriod the key of the current period
     * @throws IllegalStateException when the currency would change while orders hold reservations
     */
    public void setLimit(BudgetLimit newLimit, Money spentSoFar, String currentPeriod) {
        Currency newCurrency = newLimit.amount().currency();
        if (!canSwitchTo(newCurrency)) {
            throw new IllegalStateException("reservations are held in " + currency);
        }
        this.limit = newLimit;
        this.currency = newCurrency;
        this.spent = spentSoFar.amount();
        this.periodKey = currentPeriod;
    }

    /** Whether a budget in {@code newCurrency} may be set: the ledger may switch only while nothing is reserved. */
    public boolean canSwitchTo(Currency newCurrency) {
        return currency == null || currency.equals(newCurrency) || reserved.signum() == 0;
    }

    /** Removes the budget; the user orders without a limit. Reservations of waiting orders stay until decided. */
    public void removeLimit() {
        this.limit = null;
    }

    /** Marks whether every order of this user needs approval, budget or not. */
    public void requireApprovalForEveryOrder(boolean required) {
        this.everyOrderNeedsApproval = required;
    }

    /** Whether the ledger tracks orders in {@code orderCurrency}: a budget is set in that currency. */
    public boolean tracks(Currency orderCurrency) {
        return limit != null && limit.amount().currency().equals(orderCurrency);
    }

    /**
     * Whether an order of {@code total} fits the budget now, without approval. Always without a budget; never when
     * the order is in another currency than the budget.
     */
    public boolean fits(Money total, String currentPeriod) {
        if (limit == null) {
            return true;
        }
        if (!tracks(total.currency())) {
            return false;
        }
        if (limit.period() == BudgetPeriod.PER_ORDER) {
            return !total.isMoreThan(limit.amount());
        }
        return !spentIn(currentPeriod).plus(reservedMoney()).plus(total).isMoreThan(limit.amount());
    }

    /** Books a placed order (direct or approved) as spent in the current period, when the ledger tracks it. */
    public void book(Money total, String currentPeriod) {
        if (tracks(total.currency())) {
            spent = spentIn(currentPeriod).plus(total).amount();
            periodKey = currentPeriod;
        }
    }

    /**
     * Reserves the amount of an order that waits for approval, when the ledger tracks it.
     *
     * @return what was reserved: the total, or zero
     */
    public BigDecimal reserve(Money total) {
        if (!tracks(total.currency())) {
            return Money.NO_AMOUNT;
        }
        reserved = reserved.add(total.amount());
        return total.amount();
    }

    /** Releases what an order reserved, when it is decided or withdrawn or expires. */
    public void release(BigDecimal reservation) {
        reserved = reserved.subtract(reservation);
    }

    /** The budget, if any. */
    public Optional<BudgetLimit> limit() {
        return Optional.ofNullable(limit);
    }

    /** Spent in the period {@code currentPeriod}: zero once the stored period is over. */
    public Money spentIn(String currentPeriod) {
        return ledgerMoney(currentPeriod.equals(periodKey) ? spent : BigDecimal.ZERO);
    }

    /** Reserved by orders waiting for approval. */
    public Money reservedMoney() {
        return ledgerMoney(reserved);
    }

    /** What may still be spent in {@code currentPeriod} without approval, never below zero; empty without budget. */
    public Optional<Money> remaining(String currentPeriod) {
        if (limit == null) {
            return Optional.empty();
        }
        if (limit.period() == BudgetPeriod.PER_ORDER) {
            return Optional.of(limit.amount());
        }
        return Optional.of(limit.amount().minus(spentIn(currentPeriod)).minus(reservedMoney()).atLeastZero());
    }

    @Override
    public UserId getId() {
        return user;
    }

    /** The user. */
    public UserId user() {
        return user;
    }

    /** The user's customer number. */
    public CustomerNumber customerNumber() {
        return customerNumber;
    }

    /** Whether every order of this user waits for approval. */
    public boolean everyOrderNeedsApproval() {
        return everyOrderNeedsApproval;
    }

    /** The ledger's currency, once a budget was set. */
    public Optional<Currency> currency() {
        return Optional.ofNullable(currency);
    }

    /** The key of the period {@link #spentRaw()} belongs to. */
    public String periodKey() {
        return periodKey;
    }

    /** Spent in the stored period, as stored; for adapters. */
    public BigDecimal spentRaw() {
        return spent;
    }

    /** Reserved, as stored; for adapters. */
    public BigDecimal reservedRaw() {
        return reserved;
    }

    /** The stored version of the settings this instance was loaded at; 0 for new settings. */
    public long version() {
        return version;
    }

    private Money ledgerMoney(BigDecimal amount) {
        return new Money(amount, currency != null ? currency : Currency.getInstance("EUR"));
    }
}
