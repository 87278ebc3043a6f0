package org.accountkit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.Effect;
import org.accountkit.spi.EffectOutbox;
import org.accountkit.spi.OutboxEffect;
import org.accountkit.spi.OutboxNotice;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** The effect outbox in memory: one queue per customer number and channel. */
@SecondaryAdapter
final class InMemoryEffectOutbox implements EffectOutbox {

    /** A queue: the hand-offs, or the events, of one customer number. */
    private record Queue(CustomerNumber customerNumber, Effect.Channel channel) {
        static Queue of(Effect effect) {
            return new Queue(effect.customerNumber(), effect.channel());
        }
    }

    private final LeasedQueues<Queue, OutboxEffect> queues;

    InMemoryEffectOutbox(InMemoryTransactions transactions) {
        this.queues = new LeasedQueues<>(transactions, new LeasedQueues.Shape<>(entry -> entry.effect().id(),
                OutboxEffect::createdAt, OutboxEffect::nextAttemptAt, (entry, attempts, nextAttemptAt, park, error) ->
                        new OutboxEffect(entry.effect(), park ? OutboxNotice.Status.PARKED
                                : OutboxNotice.Status.PENDING, attempts, entry.createdAt(), nextAttemptAt, error)),
                "parked-effects");
    }

    @Override
    public void append(List<Effect> effects, Instant at) {
        List<OutboxEffect> entries = new ArrayList<>(effects.size());
        for (Effect effect : effects) {
            entries.add(new OutboxEffect(effect, OutboxNotice.Status.PENDING, 0, at, at, ""));
        }
        queues.append(LeasedQueues.keyed(entries, entry -> Queue.of(entry.effect())));
    }

    @Override
    public List<OutboxEffect> claim(Instant now, Instant leaseUntil, int max) {
        return queues.claim(now, leaseUntil, max);
    }

    @Override
    public List<OutboxEffect> claim(CustomerNumber customerNumber, Instant now, Instant leaseUntil) {
        return queues.claim(List.of(new Queue(customerNumber, Effect.Channel.HAND_OFF),
                new Queue(customerNumber, Effect.Channel.EVENT)), now, leaseUntil);
    }

    @Override
    public void delivered(List<Effect> effects, Instant at) {
        for (Effect effect : effects) {
            queues.delivered(Queue.of(effect), effect.id());
        }
    }

    @Override
    public void failed(Effect effect, int attempts, Instant nextAttemptAt, boolean park, String error) {
        queues.failed(Queue.of(effect), effect.id(), attempts, nextAttemptAt, park, error);
    }

    @Override
    public Page<OutboxEffect> parked(PageRequest page) {
        return queues.parked(page);
    }

    @Override
    public int purgeDelivered(Instant before, int max) {
        return queues.purgeDelivered(before, max);
    }
}
