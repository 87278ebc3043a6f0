package org.accountkit.spi;

import java.util.List;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.orders.OpenOrderLine;
import org.accountkit.orders.OrderSummary;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * Orders the ERP reported, with their shipments. Every read and write names the customer number; an order of
 * another customer number is not found. Overviews page by keyset ({@link PageToken}, {@link Page#of}) and cost the
 * same at any depth.
 */
@SecondaryPort
@Repository
public interface SalesOrders {

    /** The order, if it belongs to {@code customerNumber}. */
    Optional<SalesOrderSnapshot> find(CustomerNumber customerNumber, String erpOrderNumber);

    /** The ERP order number a webshop order was confirmed under, if it was. */
    Optional<String> confirmationOf(CustomerNumber customerNumber, OrderRequestId orderRequest);

    /**
     * Stores a new order.
     *
     * @throws ConcurrentModification when its number, or its order request, is stored already (another message
     *                                came first)
     */
    void add(SalesOrderSnapshot order);

    /**
     * Stores changed lines, provided the stored order is still at the snapshot's version.
     *
     * @throws ConcurrentModification when it is not
     */
    void update(SalesOrderSnapshot order);

    /**
     * Claims the order for a change elsewhere that depends on its state, such as a return checked against what was
     * delivered and returned before: stores nothing but a new version, provided the stored order is still at the
     * snapshot's version, so that two such changes at the same moment cannot both pass. The default stores the
     * snapshot unchanged through {@link #update}; an adapter may do it cheaper.
     *
     * @throws ConcurrentModification when the stored order is not at the snapshot's version
     */
    default void claim(SalesOrderSnapshot order) {
        update(order);
    }

    /**
     * One page of a customer number's orders matching {@code filter}, newest first: by {@code orderedAt}
     * descending, then ERP order number descending.
     */
    Page<OrderSummary> list(CustomerNumber customerNumber, SalesOrderFilter filter, PageRequest page);

    /**
     * The user {@code viewer} of the customer number, and the page {@link #list} answers for {@code filter} without
     * its requester (every order of the customer number), read together: one statement where the store can, so that
     * the overview of a viewer who may see every order costs one round trip. AccountKit shows the page only when the
     * viewer may see every order, and otherwise asks {@link #list} for the viewer's own.
     *
     * @return empty when {@code viewer} is not a user of the customer number
     */
    Optional<Viewed<OrderSummary>> listForViewer(CustomerNumber customerNumber, UserId viewer,
            SalesOrderFilter filter, PageRequest page);

    /** How many of a customer number's orders match {@code filter}. */
    long count(CustomerNumber customerNumber, SalesOrderFilter filter);

    /**
     * One page of open lines (something still to deliver), soonest expected first, then by ERP order number and
     * line number ascending; of one requester's orders, or of all when {@code requester} is {@code null}.
     */
    Page<OpenOrderLine> openLines(CustomerNumber customerNumber, UserId requester, PageRequest page);

    /**
     * The user {@code viewer} of the customer number and the page of every open line of it, read together; see
     * {@link #listForViewer}.
     *
     * @return empty when {@code viewer} is not a user of the customer number
     */
    Optional<Viewed<OpenOrderLine>> openLinesForViewer(CustomerNumber customerNumber, UserId viewer,
            PageRequest page);

    /**
     * Stores a delivery note (the quantities it delivered are stored on the order's lines by {@link #update}).
     *
     * @throws ConcurrentModification when its number is stored already
     */
    void addDelivery(DeliverySnapshot delivery);

    /** An order's deliveries, oldest first (by day, then delivery number). */
    List<DeliverySnapshot> deliveriesOf(CustomerNumber customerNumber, String erpOrderNumber);

    /**
     * Stores a shipment.
     *
     * @throws ConcurrentModification when its number is stored already
     */
    void addShipment(ShipmentSnapshot shipment);

    /** An order's shipments, oldest first. */
    List<ShipmentSnapshot> shipmentsOf(CustomerNumber customerNumber, String erpOrderNumber);

    /**
     * One page of shipments, newest first (by {@code shippedAt}, then shipment number, descending); of one
     * requester's orders, or of all when {@code requester} is {@code null}.
     */
    Page<ShipmentSnapshot> shipments(CustomerNumber customerNumber, UserId requester, PageRequest page);
}
