package org.accountkit.budget.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

import org.accountkit.budget.BudgetLimit;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.Ledger;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.junit.jupiter.api.Test;

class UserBudgetTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final CalendarPeriod MARCH = CalendarPeriod.parse("2026-03");
    private static final CalendarPeriod APRIL = CalendarPeriod.parse("2026-04");

    private final UserBudget budget = UserBudget.open(new CustomerNumber("100234"), UserId.random());

    @Test
    void without_a_budget_everything_fits_and_nothing_is_tracked_in_any_currency() {
        assertThat(budget.fits(Money.euro("99999.00"), MARCH)).isTrue();
        assertThat(budget.remaining(MARCH)).isEmpty();
        assertThat(budget.ledger()).isEmpty();
        assertThat(budget.mostCommittedFor(Money.euro("1.00"), MARCH)).isEmpty();
    }

    @Test
    void remaining_is_the_budget_less_spent_and_reserved_and_never_below_zero() {
        budget.setLimit(new BudgetLimit(Money.euro("500.00"), BudgetPeriod.MONTH), Money.euro("100.00"), MARCH, NOW);
        UserBudget reserved = withLedger(budget.ledger().orElseThrow().reserve(Money.euro("350.00")));

        assertThat(reserved.remaining(MARCH)).contains(Money.euro("50.00"));
        assertThat(reserved.fits(Money.euro("50.00"), MARCH)).isTrue();
        assertThat(reserved.fits(Money.euro("50.01"), MARCH)).isFalse();
        assertThat(reserved.mostCommittedFor(Money.euro("50.00"), MARCH)).contains(Money.euro("450.00"));
        UserBudget spent = withLedger(reserved.ledger().orElseThrow().book(Money.euro("400.00"), MARCH));
        assertThat(spent.remaining(MARCH)).contains(Money.euro("0.00"));
    }

    @Test
    void spent_starts_again_in_a_new_period_but_reservations_stay() {
        budget.setLimit(new BudgetLimit(Money.euro("500.00"), BudgetPeriod.MONTH), Money.euro("480.00"), MARCH, NOW);
        Ledger ledger = budget.ledger().orElseThrow().reserve(Money.euro("100.00"));

        assertThat(ledger.spentIn(APRIL)).isEqualTo(Money.euro("0.00"));
        assertThat(withLedger(ledger).remaining(APRIL)).contains(Money.euro("400.00"));
        Ledger april = ledger.book(Money.euro("25.00"), APRIL);
        assertThat(april.spentIn(APRIL)).isEqualTo(Money.euro("25.00"));
        assertThat(april.spentIn(MARCH)).isEqualTo(Money.euro("0.00"));
        assertThat(april.reserved()).isEqualTo(Money.euro("100.00"));
    }

    @Test
    void a_per_order_budget_judges_each_order_alone() {
        budget.setLimit(new BudgetLimit(Money.euro("250.00"), BudgetPeriod.PER_ORDER), Money.euro("0.00"), null, NOW);

        assertThat(budget.fits(Money.euro("250.00"), null)).isTrue();
        assertThat(budget.fits(Money.euro("250.01"), null)).isFalse();
        assertThat(budget.remaining(null)).contains(Money.euro("250.00"));
        assertThat(budget.mostCommittedFor(Money.euro("10.00"), null)).isEmpty();
    }

    @Test
    void an_order_in_another_currency_never_fits_and_the_currency_is_locked_while_reserved() {
        budget.setLimit(new BudgetLimit(Money.euro("500.00"), BudgetPeriod.MONTH), Money.euro("0.00"), MARCH, NOW);
        UserBudget reserved = withLedger(budget.ledger().orElseThrow().reserve(Money.euro("10.00")));
        Money dollars = new Money(new java.math.BigDecimal("1.00"), Currency.getInstance("USD"));

        assertThat(reserved.fits(dollars, MARCH)).isFalse();
        assertThat(reserved.canSwitchTo(Currency.getInstance("USD"))).isFalse();
        assertThatThrownBy(() -> reserved.setLimit(new BudgetLimit(dollars, BudgetPeriod.MONTH), dollars, MARCH, NOW))
                .isInstanceOf(IllegalStateException.class);
        assertThat(reserved.limit()).map(BudgetLimit::amount).contains(Money.euro("500.00"));
    }

    @Test
    void releasing_more_than_is_reserved_is_refused_and_the_ledger_is_unchanged() {
        Ledger ledger = Ledger.empty(Currency.getInstance("EUR")).reserve(Money.euro("10.00"));

        assertThatThrownBy(() -> ledger.release(Money.euro("25.00"))).isInstanceOf(IllegalStateException.class);
        assertThat(ledger.reserved()).isEqualTo(Money.euro("10.00"));
        assertThat(ledger.release(Money.euro("10.00")).reserved()).isEqualTo(Money.euro("0.00"));
        assertThatThrownBy(() -> ledger.release(new Money(java.math.BigDecimal.ONE, Currency.getInstance("USD"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_ledger_never_changes_or_invents_its_currency() {
        Currency dollar = Currency.getInstance("USD");
        budget.setLimit(new BudgetLimit(new Money(java.math.BigDecimal.TEN, dollar), BudgetPeriod.MONTH),
                Money.zero(dollar), MARCH, NOW);

        assertThat(budget.ledger()).map(Ledger::currency).contains(dollar);
        assertThat(budget.remaining(MARCH)).map(Money::currency).contains(dollar);
        assertThatThrownBy(() -> budget.ledger().orElseThrow().book(Money.euro("1.00"), MARCH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ledger(MARCH, Money.euro("1.00"), Money.zero(dollar)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private UserBudget withLedger(Ledger ledger) {
        return UserBudget.restore(budget.snapshot().withLedger(ledger));
    }
}
