/**
 * <b>Outbox</b>: everything that leaves the library (a notice to a user, a placed order for the ERP, a domain event
 * for the host's listeners) is written in the same transaction as the change that caused it, and delivered after
 * the commit: at least once, in order per customer number, each with a stable id, retried with growing pauses and
 * parked for customer service when it keeps failing, never dropped. A change that is rolled back writes nothing, so
 * nothing leaves. The host drives delivery: right after a change on the executor it passes
 * ({@link org.accountkit.AccountKit.Builder#outboxExecutor}, by default the caller's thread), and from its scheduler
 * with {@link org.accountkit.outbox.DeliverOutbox}, safely on several servers at once.
 *
 * <ul>
 *   <li>Use cases: {@link org.accountkit.outbox.DeliverOutbox}, {@link org.accountkit.outbox.ListParkedNotices},
 *       {@link org.accountkit.outbox.ListParkedEffects}.</li>
 *   <li>Views: {@link org.accountkit.outbox.Notice}, {@link org.accountkit.outbox.ParkedNotice},
 *       {@link org.accountkit.outbox.ParkedEffect}, {@link org.accountkit.outbox.DeliveryReport}.</li>
 *   <li>Host port: {@link org.accountkit.outbox.Notifications} (e-mail, e.g. {@code account-mail-adapter}); placed
 *       orders leave through {@link org.accountkit.ordering.OrderHandOff}, events through
 *       {@link org.accountkit.shared.DomainEvents}.</li>
 *   <li>Storage: {@link org.accountkit.spi.NoticeOutbox} and {@link org.accountkit.spi.EffectOutbox}.</li>
 * </ul>
 */
package org.accountkit.outbox;
