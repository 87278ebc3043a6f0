package org.accountkit.approval.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.accountkit.NotPermitted;
import org.accountkit.approval.DeliverNotices;
import org.accountkit.approval.DeliveryReport;
import org.accountkit.approval.ListParkedNotices;
import org.accountkit.approval.ParkedNotice;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.NoticeOutbox;
import org.accountkit.spi.OutboxNotice;

/** The host's scheduled delivery of the outbox, and customer service's view of what could not be delivered. */
public final class NoticeDispatcher implements DeliverNotices, ListParkedNotices {

    private static final int CLAIM_BATCH = 100;
    private static final int PURGE_BATCH = 1_000;

    private final NoticeQueue queue;
    private final NoticeOutbox outbox;
    private final CommandValidation validation;
    private final Clock clock;
    private final Duration retention;

    /** @param retention how long delivered notices are kept */
    public NoticeDispatcher(NoticeQueue queue, NoticeOutbox outbox, CommandValidation validation, Clock clock,
            Duration retention) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    @Override
    public DeliveryReport deliver(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("deliver at least one notice");
        }
        int delivered = 0;
        int retrying = 0;
        int parked = 0;
        int tried = 0;
        while (tried < max) {
            Instant now = clock.instant();
            List<OutboxNotice> claimed = outbox.claim(now, now.plus(NoticeQueue.LEASE),
                    Math.min(CLAIM_BATCH, max - tried));
            if (claimed.isEmpty()) {
                break;
            }
            for (OutboxNotice entry : claimed) {
                tried++;
                switch (queue.deliver(entry)) {
                    case DELIVERED -> delivered++;
                    case RETRYING -> retrying++;
                    case PARKED -> parked++;
                }
            }
        }
        int purged = outbox.purgeDelivered(clock.instant().minus(retention), PURGE_BATCH);
        return new DeliveryReport(delivered, retrying, parked, purged);
    }

    @Override
    public Page<ParkedNotice> list(Actor actor, PageRequest page) {
        validation.validate(actor, page, "page");
        if (!(actor instanceof Actor.CustomerServiceActor)) {
            throw new NotPermitted("CUSTOMER_SERVICE");
        }
        return outbox.parked(page).map(entry -> new ParkedNotice(entry.notice(), entry.attempts(), entry.createdAt(),
                entry.lastError()));
    }
}
