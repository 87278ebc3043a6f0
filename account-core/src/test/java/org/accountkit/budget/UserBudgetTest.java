package org.accountkit.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;

import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.junit.jupiter.api.Test;

class UserBudgetTest {

    private final UserBudget budget = UserBudget.open(UserId.random(), new CustomerNumber("100234"));

    @Test
    void without_a_budget_everything_fits_and_nothing_is_tracked() {
        assertThat(budget.fits(Money.euro("99999.00"), "2026-03")).isTrue();
        assertThat(budget.remaining("2026-03")).isEmpty();
        assertThat(budget.reserve(Money.euro("10.00"))).isZero();
    }

    @Test
    void remaining_is_the_budget_less_spent_and_reserved_and_never_below_zero() {
        budget.setLimit(new BudgetLimit(Money.euro("500.00"), BudgetPeriod.MONTH), Money.euro("100.00"), "2026-03");
        budget.reserve(Money.euro("350.00"));

        assertThat(budget.remaining("2026-03")).contains(Money.euro("50.00"));
        assertThat(budget.fits(Money.euro("50.00"), "2026-03")).isTrue();
        assertThat(budget.fits(Money.euro("50.01"), "2026-03")).isFalse();
        budget.book(Money.euro("400.00"), "2026-03");
        assertThat(budget.remaining("2026-03")).contains(Money.euro("0.00"));
    }

    @Test
    void a_copy_keeps_its_own_ledger() {
        budget.setLimit(new BudgetLimit(Money.euro("500.00"), BudgetPeriod.MONTH), Money.euro("100.00"), "2026-03");
        UserBudget copy = budget.copyAtVersion(7);

        copy.book(Money.euro("50.00"), "2026-03");
        copy.reserve(Money.euro("20.00"));

        assertThat(budget.spentIn("2026-03")).isEqualTo(Money.euro("100.00"));
        assertThat(budget.reservedMoney()).isEqualTo(Money.euro("0.00"));
        assertThat(copy.spentIn("2026-03")).isEqualTo(Money.euro("150.00"));
        assertThat(copy.version()).isEqualTo(7);
    }

    @Test
    void spent_starts_again_in_a_new_period_but_reservations_stay() {
        budget.setLimit(new BudgetLimit(Money.euro("500.00"), BudgetPeriod.MONTH), Money.euro("480.00"), "2026-03");
        budget.reserve(Money.euro("100.00"));

        assertThat(budget.spentIn("2026-04")).isEqualTo(Money.euro("0.00"));
        assertThat(budget.remaining("2026-04")).contains(Money.euro("400.00"));
        budget.book(Money.euro("25.00"), "2026-04");
        assertThat(budget.spentIn("2026-04")).isEqualTo(Money.euro("25.00"));
        assertThat(budget.spentIn("2026-03")).isEqualTo(Money.euro("0.00"));
    }

    @Test
    void a_per_order_budget_judges_each_order_alone() {
        budget.setLimit(new BudgetLimit(Money.euro("250.00"), BudgetPeriod.PER_ORDER), Money.euro("0.00"), "order");
        budget.book(Money.euro("240.00"), "order");

        assertThat(budget.fits(Money.euro("250.00"), "order")).isTrue();
        assertThat(budget.fits(Money.euro("250.01"), "order")).isFalse();
        assertThat(budget.remaining("order")).contains(Money.euro("250.00"));
    }

    @Test
    void an_order_in_another_currency_never_fits_and_the_currency_is_locked_while_reserved() {
        budget.setLimit(new BudgetLimit(Money.euro("500.00"), BudgetPeriod.MONTH), Money.euro("0.00"), "2026-03");
        budget.reserve(Money.euro("10.00"));
        Money dollars = new Money(new java.math.BigDecimal("1.00"), Currency.getInstance("USD"));

        assertThat(budget.fits(dollars, "2026-03")).isFalse();
        assertThat(budget.canSwitchTo(Currency.getInstance("USD"))).isFalse();
        assertThatThrownBy(() -> budget.setLimit(new BudgetLimit(dollars, BudgetPeriod.MONTH), dollars, "2026-03"))
                .isInstanceOf(IllegalStateException.class);
    }
}
