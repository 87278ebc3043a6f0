package org.accountkit.spi;

import java.time.Instant;
import java.util.List;

import org.accountkit.outbox.Notice;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * The notices waiting to be delivered, written in the same transaction as the change that caused them. Per customer
 * number they are delivered in the order they were written: only the oldest pending entry of a customer number (its
 * head) can be claimed. A claim is a lease: until it runs out no other dispatcher, on any server, can claim the entry.
 */
@SecondaryPort
@Repository
public interface NoticeOutbox {

    /** Writes a pending notice, due at {@code at}; called inside the transaction of the change that caused it. */
    void append(Notice notice, Instant at);

    /**
     * Claims up to {@code max} due heads of any customer numbers (oldest first), each leased until
     * {@code leaseUntil}. An entry another dispatcher holds the lease of is not returned.
     */
    List<OutboxNotice> claim(Instant now, Instant leaseUntil, int max);

    /** Claims the due head of one customer number, if any, leased until {@code leaseUntil}. */
    List<OutboxNotice> claim(CustomerNumber customerNumber, Instant now, Instant leaseUntil);

    /** Marks a claimed entry delivered at {@code at}. */
    void delivered(Notice notice, Instant at);

    /**
     * Records a failed attempt of a claimed entry: pending again from {@code nextAttemptAt}, or parked.
     *
     * @param attempts how many attempts have failed now
     * @param error    what the last one reported, at most 500 characters
     */
    void failed(Notice notice, int attempts, Instant nextAttemptAt, boolean park, String error);

    /** One page of parked entries of every customer number, oldest first. */
    Page<OutboxNotice> parked(PageRequest page);

    /** Removes up to {@code max} delivered entries written before {@code before}; answers how many. */
    int purgeDelivered(Instant before, int max);
}
