/**
 * <b>Ordering</b> ("bestellingen"): carts, the lines of an order as priced, and placed orders as handed to the
 * host's fulfilment. The ERP-fed order overview, deliveries, shipments and invoices will live here too.
 *
 * <ul>
 *   <li>Host ports: {@link org.accountkit.ordering.ArticleCatalog} (prices carts per customer),
 *       {@link org.accountkit.ordering.OrderHandOff} (receives placed orders).</li>
 *   <li>Values: {@link org.accountkit.ordering.CartLine}, {@link org.accountkit.ordering.OrderLine},
 *       {@link org.accountkit.ordering.Article}, {@link org.accountkit.ordering.PlacedOrder}.</li>
 * </ul>
 */
package org.accountkit.ordering;
