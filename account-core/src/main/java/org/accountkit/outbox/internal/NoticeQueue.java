package org.accountkit.outbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.accountkit.outbox.Notice;
import org.accountkit.outbox.Notifications;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Money;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.spi.NoticeOutbox;
import org.accountkit.spi.OutboxNotice;

/**
 * Notices on their way out: a use case queues them in the outbox inside its transaction, and asks for them to be
 * delivered soon after its commit, on the host's executor (by default the caller's thread). A delivery that fails
 * stays in the outbox and is tried again later with exponentially growing pauses, by the next
 * {@link org.accountkit.outbox.DeliverOutbox} run; after the last attempt it is parked. Without
 * {@link Notifications} nothing is queued at all. Not a use case: the approval and quote capabilities share it.
 */
public final class NoticeQueue {

    private static final System.Logger LOG = System.getLogger("org.accountkit.notices");
    /** How long a claimed notice is kept from other dispatchers: longer than any SMTP timeout. */
    static final Duration LEASE = Duration.ofMinutes(5);
    /** How many entries of one customer number a delivery after a commit takes at most. */
    static final int MOST_PER_CUSTOMER_RUN = 50;

    private final NoticeOutbox outbox;
    private final Notifications notifications;
    private final Clock clock;
    private final Executor executor;
    private final Retries retries;
    private final Supplier<UUID> ids;

    /** @param retries when a failed notice is tried again, and when it is parked */
    public NoticeQueue(NoticeOutbox outbox, Notifications notifications, Clock clock, Executor executor,
            Retries retries, Supplier<UUID> ids) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Whether anyone receives notices: without, nothing is queued. */
    public boolean active() {
        return notifications != Notifications.none();
    }

    /** Writes the notice into the outbox; call inside the transaction of the change that caused it. */
    public void queue(Notice notice) {
        if (active()) {
            outbox.append(notice, clock.instant());
        }
    }

    /**
     * Queues a notice about a document (an order confirmation, a shipment, an invoice, a return) to each of
     * {@code users}, at the address their e-mail settings give for its kind (order confirmations, shipping
     * confirmations, invoices; their login address for returns), once per address, in the user's language; call
     * inside the transaction of the change that caused it.
     */
    public void queueDocument(Notice.Kind kind, CustomerNumber customerNumber, List<AccountUserSnapshot> users,
            Money amount, String document, String link, String reason) {
        if (!active()) {
            return;
        }
        Set<String> addressed = new HashSet<>();
        for (AccountUserSnapshot user : users) {
            EmailAddress address = switch (kind) {
                case ORDER_CONFIRMED -> user.emailSettings().orderConfirmations();
                case ORDER_SHIPPED -> user.emailSettings().shippingConfirmations();
                case INVOICE_AVAILABLE -> user.emailSettings().invoices();
                default -> user.email();
            };
            if (addressed.add(address.normalized())) {
                outbox.append(new Notice(kind, user.id(), null, null, customerNumber, user.id(), amount, reason, null,
                        ids.get(), address, user.emailSettings().language(), document, link), clock.instant());
            }
        }
    }

    /**
     * After a commit: delivers the customer number's pending notices on the host's executor. Whatever goes wrong
     * there is logged and left to the next {@code DeliverOutbox} run; the caller's change stands.
     */
    public void deliverSoon(CustomerNumber customerNumber) {
        if (!active()) {
            return;
        }
        soon(executor, () -> deliverFor(customerNumber), "the notices of " + customerNumber);
    }

    /** Delivers the customer number's due notices in order, until one fails or none is left. */
    void deliverFor(CustomerNumber customerNumber) {
        for (int round = 0; round < MOST_PER_CUSTOMER_RUN; round++) {
            Instant now = clock.instant();
            List<OutboxNotice> head = outbox.claim(customerNumber, now, now.plus(LEASE));
            if (head.isEmpty() || deliver(head.get(0)) != Result.DELIVERED) {
                return;
            }
        }
    }

    /**
     * Runs {@code delivery} on the host's executor; whatever goes wrong, there or in handing it over, is logged and
     * left to the next {@code DeliverOutbox} run.
     *
     * @param what what is delivered, for the log
     */
    static void soon(Executor executor, Runnable delivery, String what) {
        try {
            executor.execute(() -> {
                try {
                    delivery.run();
                } catch (RuntimeException failure) {
                    LOG.log(System.Logger.Level.WARNING, "delivering " + what + " failed; the next DeliverOutbox "
                            + "run tries again", failure);
                }
            });
        } catch (RuntimeException refused) {
            LOG.log(System.Logger.Level.WARNING, "the outbox executor refused work; the next DeliverOutbox run "
                    + "delivers " + what, refused);
        }
    }

    /** What became of one attempt. */
    enum Result { DELIVERED, RETRYING, PARKED }

    /** One attempt at a claimed notice, recorded in the outbox. */
    Result deliver(OutboxNotice entry) {
        Notice notice = entry.notice();
        try {
            notifications.send(notice);
        } catch (RuntimeException failure) {
            int failed = entry.attempts() + 1;
            boolean park = retries.parks(failed);
            outbox.failed(notice, failed, retries.nextAttempt(failed, clock.instant()), park,
                    Retries.describe(failure));
            LOG.log(System.Logger.Level.WARNING, "notice " + notice.kind() + " " + notice.id() + " to "
                    + notice.recipientEmail() + " failed (attempt " + failed + " of " + retries.attempts() + ")"
                    + (park ? "; parked" : "; tried again later"), failure);
            return park ? Result.PARKED : Result.RETRYING;
        }
        outbox.delivered(notice, clock.instant());
        return Result.DELIVERED;
    }
}
