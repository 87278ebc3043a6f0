package org.accountkit.outbox.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.accountkit.ordering.OrderHandOff;
import org.accountkit.ordering.PlacedOrder;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.DomainEvents;
import org.accountkit.spi.Effect;
import org.accountkit.spi.EffectOutbox;
import org.accountkit.spi.OutboxEffect;
import org.jmolecules.event.types.DomainEvent;

/**
 * Domain events and order hand-offs on their way out: a use case writes them to the effect outbox inside its
 * transaction, and asks for them to be delivered soon after its commit, on the host's executor (by default the
 * caller's thread). A delivery that fails stays in the outbox and is tried again by the next
 * {@link org.accountkit.outbox.DeliverOutbox} run, with growing pauses, until it is parked. Without a listener
 * ({@link DomainEvents}) nothing is written for events, without an {@link OrderHandOff} nothing for hand-offs. Not a
 * use case: every capability shares it.
 */
public final class EffectQueue {

    private static final System.Logger LOG = System.getLogger("org.accountkit.effects");

    private final EffectOutbox outbox;
    private final DomainEvents events;
    private final OrderHandOff handOff;
    private final Clock clock;
    private final Executor executor;
    private final Retries retries;
    private final Supplier<UUID> ids;

    /** @param retries when a failed delivery is tried again, and when it is parked */
    public EffectQueue(EffectOutbox outbox, DomainEvents events, OrderHandOff handOff, Clock clock, Executor executor,
            Retries retries, Supplier<UUID> ids) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.events = Objects.requireNonNull(events, "events");
        this.handOff = Objects.requireNonNull(handOff, "handOff");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** Whether anybody listens to events: without, none is written. */
    public boolean listening() {
        return events != DomainEvents.none();
    }

    /** Whether placed orders are handed off: without, no hand-off is written. */
    public boolean handingOff() {
        return handOff != OrderHandOff.none();
    }

    /** Whether anything is written at all. */
    public boolean active() {
        return listening() || handingOff();
    }

    /** Writes the event to the outbox; call inside the transaction of the change that raised it. */
    public void publish(CustomerNumber customerNumber, DomainEvent event) {
        if (listening()) {
            outbox.append(List.of(event(customerNumber, event)), clock.instant());
        }
    }

    /** Writes the events to the outbox in order; call inside the transaction of the change that raised them. */
    public void publish(CustomerNumber customerNumber, List<? extends DomainEvent> raised) {
        if (listening() && !raised.isEmpty()) {
            List<Effect> effects = new ArrayList<>(raised.size());
            for (DomainEvent event : raised) {
                effects.add(event(customerNumber, event));
            }
            outbox.append(effects, clock.instant());
        }
    }

    /** Writes the placed order's hand-off to the outbox; call inside the transaction that placed it. */
    public void handOff(PlacedOrder order) {
        if (handingOff()) {
            outbox.append(List.of(handOffOf(order)), clock.instant());
        }
    }

    /**
     * The outbox entries of a placed order and its event, for a store that writes them with the order: empty when
     * nobody receives either.
     */
    public List<Effect> placed(PlacedOrder order, DomainEvent event) {
        if (!active()) {
            return List.of();
        }
        List<Effect> effects = new ArrayList<>(2);
        if (listening()) {
            effects.add(event(order.customerNumber(), event));
        }
        if (handingOff()) {
            effects.add(handOffOf(order));
        }
        return effects;
    }

    private Effect handOffOf(PlacedOrder order) {
        return new Effect(ids.get(), order.customerNumber(), Effect.Channel.HAND_OFF, EffectCodec.type(order),
                EffectCodec.encode(order));
    }

    /** The outbox entry of an event, or none when nobody listens. */
    public List<Effect> events(CustomerNumber customerNumber, DomainEvent event) {
        return listening() ? List.of(event(customerNumber, event)) : List.of();
    }

    private Effect event(CustomerNumber customerNumber, DomainEvent event) {
        if (!(event instanceof Record record)) {
            throw new IllegalArgumentException(event + " is not a record");
        }
        return new Effect(ids.get(), customerNumber, Effect.Channel.EVENT, EffectCodec.type(record),
                EffectCodec.encode(record));
    }

    /**
     * After a commit: delivers the customer number's pending effects on the host's executor. Whatever goes wrong
     * there is logged and left to the next {@code DeliverOutbox} run; the caller's change stands.
     */
    public void deliverSoon(CustomerNumber customerNumber) {
        if (!active()) {
            return;
        }
        NoticeQueue.soon(executor, () -> deliverFor(customerNumber), "the events and hand-offs of " + customerNumber);
    }

    /** Delivers the customer number's due effects, each channel in order, until a channel fails or is empty. */
    void deliverFor(CustomerNumber customerNumber) {
        for (int round = 0; round < NoticeQueue.MOST_PER_CUSTOMER_RUN; round++) {
            var now = clock.instant();
            List<OutboxEffect> heads = outbox.claim(customerNumber, now, now.plus(NoticeQueue.LEASE));
            if (deliver(heads)[NoticeQueue.Result.DELIVERED.ordinal()] == 0) {
                return;
            }
        }
    }

    /**
     * One attempt at each claimed effect, recorded in the outbox: a failure at once, the delivered ones together
     * at the end (an effect delivered but not yet recorded when the server stops is delivered again after its lease:
     * at least once).
     *
     * @return how many were delivered, are retrying and were parked, by {@link NoticeQueue.Result#ordinal()}
     */
    int[] deliver(List<OutboxEffect> claimed) {
        int[] counts = new int[NoticeQueue.Result.values().length];
        List<Effect> delivered = new ArrayList<>(claimed.size());
        for (OutboxEffect entry : claimed) {
            NoticeQueue.Result result = attempt(entry);
            counts[result.ordinal()]++;
            if (result == NoticeQueue.Result.DELIVERED) {
                delivered.add(entry.effect());
            }
        }
        if (!delivered.isEmpty()) {
            outbox.delivered(delivered, clock.instant());
        }
        return counts;
    }

    /** One attempt at a claimed effect; a failure is recorded in the outbox. */
    private NoticeQueue.Result attempt(OutboxEffect entry) {
        Effect effect = entry.effect();
        try {
            Object value = EffectCodec.decode(effect.type(), effect.payload());
            if (effect.channel() == Effect.Channel.HAND_OFF) {
                handOff.handOff((PlacedOrder) value);
            } else {
                events.publish(effect.id(), (DomainEvent) value);
            }
        } catch (RuntimeException failure) {
            int failed = entry.attempts() + 1;
            boolean park = retries.parks(failed);
            outbox.failed(effect, failed, retries.nextAttempt(failed, clock.instant()), park,
                    Retries.describe(failure));
            LOG.log(System.Logger.Level.WARNING, effect.channel() + " " + effect.type() + " " + effect.id() + " of "
                    + effect.customerNumber() + " failed (attempt " + failed + " of " + retries.attempts() + ")"
                    + (park ? "; parked" : "; tried again later"), failure);
            return park ? NoticeQueue.Result.PARKED : NoticeQueue.Result.RETRYING;
        }
        return NoticeQueue.Result.DELIVERED;
    }
}
