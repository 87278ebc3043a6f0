package org.accountkit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.PageToken;

/**
 * An outbox in memory, for any kind of entry: per queue (a customer number, or a customer number and a channel) the
 * pending entries in the order written, the head first; delivered entries until they are purged; parked ones for
 * customer service. A claim is a lease taken under the transactions' lock, so two dispatchers never hold one entry.
 *
 * @param <K> what names a queue
 * @param <E> an entry with its delivery state
 */
final class LeasedQueues<K, E> {

    /**
     * What the queues need to know of an entry: its id, when it was written, when it is due, and the entry after a
     * failed attempt.
     */
    record Shape<E>(Function<E, UUID> id, Function<E, Instant> createdAt, Function<E, Instant> nextAttemptAt,
            Failed<E> failed) {
    }

    /** An entry after a failed attempt: pending again from {@code nextAttemptAt}, or parked. */
    interface Failed<E> {
        E apply(E entry, int attempts, Instant nextAttemptAt, boolean park, String error);
    }

    private final InMemoryTransactions transactions;
    private final Shape<E> shape;
    private final String parkedKind;
    private long written;
    private final Map<K, LinkedHashMap<UUID, Pending<E>>> pending = new HashMap<>();
    private final Map<UUID, E> delivered = new LinkedHashMap<>();
    private final TreeMap<Position, E> parked = new TreeMap<>(Comparator.comparing(Position::at)
            .thenComparing(Position::id));

    /** @param parkedKind the kind of the continuation tokens of the parked entries' pages */
    LeasedQueues(InMemoryTransactions transactions, Shape<E> shape, String parkedKind) {
        this.transactions = transactions;
        this.shape = shape;
        this.parkedKind = parkedKind;
    }

    /** A pending entry, its place in the order written, and its lease. */
    private static final class Pending<E> {
        final E state;
        final long order;
        Instant leasedUntil;

        Pending(E state, long order) {
            this.state = state;
            this.order = order;
        }
    }

    private record Position(Instant at, UUID id) {
    }

    /** Appends entries to the end of their queues, inside the running transaction if any. */
    void append(List<Map.Entry<K, E>> entries) {
        transactions.write(() -> {
            for (Map.Entry<K, E> entry : entries) {
                pending.computeIfAbsent(entry.getKey(), queue -> new LinkedHashMap<>())
                        .put(shape.id().apply(entry.getValue()), new Pending<>(entry.getValue(), ++written));
            }
        }, () -> {
            for (Map.Entry<K, E> entry : entries) {
                pending.get(entry.getKey()).remove(shape.id().apply(entry.getValue()));
            }
        });
    }

    /** Leases up to {@code max} due heads of any queues, oldest first. */
    List<E> claim(Instant now, Instant leaseUntil, int max) {
        List<E> claimed = new ArrayList<>();
        transactions.write(() -> {
            List<Pending<E>> heads = new ArrayList<>();
            for (LinkedHashMap<UUID, Pending<E>> queue : pending.values()) {
                head(queue).filter(entry -> due(entry, now)).ifPresent(heads::add);
            }
            heads.sort(Comparator.comparingLong(entry -> entry.order));
            for (Pending<E> head : heads.subList(0, Math.min(max, heads.size()))) {
                head.leasedUntil = leaseUntil;
                claimed.add(head.state);
            }
        }, () -> { });
        return claimed;
    }

    /** Leases the due head of each of these queues. */
    List<E> claim(List<K> queues, Instant now, Instant leaseUntil) {
        List<E> claimed = new ArrayList<>(queues.size());
        transactions.write(() -> {
            for (K key : queues) {
                Optional.ofNullable(pending.get(key)).flatMap(LeasedQueues::head).filter(entry -> due(entry, now))
                        .ifPresent(head -> {
                            head.leasedUntil = leaseUntil;
                            claimed.add(head.state);
                        });
            }
        }, () -> { });
        return claimed;
    }

    private static <E> Optional<Pending<E>> head(LinkedHashMap<UUID, Pending<E>> queue) {
        Iterator<Pending<E>> first = queue.values().iterator();
        return first.hasNext() ? Optional.of(first.next()) : Optional.empty();
    }

    private boolean due(Pending<E> entry, Instant now) {
        return !shape.nextAttemptAt().apply(entry.state).isAfter(now)
                && (entry.leasedUntil == null || !entry.leasedUntil.isAfter(now));
    }

    /** Moves a claimed entry from its queue to the delivered ones. */
    void delivered(K key, UUID id) {
        transactions.write(() -> Optional.ofNullable(pending.get(key)).map(queue -> queue.remove(id))
                .ifPresent(entry -> delivered.put(id, entry.state)), () -> { });
    }

    /** Records a failed attempt: the entry stays at the head of its queue, or is parked. */
    void failed(K key, UUID id, int attempts, Instant nextAttemptAt, boolean park, String error) {
        transactions.write(() -> {
            LinkedHashMap<UUID, Pending<E>> queue = pending.get(key);
            Pending<E> entry = queue == null ? null : queue.get(id);
            if (entry == null) {
                return;
            }
            E next = shape.failed().apply(entry.state, attempts, nextAttemptAt, park, error);
            if (park) {
                queue.remove(id);
                parked.put(new Position(shape.createdAt().apply(next), id), next);
            } else {
                queue.put(id, new Pending<>(next, entry.order));
            }
        }, () -> { });
    }

    /** One page of parked entries, oldest first. */
    Page<E> parked(PageRequest page) {
        PageToken.Reader reader = PageToken.reader(page, parkedKind);
        Position after = reader == null ? null : new Position(reader.moment(), reader.uuid());
        return transactions.read(() -> Page.of((after == null ? parked : parked.tailMap(after, false)).values()
                .stream().limit(page.size() + 1L).toList(), page,
                last -> PageToken.writer(parkedKind).moment(shape.createdAt().apply(last))
                        .uuid(shape.id().apply(last)).token()));
    }

    /** Removes up to {@code max} delivered entries written before {@code before}. */
    int purgeDelivered(Instant before, int max) {
        int[] purged = new int[1];
        transactions.write(() -> {
            Iterator<E> entries = delivered.values().iterator();
            while (entries.hasNext() && purged[0] < max) {
                if (shape.createdAt().apply(entries.next()).isBefore(before)) {
                    entries.remove();
                    purged[0]++;
                }
            }
        }, () -> { });
        return purged[0];
    }

    /** A function that keys entries, for {@link #append}. */
    static <K, E> List<Map.Entry<K, E>> keyed(List<E> entries, Function<E, K> key) {
        List<Map.Entry<K, E>> keyed = new ArrayList<>(entries.size());
        for (E entry : entries) {
            keyed.add(Map.entry(key.apply(entry), entry));
        }
        return keyed;
    }
}
