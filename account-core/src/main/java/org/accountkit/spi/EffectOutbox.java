package org.accountkit.spi;

import java.time.Instant;
import java.util.List;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * The order hand-offs and domain events waiting to be delivered, written in the same transaction as the change that
 * caused them (a direct placement passes its hand-off to {@link OrderRequests#placeIfBudgetAllows} instead, so that
 * a store can write both with one statement). Per customer number and {@link Effect.Channel} they are delivered in
 * the order written: only the oldest pending entry of each (its head) can be claimed. A claim is a lease: until it
 * runs out no other dispatcher, on any server, can claim the entry.
 */
@SecondaryPort
@Repository
public interface EffectOutbox {

    /** Writes pending effects, due at {@code at}, in this order; called inside the transaction that caused them. */
    void append(List<Effect> effects, Instant at);

    /**
     * Claims up to {@code max} due heads of any customer numbers and channels (oldest first), each leased until
     * {@code leaseUntil}. An entry another dispatcher holds the lease of is not returned.
     */
    List<OutboxEffect> claim(Instant now, Instant leaseUntil, int max);

    /** Claims the due head of each channel of one customer number, leased until {@code leaseUntil}. */
    List<OutboxEffect> claim(CustomerNumber customerNumber, Instant now, Instant leaseUntil);

    /** Marks claimed entries delivered, together. */
    void delivered(List<Effect> effects, Instant at);

    /**
     * Records a failed attempt of a claimed entry: pending again from {@code nextAttemptAt}, or parked.
     *
     * @param attempts how many attempts have failed now
     * @param error    what the last one reported, at most 500 characters
     */
    void failed(Effect effect, int attempts, Instant nextAttemptAt, boolean park, String error);

    /** One page of parked entries of every customer number, oldest first. */
    Page<OutboxEffect> parked(PageRequest page);

    /** Removes up to {@code max} delivered entries written before {@code before}; answers how many. */
    int purgeDelivered(Instant before, int max);
}
