package org.accountkit.outbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.accountkit.NotPermitted;
import org.accountkit.OutcomeUnknown;
import org.accountkit.StoppedPartway;
import org.accountkit.StorageFailure;
import org.accountkit.outbox.DeliverOutbox;
import org.accountkit.outbox.DeliveryReport;
import org.accountkit.outbox.ListParkedEffects;
import org.accountkit.outbox.ListParkedNotices;
import org.accountkit.outbox.ParkedEffect;
import org.accountkit.outbox.ParkedNotice;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.Effect;
import org.accountkit.spi.EffectOutbox;
import org.accountkit.spi.NoticeOutbox;
import org.accountkit.spi.OutboxEffect;
import org.accountkit.spi.OutboxNotice;

/** The host's scheduled delivery of the outbox, and customer service's view of what could not be delivered. */
public final class OutboxDispatcher implements DeliverOutbox, ListParkedNotices {

    private static final int CLAIM_BATCH = 100;
    private static final int PURGE_BATCH = 1_000;

    private final NoticeQueue notices;
    private final NoticeOutbox noticeOutbox;
    private final EffectQueue effects;
    private final EffectOutbox effectOutbox;
    private final CommandValidation validation;
    private final Clock clock;
    private final Duration retention;

    /** @param retention how long delivered entries are kept */
    public OutboxDispatcher(NoticeQueue notices, NoticeOutbox noticeOutbox, EffectQueue effects,
            EffectOutbox effectOutbox, CommandValidation validation, Clock clock, Duration retention) {
        this.notices = Objects.requireNonNull(notices, "notices");
        this.noticeOutbox = Objects.requireNonNull(noticeOutbox, "noticeOutbox");
        this.effects = Objects.requireNonNull(effects, "effects");
        this.effectOutbox = Objects.requireNonNull(effectOutbox, "effectOutbox");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    @Override
    public DeliveryReport deliver(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("deliver at least one entry");
        }
        int[] counts = new int[NoticeQueue.Result.values().length];
        int purged = 0;
        try {
            for (int tried = 0; tried < max; ) {
                Instant now = clock.instant();
                List<OutboxNotice> claimed = noticeOutbox.claim(now, now.plus(NoticeQueue.LEASE),
                        Math.min(CLAIM_BATCH, max - tried));
                if (claimed.isEmpty()) {
                    break;
                }
                for (OutboxNotice entry : claimed) {
                    tried++;
                    counts[notices.deliver(entry).ordinal()]++;
                }
            }
            for (int tried = 0; tried < max; ) {
                Instant now = clock.instant();
                List<OutboxEffect> claimed = effectOutbox.claim(now, now.plus(NoticeQueue.LEASE),
                        Math.min(CLAIM_BATCH, max - tried));
                if (claimed.isEmpty()) {
                    break;
                }
                tried += claimed.size();
                int[] done = effects.deliver(claimed);
                for (int result = 0; result < counts.length; result++) {
                    counts[result] += done[result];
                }
            }
            Instant before = clock.instant().minus(retention);
            purged += noticeOutbox.purgeDelivered(before, PURGE_BATCH);
            purged += effectOutbox.purgeDelivered(before, PURGE_BATCH);
        } catch (StorageFailure | OutcomeUnknown failure) {
            // entries it claimed and did not finish stay leased until the lease ends, then the next run takes them
            DeliveryReport done = report(counts, purged);
            if (failure instanceof StorageFailure
                    && done.delivered() + done.retrying() + done.parked() + done.purged() == 0) {
                throw failure;
            }
            throw new StoppedPartway(done, failure);
        }
        return report(counts, purged);
    }

    private static DeliveryReport report(int[] counts, int purged) {
        return new DeliveryReport(counts[NoticeQueue.Result.DELIVERED.ordinal()],
                counts[NoticeQueue.Result.RETRYING.ordinal()], counts[NoticeQueue.Result.PARKED.ordinal()], purged);
    }

    @Override
    public Page<ParkedNotice> list(Actor actor, PageRequest page) {
        requireCustomerService(actor, page);
        return noticeOutbox.parked(page).map(entry -> new ParkedNotice(entry.notice(), entry.attempts(),
                entry.createdAt(), entry.lastError()));
    }

    /** Customer service's view of parked hand-offs and events. */
    public ListParkedEffects parkedEffects() {
        return (actor, page) -> {
            requireCustomerService(actor, page);
            return effectOutbox.parked(page).map(entry -> {
                Effect effect = entry.effect();
                return new ParkedEffect(effect.id(), effect.customerNumber(),
                        effect.channel() == Effect.Channel.HAND_OFF, effect.type(), effect.payload(),
                        entry.attempts(), entry.createdAt(), entry.lastError());
            });
        };
    }

    private void requireCustomerService(Actor actor, PageRequest page) {
        validation.validate(actor, page, "page");
        if (!(actor instanceof Actor.CustomerServiceActor)) {
            throw new NotPermitted("CUSTOMER_SERVICE");
        }
    }
}
