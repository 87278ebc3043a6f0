/**
 * <b>Audit trail</b>: every change of rights, budgets, addresses, settings and every decision, with who made it
 * and when, per customer number; its administrators and customer service read it.
 *
 * <ul>
 *   <li>Use case: {@link org.accountkit.audit.ListAuditTrail}.</li>
 *   <li>Storage: {@link org.accountkit.spi.AuditTrail}, written in the same transaction as the change.</li>
 * </ul>
 */
package org.accountkit.audit;
