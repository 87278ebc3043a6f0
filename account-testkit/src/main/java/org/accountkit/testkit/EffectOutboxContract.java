package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.accountkit.AccountKit;
import org.accountkit.NotPermitted;
import org.accountkit.approval.ApprovalGiven;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.OrderApproved;
import org.accountkit.approval.OrderAwaitingApproval;
import org.accountkit.approval.OrderPlaced;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderStatus;
import org.accountkit.approval.OrderWithdrawn;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.approval.WithdrawOrderCommand;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.BudgetRemoved;
import org.accountkit.budget.BudgetSet;
import org.accountkit.budget.RemoveBudgetCommand;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.ordering.CartLine;
import org.accountkit.ordering.OrderHandOff;
import org.accountkit.ordering.PlacedOrder;
import org.accountkit.outbox.DeliveryReport;
import org.accountkit.outbox.ParkedEffect;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.DomainEvents;
import org.accountkit.shared.Money;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.Transactions;
import org.accountkit.user.AddUserCommand;
import org.accountkit.user.Right;
import org.accountkit.user.Role;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;

/**
 * Order hand-offs and domain events through the outbox on an adapter's storage: written with the change that caused
 * them (a direct placement's with its one write), handed off and published at least once after a receiver was down,
 * in order per customer number and receiver, never by two dispatchers at the same time, parked for customer service
 * after the last attempt, never sent for a change that was rolled back, and read back equal to what was raised.
 */
public abstract class EffectOutboxContract {

    /** A storage to test: a new one, or a shared one (tests use their own customer numbers). */
    protected abstract AccountStorage newStorage();

    /** The same storage as a second server sees it (its own connection pool, say); by default the storage itself. */
    protected AccountStorage anotherServer(AccountStorage storage) {
        return storage;
    }

    /** An ERP that can be down, and that records what it was handed. */
    static final class Erp implements OrderHandOff {
        final AtomicBoolean down = new AtomicBoolean();
        final List<PlacedOrder> received = new CopyOnWriteArrayList<>();

        @Override
        public void handOff(PlacedOrder order) {
            if (down.get()) {
                throw new IllegalStateException("ERP unreachable");
            }
            received.add(order);
        }

        List<UUID> orders() {
            return received.stream().map(PlacedOrder::orderId).toList();
        }
    }

    /** A host's event listener that can be down, and that records what it was given and each entry's id. */
    static final class Listener implements DomainEvents {
        final AtomicBoolean down = new AtomicBoolean();
        final List<DomainEvent> received = new CopyOnWriteArrayList<>();
        final List<UUID> attempted = new CopyOnWriteArrayList<>();

        @Override
        public void publish(UUID entryId, DomainEvent event) {
            attempted.add(entryId);
            publish(event);
        }

        @Override
        public void publish(DomainEvent event) {
            if (down.get()) {
                throw new IllegalStateException("broker unreachable");
            }
            received.add(event);
        }

        <T extends DomainEvent> List<T> of(Class<T> type) {
            return received.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    /** Jansen: Petra administers, Jan orders on EUR 100 a month, Kees approves. */
    private record Shop(AccountKit kit, CustomerNumber number, Actor petra, Actor.UserActor jan,
            Actor.UserActor kees) {

        ApprovalOutcome screws(int boxes) {
            return kit.submitOrder().submit(jan, new SubmitOrderCommand(List.of(new CartLine(TestCatalog.SCREWS,
                    boxes))));
        }

        OrderRequestId pressTool() {
            ApprovalOutcome outcome = kit.submitOrder().submit(jan, new SubmitOrderCommand(List.of(
                    new CartLine(TestCatalog.PRESS_TOOL, 1))));
            assertThat(outcome).isInstanceOf(ApprovalOutcome.AwaitingApproval.class);
            return outcome.order();
        }

        OrderStatus status(OrderRequestId order) {
            return kit.viewOrderRequest().view(jan, order).status();
        }
    }

    private static Shop shop(AccountKit kit) {
        CustomerNumber number = Fixtures.customerNumber();
        Actor petra = Actor.user(number, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(number, Fixtures.email("petra"))).administrator());
        Actor.UserActor jan = Actor.user(number, kit.addUser().add(petra, new AddUserCommand(
                Fixtures.email("jan").value(), "Jan", Role.USER, Set.of(Right.PLACE_ORDERS), Fixtures.PASSWORD)));
        Actor.UserActor kees = Actor.user(number, kit.addUser().add(petra, new AddUserCommand(
                Fixtures.email("kees").value(), "Kees", Role.USER, Set.of(Right.APPROVE_ORDERS), Fixtures.PASSWORD)));
        kit.setBudget().set(petra, new SetBudgetCommand(jan.user(), Money.euro("100.00"), BudgetPeriod.MONTH));
        return new Shop(kit, number, petra, jan, kees);
    }

    @Test
    void orders_placed_while_the_erp_is_down_are_handed_off_once_it_is_back_in_order_and_events_do_not_wait() {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        Erp erp = new Erp();
        Listener listener = new Listener();
        Shop shop = shop(Fixtures.builder(newStorage(), clock).orderHandOff(erp).domainEvents(listener)
                .outboxRetries(5, Duration.ofMinutes(1)).build());
        erp.down.set(true);

        ApprovalOutcome direct = shop.screws(2);
        OrderRequestId waiting = shop.pressTool();
        shop.kit().approveOrder().approve(shop.kees(), new ApproveOrderCommand(waiting));

        assertThat(direct).isInstanceOf(ApprovalOutcome.PlacedDirectly.class);
        assertThat(shop.status(waiting)).as("the approval stands").isEqualTo(OrderStatus.APPROVED);
        assertThat(erp.received).isEmpty();
        assertThat(listener.of(OrderPlaced.class)).as("events leave on their own channel").singleElement()
                .isEqualTo(new OrderPlaced(direct.order(), shop.number(), shop.jan().user(), Money.euro("25.00"),
                        listener.of(OrderPlaced.class).get(0).occurredAt()));
        assertThat(listener.of(OrderApproved.class)).extracting(OrderApproved::order).containsExactly(waiting);
        assertThat(shop.kit().deliverOutbox().deliver(100).delivered()).as("not due yet").isZero();

        erp.down.set(false);
        clock.advance(Duration.ofMinutes(1));
        DeliveryReport report = shop.kit().deliverOutbox().deliver(100);

        assertThat(report.delivered()).isEqualTo(2);
        assertThat(erp.orders()).containsExactly(direct.order().value(), waiting.value());
        assertThat(erp.received.get(0)).satisfies(placed -> {
            assertThat(placed.customerNumber()).isEqualTo(shop.number());
            assertThat(placed.requester()).isEqualTo(shop.jan().user());
            assertThat(placed.netTotal()).isEqualTo(Money.euro("25.00"));
            assertThat(placed.lines()).singleElement().satisfies(line -> {
                assertThat(line.articleNumber()).isEqualTo(TestCatalog.SCREWS);
                assertThat(line.quantity()).isEqualTo(2);
            });
            assertThat(placed.afterApproval()).isFalse();
        });
        assertThat(erp.received.get(1).afterApproval()).isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(shop.kit().deliverOutbox().deliver(100).delivered()).as("handed off once").isZero();
        assertThat(erp.received).hasSize(2);
    }

    @Test
    void events_written_while_the_listener_is_down_arrive_in_the_order_of_their_changes_equal_to_what_was_raised() {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        Listener listener = new Listener();
        listener.down.set(true);
        Shop shop = shop(Fixtures.builder(newStorage(), clock).domainEvents(listener)
                .outboxRetries(5, Duration.ofMinutes(1)).build());
        OrderRequestId order = shop.pressTool();
        shop.kit().withdrawOrder().withdraw(shop.jan(), new WithdrawOrderCommand(order));
        shop.kit().removeBudget().remove(shop.petra(), new RemoveBudgetCommand(shop.jan().user()));

        listener.down.set(false);
        clock.advance(Duration.ofMinutes(1));
        shop.kit().deliverOutbox().deliver(100);

        assertThat(listener.received).extracting(event -> event.getClass().getSimpleName())
                .containsExactly("BudgetSet", "OrderAwaitingApproval", "OrderWithdrawn", "BudgetRemoved");
        assertThat(listener.attempted).as("the first event was tried while the listener was down, then again, "
                + "under the same entry id").hasSize(5).doesNotContainNull();
        assertThat(listener.attempted.get(0)).isEqualTo(listener.attempted.get(1));
        assertThat(listener.attempted.subList(1, 5)).doesNotHaveDuplicates();
        assertThat(listener.of(BudgetSet.class)).singleElement().satisfies(set -> {
            assertThat(set.customerNumber()).isEqualTo(shop.number());
            assertThat(set.user()).isEqualTo(shop.jan().user());
            assertThat(set.limit().amount()).isEqualTo(Money.euro("100.00"));
            assertThat(set.limit().period()).isEqualTo(BudgetPeriod.MONTH);
            assertThat(set.occurredAt()).isEqualTo(Fixtures.NOW);
        });
        assertThat(listener.of(OrderAwaitingApproval.class)).singleElement().satisfies(awaiting -> {
            assertThat(awaiting.order()).isEqualTo(order);
            assertThat(awaiting.netTotal()).isEqualTo(Money.euro("1450.00"));
            assertThat(awaiting.reasons()).isNotEmpty();
        });
        assertThat(listener.of(OrderWithdrawn.class)).extracting(OrderWithdrawn::order).containsExactly(order);
        assertThat(listener.of(BudgetRemoved.class)).extracting(BudgetRemoved::user)
                .containsExactly(shop.jan().user());
    }

    @Test
    void a_change_rolled_back_after_its_outbox_entries_were_written_hands_off_and_publishes_nothing() {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        Erp erp = new Erp();
        Listener listener = new Listener();
        AtomicBoolean failBeforeCommit = new AtomicBoolean();
        AccountStorage failing = new ForwardingAccountStorage(newStorage()) {
            @Override
            public Transactions transactions() {
                Transactions real = super.transactions();
                return new Transactions() {
                    @Override
                    public <T> T inTransaction(Supplier<T> work) {
                        return real.inTransaction(() -> {
                            T done = work.get();
                            if (failBeforeCommit.get()) {
                                throw new IllegalStateException("injected: the database went away before the commit");
                            }
                            return done;
                        });
                    }
                };
            }
        };
        AccountKit kit = Fixtures.builder(failing, clock).orderHandOff(erp).domainEvents(listener).build();
        Shop shop = shop(kit);
        Shop approving = shop(kit);
        OrderRequestId waiting = approving.pressTool();
        listener.received.clear();

        failBeforeCommit.set(true);
        assertThatThrownBy(() -> kit.approveOrder().approve(approving.kees(), new ApproveOrderCommand(waiting)))
                .hasMessageContaining("injected");
        SubmitOrderCommand pressTool = new SubmitOrderCommand(List.of(new CartLine(TestCatalog.PRESS_TOOL, 1)))
                .withIdempotencyKey("cart-17");
        assertThatThrownBy(() -> shop.kit().submitOrder().submit(shop.jan(), pressTool))
                .hasMessageContaining("injected");
        failBeforeCommit.set(false);
        clock.advance(Duration.ofHours(1));
        shop.kit().deliverOutbox().deliver(100);

        assertThat(approving.status(waiting)).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThat(erp.received).as("no hand-off of an order that was not placed").isEmpty();
        assertThat(listener.received).as("no event of a change that did not happen").isEmpty();

        assertThat(shop.kit().viewBudget().view(shop.jan(), shop.jan().user()).reserved().map(Money::isZero))
                .as("no reservation of an order that does not wait").contains(true);

        ApprovalOutcome retried = shop.kit().submitOrder().submit(shop.jan(), pressTool);
        assertThat(shop.kit().submitOrder().submit(shop.jan(), pressTool)).isEqualTo(retried);
        shop.kit().approveOrder().approve(shop.kees(), new ApproveOrderCommand(retried.order()));
        assertThat(erp.orders()).containsExactly(retried.order().value());
        assertThat(listener.of(OrderAwaitingApproval.class)).extracting(OrderAwaitingApproval::order)
                .containsExactly(retried.order());
        assertThat(listener.of(OrderPlaced.class)).isEmpty();
        assertThat(listener.of(ApprovalGiven.class)).hasSize(1);
    }

    @Test
    void a_hand_off_that_keeps_failing_is_parked_for_customer_service_and_does_not_hold_up_others() {
        MutableClock clock = new MutableClock(Fixtures.NOW);
        Erp erp = new Erp();
        Listener listener = new Listener();
        AccountKit kit = Fixtures.builder(newStorage(), clock).orderHandOff(erp).domainEvents(listener)
                .outboxRetries(3, Duration.ofMinutes(1)).build();
        Shop shop = shop(kit);
        Shop other = shop(kit);
        erp.down.set(true);
        ApprovalOutcome lost = shop.screws(1);
        clock.advance(Duration.ofMinutes(1));
        kit.deliverOutbox().deliver(100);
        clock.advance(Duration.ofMinutes(2));
        DeliveryReport last = kit.deliverOutbox().deliver(100);
        erp.down.set(false);
        ApprovalOutcome next = other.screws(1);

        assertThat(last.parked()).isEqualTo(1);
        assertThat(erp.orders()).as("another customer number's hand-off goes out").containsExactly(
                next.order().value());
        assertThat(listener.of(OrderPlaced.class)).extracting(OrderPlaced::order)
                .containsExactly(lost.order(), next.order());
        List<ParkedEffect> parked = Pages.all(50, page -> kit.listParkedEffects().list(
                Actor.customerService("Anja"), page)).stream()
                .filter(entry -> entry.customerNumber().equals(shop.number())).toList();
        assertThat(parked).singleElement().satisfies(entry -> {
            assertThat(entry.handOff()).isTrue();
            assertThat(entry.type()).isEqualTo("PlacedOrder");
            assertThat(entry.payload()).contains(lost.order().value().toString());
            assertThat(entry.attempts()).isEqualTo(3);
            assertThat(entry.lastError()).contains("ERP unreachable");
        });
        clock.advance(Duration.ofDays(1));
        assertThat(kit.deliverOutbox().deliver(100).delivered()).as("parked, never dropped, not retried").isZero();
        assertThatThrownBy(() -> kit.listParkedEffects().list(shop.petra(), PageRequest.first(5)))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void two_dispatchers_on_two_servers_never_hand_off_one_order_at_the_same_time() throws Exception {
        AccountStorage storage = newStorage();
        MutableClock clock = new MutableClock(Fixtures.NOW);
        Erp down = new Erp();
        down.down.set(true);
        AccountKit writer = Fixtures.builder(storage, clock).orderHandOff(down).build();
        Set<UUID> ours = ConcurrentHashMap.newKeySet();
        for (int customer = 0; customer < 6; customer++) {
            Shop shop = shop(writer);
            ours.add(shop.screws(1).order().value());
            ours.add(shop.screws(2).order().value());
        }
        OverlapWatch watch = new OverlapWatch();
        OrderHandOff slow = order -> watch.receive(order.orderId(), ours.contains(order.orderId()));
        clock.advance(Duration.ofMinutes(5));
        AccountKit serverA = Fixtures.builder(storage, clock).orderHandOff(slow).build();
        AccountKit serverB = Fixtures.builder(anotherServer(storage), clock).orderHandOff(slow).build();
        OverlapWatch.race(serverA, serverB);

        assertThat(watch.overlap).as("an order in two hand-offs at once").isFalse();
        assertThat(watch.deliveries.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(watch.deliveries.keySet()).isEqualTo(Set.copyOf(ours)).hasSize(12);
    }

    @Test
    void without_a_listener_or_a_hand_off_nothing_is_written_to_the_outbox() {
        AccountStorage storage = newStorage();
        MutableClock clock = new MutableClock(Fixtures.NOW);
        Shop shop = shop(Fixtures.builder(storage, clock).build());
        shop.screws(1);
        shop.kit().approveOrder().approve(shop.kees(), new ApproveOrderCommand(shop.pressTool()));

        clock.advance(Duration.ofMinutes(1));
        assertThat(storage.effectOutbox().claim(shop.number(), clock.instant(), clock.instant().plusSeconds(60)))
                .isEmpty();
    }
}
