/**
 * The aggregates of orders and invoices ({@link org.accountkit.orders.internal.SalesOrder},
 * {@link org.accountkit.orders.internal.Invoice}) and the use cases: the ERP feed
 * ({@link org.accountkit.orders.internal.ErpFeed}) and the customer's views
 * ({@link org.accountkit.orders.internal.OrderViews}). Not exported.
 */
@Application
package org.accountkit.orders.internal;

import org.jmolecules.architecture.hexagonal.Application;
