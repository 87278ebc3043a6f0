package org.accountkit.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accountkit.customer.CustomerNumber;
import org.accountkit.ordering.OrderLine;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.junit.jupiter.api.Test;

class OrderRequestTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private final UserId jan = UserId.random();
    private final UserId kees = UserId.random();
    private final UserId petra = UserId.random();

    @Test
    void the_last_tier_places_the_order_and_each_tier_needs_another_approver() {
        OrderRequest order = waiting(2);

        assertThat(order.approve(Approver.own(kees), MONDAY)).isFalse();
        assertThatThrownBy(() -> order.approve(Approver.own(kees), MONDAY)).isInstanceOf(SecondApproverRequired.class);
        UserId lotte = UserId.random();
        assertThatThrownBy(() -> order.approve(new Approver(lotte, kees), MONDAY))
                .isInstanceOf(SecondApproverRequired.class);
        assertThat(order.approve(Approver.own(petra), MONDAY.plusSeconds(60))).isTrue();

        assertThat(order.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(order.placedAt()).contains(MONDAY.plusSeconds(60));
        assertThat(order.toPlacedOrder().afterApproval()).isTrue();
        assertThat(order.nextDeadline()).isEmpty();
    }

    @Test
    void nobody_decides_on_their_own_order_not_even_on_someone_elses_behalf() {
        OrderRequest order = waiting(1);

        assertThatThrownBy(() -> order.approve(Approver.own(jan), MONDAY)).isInstanceOf(OwnOrderCannotBeDecided.class);
        assertThatThrownBy(() -> order.reject(new Approver(jan, kees), "nee", MONDAY))
                .isInstanceOf(OwnOrderCannotBeDecided.class);
        assertThatThrownBy(() -> order.approve(new Approver(kees, jan), MONDAY))
                .isInstanceOf(OwnOrderCannotBeDecided.class);
        assertThat(order.decisions()).isEmpty();
    }

    @Test
    void a_decision_is_taken_once() {
        OrderRequest order = waiting(1);
        order.reject(Approver.own(kees), "Te duur", MONDAY);

        assertThatThrownBy(() -> order.approve(Approver.own(petra), MONDAY)).isInstanceOf(DecisionAlreadyTaken.class);
        assertThatThrownBy(() -> order.withdraw(MONDAY)).isInstanceOf(DecisionAlreadyTaken.class);
        assertThat(order.rejectionReason()).contains("Te duur");
        assertThatThrownBy(() -> new Decision(1, kees, null, Verdict.REJECTED, " ", MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadlines_remind_then_escalate_then_expire() {
        OrderRequest order = waiting(1);

        assertThat(order.dueAt(MONDAY.plus(Duration.ofHours(23)))).isEqualTo(OrderRequest.DeadlineAction.NONE);
        assertThat(order.dueAt(MONDAY.plus(Duration.ofHours(24)))).isEqualTo(OrderRequest.DeadlineAction.REMIND);
        order.markReminded();
        assertThat(order.dueAt(MONDAY.plus(Duration.ofHours(30)))).isEqualTo(OrderRequest.DeadlineAction.NONE);
        assertThat(order.nextDeadline()).contains(MONDAY.plus(Duration.ofHours(48)));
        assertThat(order.dueAt(MONDAY.plus(Duration.ofHours(48)))).isEqualTo(OrderRequest.DeadlineAction.ESCALATE);
        order.markEscalated();
        assertThatThrownBy(() -> order.expire(MONDAY.plus(Duration.ofDays(6))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(order.dueAt(MONDAY.plus(Duration.ofDays(7)))).isEqualTo(OrderRequest.DeadlineAction.EXPIRE);
        order.expire(MONDAY.plus(Duration.ofDays(7)));
        assertThat(order.status()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void an_order_is_priced_in_one_currency() {
        OrderLine euro = new OrderLine("A", "a", 2, Money.euro("12.50"), new BigDecimal("21"));
        OrderLine dollar = new OrderLine("B", "b", 1, new Money(BigDecimal.ONE, java.util.Currency.getInstance("USD")),
                new BigDecimal("21"));

        assertThat(OrderRequest.placeDirectly(id(), new CustomerNumber("1"), jan, "", List.of(euro, euro), MONDAY)
                .netTotal()).isEqualTo(Money.euro("50.00"));
        assertThatThrownBy(() -> OrderRequest.placeDirectly(id(), new CustomerNumber("1"), jan, "",
                List.of(euro, dollar), MONDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_copy_shares_nothing_that_changes() {
        OrderRequest stored = waiting(2);
        OrderRequest copy = stored.copyAtVersion(4);

        copy.approve(Approver.own(kees), MONDAY);
        copy.markReminded();

        assertThat(copy.version()).isEqualTo(4);
        assertThat(copy.decisions()).hasSize(1);
        assertThat(stored.decisions()).isEmpty();
        assertThat(stored.deadlineStage()).isEqualTo(DeadlineStage.NOTIFIED);
        assertThat(stored.version()).isZero();
        assertThat(copy.netTotal()).isEqualTo(stored.netTotal());
        assertThat(copy.reasons()).isEqualTo(stored.reasons()).containsExactly(ApprovalReason.OVER_BUDGET);
        assertThatThrownBy(() -> copy.decisions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> copy.reasons().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private OrderRequest waiting(int approvals) {
        return OrderRequest.awaitApproval(id(), new CustomerNumber("100234"), jan, "Project",
                List.of(new OrderLine("PERS-V15", "Persmachine", 1, Money.euro("1450.00"), new BigDecimal("21"))),
                Set.of(ApprovalReason.OVER_BUDGET), approvals, new BigDecimal("1450.00"),
                ApprovalPolicy.defaults(new CustomerNumber("100234")), MONDAY);
    }

    private static OrderRequestId id() {
        return new OrderRequestId(UUID.randomUUID());
    }
}
