package org.accountkit.spi;

import java.time.LocalDate;
import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Quotes per customer number. Quote numbers are unique within a customer number and never reused. */
@SecondaryPort
@Repository
public interface Quotes {

    /** The quote, with its lines, if it belongs to {@code customerNumber}. */
    Optional<QuoteSnapshot> find(CustomerNumber customerNumber, String quoteNumber);

    /** How many quotes of the customer number have numbers starting with {@code prefix} (e.g. {@code OF-2026-}). */
    long numbered(CustomerNumber customerNumber, String prefix);

    /**
     * Stores a new quote with its lines.
     *
     * @throws ConcurrentModification when its number is taken (another quote was requested at the same moment)
     */
    void add(QuoteSnapshot quote);

    /**
     * Stores a step (status, answer with the lines' prices, decline reason, the order it became), provided the stored
     * quote is still at the snapshot's version. Lines and quantities never change.
     *
     * @throws ConcurrentModification when it is not
     */
    void update(QuoteSnapshot quote);

    /**
     * One page of a requester's quotes that are requested, or answered and valid on {@code today} or later, newest
     * first (requested at, then quote number, descending).
     */
    Page<QuoteSnapshot> openOf(CustomerNumber customerNumber, UserId requester, LocalDate today, PageRequest page);

    /**
     * One page of requested quotes of every customer number, oldest first (requested at, customer number, quote
     * number): customer service's queue. The one query that spans customer numbers.
     */
    Page<QuoteSnapshot> requested(PageRequest page);
}
