package org.accountkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.accountkit.AccountException;
import org.accountkit.AccountKit;
import org.accountkit.NotFound;
import org.accountkit.orders.CancelOrderLinesCommand;
import org.accountkit.orders.ChannelOrderLine;
import org.accountkit.orders.DocumentConflict;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OrderChannel;
import org.accountkit.orders.OrderedLine;
import org.accountkit.orders.QuantityExceedsOpen;
import org.accountkit.orders.RecordChannelOrderCommand;
import org.accountkit.orders.RecordDeliveryCommand;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.spi.AccountStorage;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The ERP feed against a model, over random message sequences: orders, deliveries and cancellations in any order,
 * sent again unchanged, or sent again changed under a number already received. After every message the store's
 * quantities equal the model's, delivered and cancelled never exceed ordered, and every refusal is the one the
 * model expects (unknown order, more than is open, a conflicting document).
 */
public abstract class OrderFeedProperties {

    private static final int[] ORDERED = {5, 3};

    /** A storage to test: a new one, or a shared one (every try uses its own customer number). */
    protected abstract AccountStorage newStorage();

    /** What a message reports. */
    enum Kind { ORDER, DELIVERY, CANCELLATION }

    /**
     * One message.
     *
     * @param kind     what it reports
     * @param order    which of the two orders (0 or 1)
     * @param line     which line (1 or 2)
     * @param quantity how many (1 to 4)
     * @param document its document number among three, so that numbers repeat
     */
    record Message(Kind kind, int order, int line, int quantity, int document) {
    }

    /** What the store should hold: the lines' delivered and cancelled quantities, and the documents received. */
    private static final class Model {
        final Map<String, int[][]> orders = new HashMap<>();
        final Map<String, Message> received = new HashMap<>();

        /** The refusal the store should answer with, or {@code null} when the message applies or was applied. */
        Class<? extends AccountException> apply(Message message) {
            String key = documentNumber(message);
            Message earlier = received.get(key);
            if (earlier != null) {
                return sameContent(earlier, message) ? null : DocumentConflict.class;
            }
            String order = orderNumber(message.order());
            if (message.kind() == Kind.ORDER) {
                if (!orders.containsKey(order)) {
                    orders.put(order, new int[][] {{0, 0}, {0, 0}});
                }
                received.put(key, message);
                return null;
            }
            int[][] lines = orders.get(order);
            if (lines == null) {
                return NotFound.class;
            }
            int[] line = lines[message.line() - 1];
            if (message.quantity() > ORDERED[message.line() - 1] - line[0] - line[1]) {
                return QuantityExceedsOpen.class;
            }
            line[message.kind() == Kind.DELIVERY ? 0 : 1] += message.quantity();
            received.put(key, message);
            return null;
        }

        private static boolean sameContent(Message earlier, Message message) {
            return earlier.kind() == Kind.ORDER || earlier.order() == message.order()
                    && earlier.line() == message.line() && earlier.quantity() == message.quantity();
        }
    }

    @Property(tries = 40)
    void the_store_keeps_what_the_model_keeps(@ForAll("messages") List<Message> messages) {
        AccountKit kit = Fixtures.kit(newStorage());
        CustomerNumber number = Fixtures.customerNumber();
        Actor petra = Actor.user(number, kit.registerCustomerAccount().register(Actor.customerService("Anja"),
                Fixtures.registration(number, Fixtures.email("petra"))).administrator());
        Actor erp = Actor.customerService("ERP");
        Model model = new Model();

        for (Message message : messages) {
            Class<? extends AccountException> expected = model.apply(message);
            AccountException refused = null;
            try {
                send(kit, erp, number, message);
            } catch (AccountException refusal) {
                refused = refusal;
            }
            Statistics.collect(expected == null ? "applied" : expected.getSimpleName());
            if (expected == null) {
                assertThat(refused).as("%s", message).isNull();
            } else {
                assertThat(refused).as("%s", message).isInstanceOf(expected);
            }
            for (Map.Entry<String, int[][]> order : model.orders.entrySet()) {
                List<OrderedLine> lines = kit.viewOrder().view(petra, order.getKey()).lines();
                for (int index = 0; index < 2; index++) {
                    OrderedLine line = lines.get(index);
                    assertThat(new int[] {line.delivered(), line.cancelled()}).as("%s line %d after %s",
                            order.getKey(), index + 1, message).containsExactly(order.getValue()[index]);
                    assertThat(line.delivered() + line.cancelled()).isLessThanOrEqualTo(line.ordered());
                }
            }
        }
        Statistics.coverage(coverage -> {
            coverage.check("applied").count(count -> count > 0);
            coverage.check("NotFound").count(count -> count > 0);
            coverage.check("QuantityExceedsOpen").count(count -> count > 0);
            coverage.check("DocumentConflict").count(count -> count > 0);
        });
    }

    @Provide
    Arbitrary<List<Message>> messages() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.ORDER)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.DELIVERY)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(Kind.CANCELLATION)));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 1), Arbitraries.integers().between(1, 2),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 2))
                .as(Message::new).list().ofMinSize(5).ofMaxSize(25);
    }

    private static void send(AccountKit kit, Actor erp, CustomerNumber number, Message message) {
        String order = orderNumber(message.order());
        List<LineQuantity> lines = List.of(new LineQuantity(message.line(), message.quantity()));
        switch (message.kind()) {
            case ORDER -> kit.recordChannelOrder().record(erp, new RecordChannelOrderCommand(number.value(), order,
                    OrderChannel.EDI, "", Instant.parse("2026-03-02T09:15:00Z"), List.of(line(ORDERED[0]),
                            line(ORDERED[1]))));
            case DELIVERY -> kit.recordDelivery().record(erp, new RecordDeliveryCommand(number.value(),
                    "PAK-" + message.document(), order, LocalDate.of(2026, 3, 3), lines));
            case CANCELLATION -> kit.cancelOrderLines().cancel(erp, new CancelOrderLinesCommand(number.value(),
                    "ANN-" + message.document(), order, lines));
        }
    }

    private static ChannelOrderLine line(int quantity) {
        return new ChannelOrderLine(TestCatalog.CABLE, "Installatiekabel 3G2.5 per meter", quantity,
                Money.euro("1.25"), new BigDecimal("21"), LocalDate.of(2026, 3, 9));
    }

    private static String orderNumber(int order) {
        return "EDI-" + order;
    }

    private static String documentNumber(Message message) {
        return switch (message.kind()) {
            case ORDER -> "ORDER/" + orderNumber(message.order());
            case DELIVERY -> "PAK-" + message.document();
            case CANCELLATION -> "ANN-" + message.document();
        };
    }
}
