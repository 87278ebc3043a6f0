package org.accountkit.quote.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.accountkit.approval.OrderRequestId;
import org.accountkit.ordering.OrderLine;
import org.accountkit.quote.Quote;
import org.accountkit.quote.QuoteLine;
import org.accountkit.quote.QuoteNotOrderable;
import org.accountkit.quote.QuoteStatus;
import org.accountkit.quote.QuoteStepNotAllowed;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.spi.QuoteSnapshot;
import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;

/**
 * A quote and its lifecycle: requested, then answered (a price per line, valid until a day) or declined, or
 * withdrawn by its requester; an answered quote is ordered once while valid, or withdrawn, and expires when its last
 * valid day has passed. Expiry is read from the day, never stored.
 */
public final class QuoteRequest implements AggregateRoot<QuoteRequest, QuoteRequest.Key> {

    private QuoteSnapshot state;

    private QuoteRequest(QuoteSnapshot state) {
        this.state = state;
    }

    /** A quote's identity: its number within its customer number. */
    public record Key(CustomerNumber customerNumber, String quoteNumber) implements Identifier {
    }

    /** The quote as stored. */
    public static QuoteRequest restore(QuoteSnapshot stored) {
        return new QuoteRequest(stored);
    }

    /** A new request of priced-by-catalog lines (no quoted prices yet). */
    public static QuoteRequest request(CustomerNumber customerNumber, String quoteNumber, UserId requester,
            List<OrderLine> lines, String remark, Instant now) {
        List<QuoteLine> quoted = new ArrayList<>(lines.size());
        for (int index = 0; index < lines.size(); index++) {
            OrderLine line = lines.get(index);
            quoted.add(new QuoteLine(index + 1, line.articleNumber(), line.description(), line.quantity(),
                    line.vatRate(), Optional.empty()));
        }
        return new QuoteRequest(new QuoteSnapshot(customerNumber, new Quote(quoteNumber, requester,
                QuoteStatus.REQUESTED, quoted, remark, now, Optional.empty(), Optional.empty(), "",
                Optional.empty()), 0));
    }

    /** Where the quote stands on {@code today}: answered quotes past their last valid day are expired. */
    public QuoteStatus statusOn(LocalDate today) {
        Quote quote = state.quote();
        return quote.status() == QuoteStatus.ANSWERED && quote.validUntil().orElseThrow().isBefore(today)
                ? QuoteStatus.EXPIRED : quote.status();
    }

    /**
     * Answers with a price per line; the caller checked that there is one per line, in one currency, and that the
     * validity is not before today.
     *
     * @throws QuoteStepNotAllowed when the quote is no longer requested
     */
    public void answer(List<Money> unitPrices, LocalDate validUntil, Instant now) {
        requireStatus(QuoteStatus.REQUESTED, null);
        Quote quote = state.quote();
        List<QuoteLine> priced = new ArrayList<>(quote.lines().size());
        for (QuoteLine line : quote.lines()) {
            priced.add(new QuoteLine(line.lineNumber(), line.articleNumber(), line.description(), line.quantity(),
                    line.vatRate(), Optional.of(unitPrices.get(line.lineNumber() - 1))));
        }
        change(new Quote(quote.quoteNumber(), quote.requester(), QuoteStatus.ANSWERED, priced, quote.remark(),
                quote.requestedAt(), Optional.of(now), Optional.of(validUntil), "", Optional.empty()));
    }

    /**
     * Declines with a reason.
     *
     * @throws QuoteStepNotAllowed when the quote is no longer requested
     */
    public void decline(String reason, Instant now) {
        requireStatus(QuoteStatus.REQUESTED, null);
        Quote quote = state.quote();
        change(new Quote(quote.quoteNumber(), quote.requester(), QuoteStatus.DECLINED, quote.lines(), quote.remark(),
                quote.requestedAt(), Optional.of(now), Optional.empty(), reason, Optional.empty()));
    }

    /**
     * Withdraws a requested, or answered and still valid, quote.
     *
     * @throws QuoteStepNotAllowed otherwise
     */
    public void withdraw(LocalDate today) {
        QuoteStatus status = statusOn(today);
        if (status != QuoteStatus.REQUESTED && status != QuoteStatus.ANSWERED) {
            throw new QuoteStepNotAllowed(state.quote().quoteNumber(), status);
        }
        moveTo(QuoteStatus.WITHDRAWN, Optional.empty());
    }

    /**
     * Marks an answered, still valid quote ordered as {@code order}, and answers its lines at the quoted prices.
     *
     * @throws QuoteNotOrderable saying why when it is not answered and valid on {@code today}
     */
    public List<OrderLine> order(LocalDate today, OrderRequestId order) {
        QuoteStatus status = statusOn(today);
        if (status != QuoteStatus.ANSWERED) {
            throw new QuoteNotOrderable(state.quote().quoteNumber(), status);
        }
        moveTo(QuoteStatus.ORDERED, Optional.of(order));
        return state.quote().lines().stream().map(line -> new OrderLine(line.articleNumber(), line.description(),
                line.quantity(), line.unitPrice().orElseThrow(), line.vatRate())).toList();
    }

    /** The quote as its owner sees it on {@code today}. */
    public Quote viewOn(LocalDate today) {
        return withStatus(state.quote(), statusOn(today));
    }

    /** The state to store. */
    public QuoteSnapshot snapshot() {
        return state;
    }

    @Override
    public Key getId() {
        return new Key(state.customerNumber(), state.quote().quoteNumber());
    }

    /** Who requested it. */
    public UserId requester() {
        return state.quote().requester();
    }

    private void requireStatus(QuoteStatus expected, LocalDate today) {
        QuoteStatus status = today == null ? state.quote().status() : statusOn(today);
        if (status != expected) {
            throw new QuoteStepNotAllowed(state.quote().quoteNumber(), status);
        }
    }

    private void moveTo(QuoteStatus status, Optional<OrderRequestId> orderedAs) {
        Quote quote = state.quote();
        change(new Quote(quote.quoteNumber(), quote.requester(), status, quote.lines(), quote.remark(),
                quote.requestedAt(), quote.answeredAt(), quote.validUntil(), quote.declineReason(), orderedAs));
    }

    private void change(Quote next) {
        state = new QuoteSnapshot(state.customerNumber(), next, state.version());
    }

    /** {@code quote} with another status: how an expired quote is shown. */
    static Quote withStatus(Quote quote, QuoteStatus status) {
        return status == quote.status() ? quote : new Quote(quote.quoteNumber(), quote.requester(), status,
                quote.lines(), quote.remark(), quote.requestedAt(), quote.answeredAt(), quote.validUntil(),
                quote.declineReason(), quote.orderedAs());
    }
}
