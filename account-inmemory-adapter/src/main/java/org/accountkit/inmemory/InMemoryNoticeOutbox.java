package org.accountkit.inmemory;

import java.time.Instant;
import java.util.List;

import org.accountkit.outbox.Notice;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.spi.NoticeOutbox;
import org.accountkit.spi.OutboxNotice;
import org.jmolecules.architecture.hexagonal.SecondaryAdapter;

/** The notice outbox in memory: one queue per customer number. */
@SecondaryAdapter
final class InMemoryNoticeOutbox implements NoticeOutbox {

    private final LeasedQueues<CustomerNumber, OutboxNotice> queues;

    InMemoryNoticeOutbox(InMemoryTransactions transactions) {
        this.queues = new LeasedQueues<>(transactions, new LeasedQueues.Shape<>(entry -> entry.notice().id(),
                OutboxNotice::createdAt, OutboxNotice::nextAttemptAt, (entry, attempts, nextAttemptAt, park, error) ->
                        new OutboxNotice(entry.notice(), park ? OutboxNotice.Status.PARKED
                                : OutboxNotice.Status.PENDING, attempts, entry.createdAt(), nextAttemptAt, error)),
                "parked-notices");
    }

    @Override
    public void append(Notice notice, Instant at) {
        queues.append(LeasedQueues.keyed(List.of(new OutboxNotice(notice, OutboxNotice.Status.PENDING, 0, at, at,
                "")), entry -> notice.customerNumber()));
    }

    @Override
    public List<OutboxNotice> claim(Instant now, Instant leaseUntil, int max) {
        return queues.claim(now, leaseUntil, max);
    }

    @Override
    public List<OutboxNotice> claim(CustomerNumber customerNumber, Instant now, Instant leaseUntil) {
        return queues.claim(List.of(customerNumber), now, leaseUntil);
    }

    @Override
    public void delivered(Notice notice, Instant at) {
        queues.delivered(notice.customerNumber(), notice.id());
    }

    @Override
    public void failed(Notice notice, int attempts, Instant nextAttemptAt, boolean park, String error) {
        queues.failed(notice.customerNumber(), notice.id(), attempts, nextAttemptAt, park, error);
    }

    @Override
    public Page<OutboxNotice> parked(PageRequest page) {
        return queues.parked(page);
    }

    @Override
    public int purgeDelivered(Instant before, int max) {
        return queues.purgeDelivered(before, max);
    }
}
