package org.accountkit.quote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.approval.OrderRequestId;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;

/**
 * A quote ("offerte") as the customer and customer service see it.
 *
 * @param quoteNumber   its number, e.g. {@code OF-2026-000123}: unique within the customer number, never reused
 * @param requester     who requested it
 * @param status        where it stands; {@link QuoteStatus#EXPIRED} once an answered quote's validity has passed
 * @param lines         the articles and quantities, with the quoted prices once answered
 * @param remark        the customer's remark, may be empty
 * @param requestedAt   when it was requested
 * @param answeredAt    when customer service answered or declined it
 * @param validUntil    the last day an answered quote may be ordered
 * @param declineReason why customer service declined it, empty otherwise
 * @param orderedAs     the order request it became, once ordered
 */
public record Quote(String quoteNumber, UserId requester, QuoteStatus status, List<QuoteLine> lines, String remark,
        Instant requestedAt, Optional<Instant> answeredAt, Optional<LocalDate> validUntil, String declineReason,
        Optional<OrderRequestId> orderedAs) {

    /** Refuses missing parts; keeps its own copy of the lines. */
    public Quote {
        Objects.requireNonNull(quoteNumber, "quoteNumber");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
        Objects.requireNonNull(remark, "remark");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(declineReason, "declineReason");
        Objects.requireNonNull(orderedAs, "orderedAs");
    }

    /** The quoted total excluding VAT, once answered. */
    public Optional<Money> total() {
        Money sum = null;
        for (QuoteLine line : lines) {
            Optional<Money> lineTotal = line.total();
            if (lineTotal.isEmpty()) {
                return Optional.empty();
            }
            sum = sum == null ? lineTotal.get() : sum.plus(lineTotal.get());
        }
        return Optional.ofNullable(sum);
    }
}
