package org.accountkit.approval.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.accountkit.approval.ApprovalEscalated;
import org.accountkit.approval.ApprovalGiven;
import org.accountkit.approval.ApprovalReason;
import org.accountkit.approval.Approver;
import org.accountkit.approval.ApproversReminded;
import org.accountkit.approval.DeadlineStage;
import org.accountkit.approval.Decision;
import org.accountkit.approval.DecisionAlreadyTaken;
import org.accountkit.approval.OrderApproved;
import org.accountkit.approval.OrderPlaced;
import org.accountkit.approval.OrderRejected;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.OwnOrderCannotBeDecided;
import org.accountkit.approval.SecondApproverRequired;
import org.accountkit.approval.Verdict;
import org.accountkit.ordering.OrderLine;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.spi.OrderRequestSnapshot;
import org.junit.jupiter.api.Test;

class OrderRequestTest {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final CustomerNumber JANSEN = new CustomerNumber("100234");
    private final UserId jan = UserId.random();
    private final UserId kees = UserId.random();
    private final UserId petra = UserId.random();

    @Test
    void the_last_tier_places_the_order_and_each_tier_needs_another_approver() {
        OrderRequest order = waiting(2);

        OrderRequest.Approval first = order.approve(Approver.own(kees), MONDAY);
        assertThat(first).isInstanceOfSatisfying(OrderRequest.NextTier.class,
                next -> assertThat(next.given().tier()).isEqualTo(1));
        assertThatThrownBy(() -> order.approve(Approver.own(kees), MONDAY)).isInstanceOf(SecondApproverRequired.class);
        UserId lotte = UserId.random();
        assertThatThrownBy(() -> order.approve(new Approver(lotte, kees), MONDAY))
                .isInstanceOf(SecondApproverRequired.class);
        OrderRequest.Approval second = order.approve(Approver.own(petra), MONDAY.plusSeconds(60));

        assertThat(second).isInstanceOf(OrderRequest.Placed.class);
        assertThat(second.events()).hasExactlyElementsOfTypes(ApprovalGiven.class, OrderApproved.class);
        assertThat(order.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(order.snapshot().placedAt()).isEqualTo(MONDAY.plusSeconds(60));
        assertThat(order.toPlacedOrder().afterApproval()).isTrue();
        assertThat(order.snapshot().nextDeadline()).isEmpty();
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
        OrderRejected rejected = order.reject(Approver.own(kees), "Te duur", MONDAY);

        assertThat(rejected.reason()).isEqualTo("Te duur");
        assertThatThrownBy(() -> order.approve(Approver.own(petra), MONDAY)).isInstanceOf(DecisionAlreadyTaken.class);
        assertThatThrownBy(() -> order.withdraw(MONDAY)).isInstanceOf(DecisionAlreadyTaken.class);
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThatThrownBy(() -> new Decision(1, kees, null, Verdict.REJECTED, " ", MONDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void deadlines_remind_then_escalate_then_expire() {
        OrderRequest order = waiting(1);

        assertThat(order.dueAt(MONDAY.plus(Duration.ofHours(23)))).isEqualTo(OrderRequest.DeadlineAction.NONE);
        assertThat(order.dueAt(MONDAY.plus(Duration.ofHours(24)))).isEqualTo(OrderRequest.DeadlineAction.REMIND);
        assertThat(order.remind(MONDAY.plus(Duration.ofHours(24)))).isInstanceOf(ApproversReminded.class);
        assertThat(order.dueAt(MONDAY.plus(Duration.ofHours(30)))).isEqualTo(OrderRequest.DeadlineAction.NONE);
        assertThat(order.snapshot().nextDeadline()).contains(MONDAY.plus(Duration.ofHours(48)));
        assertThat(order.dueAt(MONDAY.plus(Duration.ofHours(48)))).isEqualTo(OrderRequest.DeadlineAction.ESCALATE);
        assertThat(order.escalate(MONDAY.plus(Duration.ofHours(48)))).isInstanceOf(ApprovalEscalated.class);
        assertThatThrownBy(() -> order.expire(MONDAY.plus(Duration.ofDays(6))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(order.dueAt(MONDAY.plus(Duration.ofDays(7)))).isEqualTo(OrderRequest.DeadlineAction.EXPIRE);
        order.expire(MONDAY.plus(Duration.ofDays(7)));
        assertThat(order.status()).isEqualTo(OrderStatus.EXPIRED);
    }

    @Test
    void a_reminder_after_the_escalation_is_refused_and_the_order_stays_escalated() {
        OrderRequest order = waiting(1);
        order.escalate(MONDAY.plus(Duration.ofHours(48)));

        assertThatThrownBy(() -> order.remind(MONDAY.plus(Duration.ofHours(49))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> order.escalate(MONDAY.plus(Duration.ofHours(49))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(order.snapshot().deadlineStage()).isEqualTo(DeadlineStage.ESCALATED);
        assertThat(order.snapshot().nextDeadline()).contains(MONDAY.plus(Duration.ofDays(7)));
    }

    @Test
    void a_cart_without_reasons_is_placed_at_once_and_an_order_is_priced_in_one_currency() {
        OrderLine euro = new OrderLine("A", "a", 2, Money.euro("12.50"), new BigDecimal("21"));
        OrderLine dollar = new OrderLine("B", "b", 1, new Money(BigDecimal.ONE, java.util.Currency.getInstance("USD")),
                new BigDecimal("21"));
        Money total = OrderRequestSnapshot.totalOf(List.of(euro, euro));

        OrderRequest.Submitted placed = OrderRequest.submit(id(), JANSEN, jan, "", List.of(euro, euro), total,
                new Assessment(Set.of(), 1, true), Money.zero(total.currency()), ApprovalPolicy.defaults(JANSEN),
                MONDAY);

        assertThat(placed).isInstanceOf(OrderRequest.PlacedAtOnce.class);
        assertThat(placed.event()).isInstanceOf(OrderPlaced.class);
        assertThat(placed.order().netTotal()).isEqualTo(Money.euro("50.00"));
        assertThat(placed.order().status()).isEqualTo(OrderStatus.PLACED);
        assertThatThrownBy(() -> OrderRequestSnapshot.totalOf(List.of(euro, dollar)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_change_leaves_the_snapshot_it_was_restored_from_unchanged() {
        OrderRequest stored = waiting(2);
        OrderRequestSnapshot before = stored.snapshot();
        OrderRequest restored = OrderRequest.restore(before);

        restored.approve(Approver.own(kees), MONDAY);
        restored.remind(MONDAY.plus(Duration.ofHours(24)));

        assertThat(before.decisions()).isEmpty();
        assertThat(before.deadlineStage()).isEqualTo(DeadlineStage.NOTIFIED);
        assertThat(restored.decisions()).hasSize(1);
        assertThat(restored.snapshot().version()).isEqualTo(before.version());
        assertThat(restored.snapshot().reasons()).containsExactly(ApprovalReason.OVER_BUDGET);
        assertThatThrownBy(() -> restored.decisions().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> restored.snapshot().reasons().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private OrderRequest waiting(int approvals) {
        List<OrderLine> lines = List.of(new OrderLine("PERS-V15", "Persmachine", 1, Money.euro("1450.00"),
                new BigDecimal("21")));
        return OrderRequest.submit(id(), JANSEN, jan, "Project", lines, OrderRequestSnapshot.totalOf(lines),
                new Assessment(Set.of(ApprovalReason.OVER_BUDGET), approvals, true), Money.euro("1450.00"),
                ApprovalPolicy.defaults(JANSEN), MONDAY).order();
    }

    private static OrderRequestId id() {
        return new OrderRequestId(UUID.randomUUID());
    }
}
