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

import org.accountkit.approval.Notice;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.NoticeOutbox;
import org.accountkit.spi.OutboxNotice;
import org.accountkit.spi.PageToken;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/**
 * The notice outbox in memory: per customer number the pending entries in the order written (the head is the first),
 * delivered entries until they are purged, parked ones for customer service. A claim is a lease taken under the
 * transactions' lock, so two dispatchers never hold one entry.
 */
@SecondaryAdapter
final class InMemoryNoticeOutbox implements NoticeOutbox {

    private static final String PARKED = "parked-notices";

    private final InMemoryTransactions transactions;
    private long written;
    private final Map<CustomerNumber, LinkedHashMap<UUID, Entry>> pending = new HashMap<>();
    private final Map<UUID, OutboxNotice> delivered = new LinkedHashMap<>();
    private final TreeMap<Position, OutboxNotice> parked = new TreeMap<>(Comparator.comparing(Position::at)
            .thenComparing(Position::id));

    InMemoryNoticeOutbox(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    /** A pending entry and its lease. */
    private static final class Entry {
        final OutboxNotice state;
        final long order;
        Instant leasedUntil;

        Entry(OutboxNotice state, long order) {
            this.state = state;
            this.order = order;
        }
    }

    private record Position(Instant at, UUID id) {
    }

    @Override
    public void append(Notice notice, Instant at) {
        transactions.write(() -> pending.computeIfAbsent(notice.customerNumber(), customer -> new LinkedHashMap<>())
                .put(notice.id(), new Entry(new OutboxNotice(notice, OutboxNotice.Status.PENDING, 0, at, at, ""),
                        ++written)), () -> pending.get(notice.customerNumber()).remove(notice.id()));
    }

    @Override
    public List<OutboxNotice> claim(Instant now, Instant leaseUntil, int max) {
        List<OutboxNotice> claimed = new ArrayList<>();
        transactions.write(() -> {
            List<Entry> heads = new ArrayList<>();
            for (LinkedHashMap<UUID, Entry> queue : pending.values()) {
                head(queue).filter(entry -> due(entry, now)).ifPresent(heads::add);
            }
            heads.sort(Comparator.comparingLong(entry -> entry.order));
            for (Entry head : heads.subList(0, Math.min(max, heads.size()))) {
                head.leasedUntil = leaseUntil;
                claimed.add(head.state);
            }
        }, () -> { });
        return claimed;
    }

    @Override
    public List<OutboxNotice> claim(CustomerNumber customerNumber, Instant now, Instant leaseUntil) {
        List<OutboxNotice> claimed = new ArrayList<>(1);
        transactions.write(() -> Optional.ofNullable(pending.get(customerNumber)).flatMap(InMemoryNoticeOutbox::head)
                .filter(entry -> due(entry, now)).ifPresent(head -> {
                    head.leasedUntil = leaseUntil;
                    claimed.add(head.state);
                }), () -> { });
        return claimed;
    }

    private static Optional<Entry> head(LinkedHashMap<UUID, Entry> queue) {
        Iterator<Entry> first = queue.values().iterator();
        return first.hasNext() ? Optional.of(first.next()) : Optional.empty();
    }

    private static boolean due(Entry entry, Instant now) {
        return !entry.state.nextAttemptAt().isAfter(now)
                && (entry.leasedUntil == null || !entry.leasedUntil.isAfter(now));
    }

    @Override
    public void delivered(Notice notice, Instant at) {
        transactions.write(() -> Optional.ofNullable(pending.get(notice.customerNumber()))
                .map(queue -> queue.remove(notice.id()))
                .ifPresent(entry -> delivered.put(notice.id(), entry.state)), () -> { });
    }

    @Override
    public void failed(Notice notice, int attempts, Instant nextAttemptAt, boolean park, String error) {
        transactions.write(() -> {
            LinkedHashMap<UUID, Entry> queue = pending.get(notice.customerNumber());
            Entry entry = queue == null ? null : queue.get(notice.id());
            if (entry == null) {
                return;
            }
            OutboxNotice next = new OutboxNotice(notice, park ? OutboxNotice.Status.PARKED
                    : OutboxNotice.Status.PENDING, attempts, entry.state.createdAt(), nextAttemptAt, error);
            if (park) {
                queue.remove(notice.id());
                parked.put(new Position(next.createdAt(), notice.id()), next);
            } else {
                queue.put(notice.id(), new Entry(next, entry.order));
            }
        }, () -> { });
    }

    @Override
    public Page<OutboxNotice> parked(PageRequest page) {
        PageToken.Reader reader = PageToken.reader(page, PARKED);
        Position after = reader == null ? null : new Position(reader.moment(), reader.uuid());
        return transactions.read(() -> Page.of((after == null ? parked : parked.tailMap(after, false)).values()
                .stream().limit(page.size() + 1L).toList(), page,
                last -> PageToken.writer(PARKED).moment(last.createdAt()).uuid(last.notice().id()).token()));
    }

    @Override
    public int purgeDelivered(Instant before, int max) {
        int[] purged = new int[1];
        transactions.write(() -> {
            Iterator<OutboxNotice> entries = delivered.values().iterator();
            while (entries.hasNext() && purged[0] < max) {
                if (entries.next().createdAt().isBefore(before)) {
                    entries.remove();
                    purged[0]++;
                }
            }
        }, () -> { });
        return purged[0];
    }
}
