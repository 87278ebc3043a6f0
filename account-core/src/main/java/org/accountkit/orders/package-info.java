/**
 * Orders, deliveries, shipments and invoices ("Bestellingen", "Openstaande orderregels", "Verzendinformatie",
 * "Facturen"). AccountKit neither ships nor invoices: the wholesaler's ERP does and reports what happened through
 * the feed use cases ({@link org.accountkit.orders.ConfirmOrder}, {@link org.accountkit.orders.RecordChannelOrder},
 * {@link org.accountkit.orders.RecordDelivery}, {@link org.accountkit.orders.CancelOrderLines},
 * {@link org.accountkit.orders.RecordShipment}, {@link org.accountkit.orders.RecordInvoice},
 * {@link org.accountkit.orders.RecordPayment}, {@link org.accountkit.orders.RecordCreditNote}), taken by the back
 * office. Every message carries the ERP's document number; a message received again changes nothing, so a feed
 * can be replayed. A message that refers to something not received yet (a delivery before its order, a payment
 * before its invoice) is refused as unknown and applies nothing; the ERP sends it again later.
 *
 * <p>Customers read it per customer number: the order overview ({@link org.accountkit.orders.ListOrders}, with
 * {@link org.accountkit.orders.CountOrders} apart), an order's details ({@link org.accountkit.orders.ViewOrder}),
 * the open order lines ({@link org.accountkit.orders.ListOpenOrderLines}), the shipments with their tracking links
 * ({@link org.accountkit.orders.ListShipments}, links from {@link org.accountkit.orders.TrackingLinks}) and the
 * invoices ({@link org.accountkit.orders.ListInvoices}, {@link org.accountkit.orders.ViewInvoiceBalance}). Users
 * see their own orders; administrators and users with {@code SEE_ALL_ORDERS} see all of the customer number;
 * invoices need {@code SEE_INVOICES}. Every overview pages by keyset, so a page deep in a long history costs what
 * the first one does.
 *
 * <p>Stored through {@link org.accountkit.spi.SalesOrders}, {@link org.accountkit.spi.Invoices} and
 * {@link org.accountkit.spi.ErpDocuments}. A cancellation credits the requester's budget through
 * {@link org.accountkit.spi.Budgets}.
 */
package org.accountkit.orders;
