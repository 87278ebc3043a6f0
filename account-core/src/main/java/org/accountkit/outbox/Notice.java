package org.accountkit.outbox;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.accountkit.approval.OrderRequestId;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;

/**
 * A message for one person about an order request or a quote, for the {@link Notifications} port to deliver (by
 * e-mail, in the recipient's language).
 *
 * @param kind           what happened
 * @param recipient      who is told
 * @param onBehalfOf     the absent approver the recipient stands in for, or {@code null}
 * @param order          the order request, or {@code null} for a notice about a quote
 * @param customerNumber its customer number
 * @param requester      who submitted it
 * @param netTotal       its total excluding VAT
 * @param reason         the reason of a rejection, or {@code null}
 * @param quote          the quote's number for {@link Kind#QUOTE_ANSWERED}, {@code null} otherwise
 * @param id             the notice's own id, the same whenever it is delivered again: receivers drop duplicates by it
 *                       (the mail adapter derives the {@code Message-ID} from it)
 * @param recipientEmail where the recipient gets mail: their login address
 * @param language       the language the recipient wants mail in
 * @param document       for a notice about a document: the ERP order number, invoice number or return number;
 *                       {@code null} otherwise
 * @param link           for {@link Kind#ORDER_SHIPPED}: the tracking link; {@code null} otherwise
 */
public record Notice(Kind kind, UserId recipient, UserId onBehalfOf, OrderRequestId order,
        CustomerNumber customerNumber, UserId requester, Money netTotal, String reason, String quote, UUID id,
        EmailAddress recipientEmail, Language language, String document, String link) {

    /** What a notice is about. */
    public enum Kind {
        /** An order waits for the recipient's approval. */
        APPROVAL_REQUESTED,
        /** Reminder: the order still waits. */
        APPROVAL_REMINDER,
        /** The order waits too long; the recipient is asked as well. */
        APPROVAL_ESCALATED,
        /** The recipient's order was approved and placed. */
        ORDER_APPROVED,
        /** The recipient's order was rejected; see the reason. */
        ORDER_REJECTED,
        /** The recipient's order expired: nobody decided in time. */
        ORDER_EXPIRED,
        /** The recipient's quote was answered with prices; see {@link Notice#quote()}. */
        QUOTE_ANSWERED,
        /** The ERP confirmed an order ({@link Notice#document()}: its number); to the order confirmations address. */
        ORDER_CONFIRMED,
        /** An order was shipped ({@link Notice#link()}: where to follow it); to the shipping confirmations address. */
        ORDER_SHIPPED,
        /** An invoice is available ({@link Notice#document()}: its number); to the invoices address. */
        INVOICE_AVAILABLE,
        /** The recipient's return was registered ({@link Notice#document()}: its number). */
        RETURN_REGISTERED,
        /** The recipient's return was resolved; {@link Notice#reason()} says how. */
        RETURN_RESOLVED;

        /** Whether a notice of this kind is about an order request (else about a quote or a document). */
        public boolean aboutOrderRequest() {
            return ordinal() <= ORDER_EXPIRED.ordinal();
        }
    }

    /** Refuses missing parts: an order for the order request notices, a quote for the quote notice, a document for
     * the others. */
    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipientEmail, "recipientEmail");
        Objects.requireNonNull(language, "language");
        boolean aboutQuote = kind == Kind.QUOTE_ANSWERED;
        boolean aboutDocument = !kind.aboutOrderRequest() && !aboutQuote;
        if (kind.aboutOrderRequest() != (order != null) || aboutQuote != (quote != null)
                || aboutDocument != (document != null) || (kind == Kind.ORDER_SHIPPED) != (link != null)) {
            throw new IllegalArgumentException(kind + " names " + (aboutQuote ? "a quote" : aboutDocument
                    ? "a document" : "an order request") + " only");
        }
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(netTotal, "netTotal");
    }

    /** The absent approver the recipient stands in for, if any. */
    public Optional<UserId> substituteFor() {
        return Optional.ofNullable(onBehalfOf);
    }
}
