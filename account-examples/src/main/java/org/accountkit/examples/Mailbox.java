package org.accountkit.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.accountkit.outbox.Notice;
import org.accountkit.outbox.Notifications;
import org.accountkit.shared.UserId;

/**
 * An example {@link Notifications} adapter: instead of sending e-mail it keeps one subject line per notice, in
 * Dutch, in each recipient's mailbox. A real host renders the notice into a mail in the recipient's language.
 */
public final class Mailbox implements Notifications {

    private final Map<UserId, List<String>> mail = new ConcurrentHashMap<>();

    @Override
    public void send(Notice notice) {
        String subject = switch (notice.kind()) {
            case APPROVAL_REQUESTED -> "Bestelling van " + notice.netTotal() + " wacht op uw goedkeuring";
            case APPROVAL_REMINDER -> "Herinnering: bestelling van " + notice.netTotal() + " wacht nog";
            case APPROVAL_ESCALATED -> "Bestelling van " + notice.netTotal() + " wacht te lang op goedkeuring";
            case ORDER_APPROVED -> "Uw bestelling van " + notice.netTotal() + " is goedgekeurd";
            case ORDER_REJECTED -> "Uw bestelling van " + notice.netTotal() + " is afgewezen: " + notice.reason();
            case ORDER_EXPIRED -> "Uw bestelling van " + notice.netTotal() + " is verlopen";
            case QUOTE_ANSWERED -> "Uw offerte " + notice.quote() + " is beantwoord: " + notice.netTotal();
            case ORDER_CONFIRMED -> "Orderbevestiging " + notice.document();
            case ORDER_SHIPPED -> "Bestelling " + notice.document() + " is verzonden: " + notice.link();
            case INVOICE_AVAILABLE -> "Factuur " + notice.document() + " staat klaar";
            case RETURN_REGISTERED -> "Retour " + notice.document() + " is aangemeld";
            case RETURN_RESOLVED -> "Retour " + notice.document() + " is afgehandeld: " + notice.reason();
        };
        String onBehalf = notice.substituteFor().map(absent -> " (namens " + absent + ")").orElse("");
        mail.computeIfAbsent(notice.recipient(), recipient -> new ArrayList<>()).add(subject + onBehalf);
    }

    /** The subjects of the mails {@code recipient} got, oldest first. */
    public List<String> of(UserId recipient) {
        return List.copyOf(mail.getOrDefault(recipient, List.of()));
    }
}
