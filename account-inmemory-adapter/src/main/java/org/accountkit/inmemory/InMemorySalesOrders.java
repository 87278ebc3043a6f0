package org.accountkit.inmemory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.orders.DeliveryStatus;
import org.accountkit.orders.OpenOrderLine;
import org.accountkit.orders.OrderSummary;
import org.accountkit.orders.OrderedLine;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.spi.DeliverySnapshot;
import org.accountkit.spi.PageToken;
import org.accountkit.spi.SalesOrderFilter;
import org.accountkit.spi.SalesOrderSnapshot;
import org.accountkit.spi.SalesOrders;
import org.accountkit.spi.ShipmentSnapshot;
import org.accountkit.spi.Viewed;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * Orders and shipments in memory, in one book per customer number. Each book keeps its overviews sorted (all of the
 * customer number and per requester), so a page is found by its position and costs the same in a store of a million
 * orders as in one of a thousand.
 */
@SecondaryAdapter
final class InMemorySalesOrders implements SalesOrders {

    private static final String ORDERS = "orders";
    private static final String OPEN_LINES = "open-lines";
    private static final String SHIPMENTS = "shipments";

    /** Newest first: by moment, then number, both descending. */
    private static final Comparator<OrderKey> NEWEST_FIRST = Comparator.comparing(OrderKey::at)
            .thenComparing(OrderKey::number).reversed();
    /** Soonest first: by expected date, order number and line number, ascending. */
    private static final Comparator<LineKey> SOONEST_FIRST = Comparator.comparing(LineKey::expectedOn)
            .thenComparing(LineKey::erpOrderNumber).thenComparingInt(LineKey::lineNumber);

    private final InMemoryTransactions transactions;
    private final InMemoryAccountUsers users;
    private final Map<CustomerNumber, Book> books = new HashMap<>();

    InMemorySalesOrders(InMemoryTransactions transactions, InMemoryAccountUsers users) {
        this.transactions = transactions;
        this.users = users;
    }

    private record OrderKey(Instant at, String number) {
    }

    private record LineKey(LocalDate expectedOn, String erpOrderNumber, int lineNumber) {
    }

    /** The orders of one requester ({@code null}: all) in one status. */
    private record InStatus(UserId requester, DeliveryStatus status) {
    }

    /** One customer number's orders and shipments, with their overviews per requester ({@code null}: all). */
    private static final class Book {
        final Map<String, SalesOrderSnapshot> orders = new HashMap<>();
        final Map<OrderRequestId, String> confirmations = new HashMap<>();
        final Map<UserId, KeysetIndex<OrderKey, SalesOrderSnapshot>> newest = new HashMap<>();
        final Map<InStatus, KeysetIndex<OrderKey, SalesOrderSnapshot>> newestInStatus = new HashMap<>();
        final Map<UserId, KeysetIndex<LineKey, OpenOrderLine>> open = new HashMap<>();
        final Map<String, DeliverySnapshot> deliveries = new HashMap<>();
        final Map<String, List<DeliverySnapshot>> deliveriesOfOrder = new HashMap<>();
        final Map<String, ShipmentSnapshot> shipments = new HashMap<>();
        final Map<String, List<ShipmentSnapshot>> shipmentsOfOrder = new HashMap<>();
        final Map<UserId, KeysetIndex<OrderKey, ShipmentSnapshot>> shipped = new HashMap<>();

        KeysetIndex<OrderKey, SalesOrderSnapshot> newest(UserId requester) {
            return newest.computeIfAbsent(requester, all -> new KeysetIndex<>(NEWEST_FIRST));
        }

        /**
         * The newest-first index to walk for {@code filter}: of its one status when it names one, so that a page of
         * open orders is found among open orders only; otherwise of every order of the requester (or all).
         */
        KeysetIndex<OrderKey, SalesOrderSnapshot> indexFor(SalesOrderFilter filter) {
            if (filter.statuses().size() == 1) {
                return newestInStatus.get(new InStatus(filter.requester(), filter.statuses().iterator().next()));
            }
            return newest.get(filter.requester());
        }

        KeysetIndex<LineKey, OpenOrderLine> open(UserId requester) {
            return open.computeIfAbsent(requester, all -> new KeysetIndex<>(SOONEST_FIRST));
        }

        KeysetIndex<OrderKey, ShipmentSnapshot> shipped(UserId requester) {
            return shipped.computeIfAbsent(requester, all -> new KeysetIndex<>(NEWEST_FIRST));
        }

        /** Replaces {@code before} (or nothing) with {@code after} (or nothing) in every index. */
        void replace(SalesOrderSnapshot before, SalesOrderSnapshot after) {
            if (before != null) {
                index(before, false);
            }
            if (after != null) {
                index(after, true);
            }
        }

        private void index(SalesOrderSnapshot order, boolean adding) {
            OrderKey key = new OrderKey(order.orderedAt(), order.erpOrderNumber());
            List<UserId> owners = order.requester() == null ? java.util.Collections.singletonList(null)
                    : java.util.Arrays.asList(null, order.requester());
            if (adding) {
                orders.put(order.erpOrderNumber(), order);
                if (order.orderRequest() != null) {
                    confirmations.put(order.orderRequest(), order.erpOrderNumber());
                }
            } else {
                orders.remove(order.erpOrderNumber());
                if (order.orderRequest() != null) {
                    confirmations.remove(order.orderRequest());
                }
            }
            for (UserId owner : owners) {
                KeysetIndex<OrderKey, SalesOrderSnapshot> inStatus = newestInStatus.computeIfAbsent(
                        new InStatus(owner, order.status()), none -> new KeysetIndex<>(NEWEST_FIRST));
                if (adding) {
                    newest(owner).put(key, order);
                    inStatus.put(key, order);
                } else {
                    newest(owner).remove(key);
                    inStatus.remove(key);
                }
                for (OrderedLine line : order.lines()) {
                    if (!line.isOpen()) {
                        continue;
                    }
                    LineKey lineKey = new LineKey(line.expectedOn(), order.erpOrderNumber(), line.lineNumber());
                    if (adding) {
                        open(owner).put(lineKey, new OpenOrderLine(order.erpOrderNumber(), order.reference(), line));
                    } else {
                        open(owner).remove(lineKey);
                    }
                }
            }
        }
    }

    @Override
    public Optional<SalesOrderSnapshot> find(CustomerNumber customerNumber, String erpOrderNumber) {
        return transactions.read(() -> Optional.ofNullable(books.get(customerNumber))
                .map(book -> book.orders.get(erpOrderNumber)));
    }

    @Override
    public Optional<String> confirmationOf(CustomerNumber customerNumber, OrderRequestId orderRequest) {
        return transactions.read(() -> Optional.ofNullable(books.get(customerNumber))
                .map(book -> book.confirmations.get(orderRequest)));
    }

    @Override
    public void add(SalesOrderSnapshot order) {
        SalesOrderSnapshot stored = order.atVersion(0);
        transactions.write(() -> {
            Book book = books.computeIfAbsent(order.customerNumber(), number -> new Book());
            if (book.orders.containsKey(order.erpOrderNumber())
                    || order.orderRequest() != null && book.confirmations.containsKey(order.orderRequest())) {
                throw new ConcurrentModification("order", order.erpOrderNumber());
            }
            book.replace(null, stored);
        }, () -> books.get(order.customerNumber()).replace(stored, null));
    }

    @Override
    public void update(SalesOrderSnapshot order) {
        SalesOrderSnapshot stored = order.atVersion(order.version() + 1);
        SalesOrderSnapshot[] previous = new SalesOrderSnapshot[1];
        transactions.write(() -> {
            Book book = books.get(order.customerNumber());
            SalesOrderSnapshot current = book == null ? null : book.orders.get(order.erpOrderNumber());
            if (current == null || current.version() != order.version()) {
                throw new ConcurrentModification("order", order.erpOrderNumber());
            }
            previous[0] = current;
            book.replace(current, stored);
        }, () -> books.get(order.customerNumber()).replace(stored, previous[0]));
    }

    @Override
    public Page<OrderSummary> list(CustomerNumber customerNumber, SalesOrderFilter filter, PageRequest page) {
        PageToken.Reader reader = PageToken.reader(page, ORDERS);
        OrderKey after = reader == null ? null : new OrderKey(reader.moment(), reader.text());
        return transactions.read(() -> {
            Book book = books.get(customerNumber);
            KeysetIndex<OrderKey, SalesOrderSnapshot> index = book == null ? null : book.indexFor(filter);
            List<SalesOrderSnapshot> fetched = index == null ? List.of()
                    : index.after(after, page.size() + 1, filter::matches);
            return Page.of(fetched, page, last -> PageToken.writer(ORDERS).moment(last.orderedAt())
                    .text(last.erpOrderNumber()).token()).map(SalesOrderSnapshot::summary);
        });
    }

    @Override
    public Optional<Viewed<OrderSummary>> listForViewer(CustomerNumber customerNumber, UserId viewer,
            SalesOrderFilter filter, PageRequest page) {
        SalesOrderFilter everyOrder = filter.of(null);
        return transactions.read(() -> users.find(customerNumber, viewer)
                .map(user -> new Viewed<>(user.role(), user.grantedRights(), list(customerNumber, everyOrder, page))));
    }

    @Override
    public Optional<Viewed<OpenOrderLine>> openLinesForViewer(CustomerNumber customerNumber, UserId viewer,
            PageRequest page) {
        return transactions.read(() -> users.find(customerNumber, viewer)
                .map(user -> new Viewed<>(user.role(), user.grantedRights(), openLines(customerNumber, null, page))));
    }

    @Override
    public long count(CustomerNumber customerNumber, SalesOrderFilter filter) {
        return transactions.read(() -> {
            Book book = books.get(customerNumber);
            KeysetIndex<OrderKey, SalesOrderSnapshot> index = book == null ? null : book.indexFor(filter);
            if (index == null) {
                return 0L;
            }
            long count = 0;
            for (SalesOrderSnapshot order : index.all()) {
                count += filter.matches(order) ? 1 : 0;
            }
            return count;
        });
    }

    @Override
    public Page<OpenOrderLine> openLines(CustomerNumber customerNumber, UserId requester, PageRequest page) {
        PageToken.Reader reader = PageToken.reader(page, OPEN_LINES);
        LineKey after = reader == null ? null
                : new LineKey(reader.date(), reader.text(), (int) reader.number(1, Integer.MAX_VALUE));
        return transactions.read(() -> {
            Book book = books.get(customerNumber);
            KeysetIndex<LineKey, OpenOrderLine> index = book == null ? null : book.open.get(requester);
            List<OpenOrderLine> fetched = index == null ? List.of() : index.after(after, page.size() + 1, line -> true);
            return Page.of(fetched, page, last -> PageToken.writer(OPEN_LINES)
                    .date(last.line().expectedOn()).text(last.erpOrderNumber())
                    .number(last.line().lineNumber()).token());
        });
    }

    @Override
    public void addDelivery(DeliverySnapshot delivery) {
        String number = delivery.delivery().deliveryNumber();
        transactions.write(() -> {
            Book book = books.computeIfAbsent(delivery.customerNumber(), customer -> new Book());
            if (book.deliveries.putIfAbsent(number, delivery) != null) {
                throw new ConcurrentModification("delivery", number);
            }
            book.deliveriesOfOrder.computeIfAbsent(delivery.erpOrderNumber(), order -> new ArrayList<>()).add(delivery);
        }, () -> {
            Book book = books.get(delivery.customerNumber());
            book.deliveries.remove(number);
            book.deliveriesOfOrder.get(delivery.erpOrderNumber()).remove(delivery);
        });
    }

    @Override
    public List<DeliverySnapshot> deliveriesOf(CustomerNumber customerNumber, String erpOrderNumber) {
        return transactions.read(() -> {
            Book book = books.get(customerNumber);
            List<DeliverySnapshot> deliveries = new ArrayList<>(book == null ? List.of()
                    : book.deliveriesOfOrder.getOrDefault(erpOrderNumber, List.of()));
            deliveries.sort(Comparator.comparing((DeliverySnapshot delivery) -> delivery.delivery().deliveredOn())
                    .thenComparing(delivery -> delivery.delivery().deliveryNumber()));
            return List.copyOf(deliveries);
        });
    }

    @Override
    public void addShipment(ShipmentSnapshot shipment) {
        OrderKey key = new OrderKey(shipment.shippedAt(), shipment.shipmentNumber());
        transactions.write(() -> {
            Book book = books.computeIfAbsent(shipment.customerNumber(), number -> new Book());
            if (book.shipments.putIfAbsent(shipment.shipmentNumber(), shipment) != null) {
                throw new ConcurrentModification("shipment", shipment.shipmentNumber());
            }
            book.shipmentsOfOrder.computeIfAbsent(shipment.erpOrderNumber(), order -> new ArrayList<>()).add(shipment);
            book.shipped(null).put(key, shipment);
            if (shipment.requester() != null) {
                book.shipped(shipment.requester()).put(key, shipment);
            }
        }, () -> {
            Book book = books.get(shipment.customerNumber());
            book.shipments.remove(shipment.shipmentNumber());
            book.shipmentsOfOrder.get(shipment.erpOrderNumber()).remove(shipment);
            book.shipped(null).remove(key);
            if (shipment.requester() != null) {
                book.shipped(shipment.requester()).remove(key);
            }
        });
    }

    @Override
    public List<ShipmentSnapshot> shipmentsOf(CustomerNumber customerNumber, String erpOrderNumber) {
        return transactions.read(() -> {
            Book book = books.get(customerNumber);
            List<ShipmentSnapshot> shipments = new ArrayList<>(book == null ? List.of()
                    : book.shipmentsOfOrder.getOrDefault(erpOrderNumber, List.of()));
            shipments.sort(Comparator.comparing(ShipmentSnapshot::shippedAt)
                    .thenComparing(ShipmentSnapshot::shipmentNumber));
            return List.copyOf(shipments);
        });
    }

    @Override
    public Page<ShipmentSnapshot> shipments(CustomerNumber customerNumber, UserId requester, PageRequest page) {
        PageToken.Reader reader = PageToken.reader(page, SHIPMENTS);
        OrderKey after = reader == null ? null : new OrderKey(reader.moment(), reader.text());
        return transactions.read(() -> {
            Book book = books.get(customerNumber);
            KeysetIndex<OrderKey, ShipmentSnapshot> index = book == null ? null : book.shipped.get(requester);
            List<ShipmentSnapshot> fetched = index == null ? List.of()
                    : index.after(after, page.size() + 1, shipment -> true);
            return Page.of(fetched, page, last -> PageToken.writer(SHIPMENTS).moment(last.shippedAt())
                    .text(last.shipmentNumber()).token());
        });
    }
}
