package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.accountkit.InvalidCommand;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.OrderPlaced;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Money;
import org.junit.jupiter.api.Test;

/** What a host's test suite gets from one call. */
class TestAccountKitTest {

    @Test
    void a_placed_order_is_handed_off_and_its_event_carries_the_moment_the_test_set() {
        Instant start = Instant.parse("2026-06-01T08:00:00Z");
        TestAccountKit accounts = TestAccountKit.startingAt(start);
        accounts.catalog().offer("BOOR-18V", "Accuboormachine 18V", Money.euro("199.00"));
        Actor.UserActor petra = accounts.registerCustomer("100234");
        accounts.clock().advance(Duration.ofHours(2));

        ApprovalOutcome outcome = accounts.kit().submitOrder().submit(petra,
                new SubmitOrderCommand(List.of(new CartLine("BOOR-18V", 2))));

        assertThat(outcome).isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        assertThat(accounts.sent().placedOrders()).singleElement().satisfies(order -> {
            assertThat(order.orderId()).isEqualTo(outcome.order().value());
            assertThat(order.netTotal()).isEqualTo(Money.euro("398.00"));
        });
        assertThat(accounts.sent().events(OrderPlaced.class)).singleElement()
                .satisfies(placed -> assertThat(placed.occurredAt()).isEqualTo(start.plus(Duration.ofHours(2))));
        assertThat(accounts.sent().notices()).isEmpty();
    }

    @Test
    void each_kit_starts_empty_and_offers_only_what_the_test_put_in_its_catalog() {
        TestAccountKit first = TestAccountKit.create();
        TestAccountKit second = TestAccountKit.create();
        first.catalog().offer("BOOR-18V", "Accuboormachine 18V", Money.euro("199.00"));
        Actor.UserActor petra = second.registerCustomer("100234");

        assertThatThrownBy(() -> second.kit().submitOrder().submit(petra,
                new SubmitOrderCommand(List.of(new CartLine("BOOR-18V", 1))))).isInstanceOf(InvalidCommand.class);
        assertThat(first.storage().customerAccounts().find(petra.customerNumber())).isEmpty();
        assertThat(first.catalog().find(petra.customerNumber(), "BOOR-18V")).isPresent();
    }
}
