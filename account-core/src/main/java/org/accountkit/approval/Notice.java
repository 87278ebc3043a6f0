package org.accountkit.approval;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

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
 */
public record Notice(Kind kind, UserId recipient, UserId onBehalfOf, OrderRequestId order,
        CustomerNumber customerNumber, UserId requester, Money netTotal, String reason, String quote, UUID id,
        EmailAddress recipientEmail, Language language) {

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
        QUOTE_ANSWERED
    }

    /** Refuses missing parts: an order for the order notices, a quote for the quote notice. */
    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipientEmail, "recipientEmail");
        Objects.requireNonNull(language, "language");
        if ((kind == Kind.QUOTE_ANSWERED) != (quote != null) || (kind == Kind.QUOTE_ANSWERED) == (order != null)) {
            throw new IllegalArgumentException(kind + " names " + (kind == Kind.QUOTE_ANSWERED ? "a quote" : "an order")
                    + " only");
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
