package org.accountkit.user;

import java.time.Instant;
import java.util.Objects;

import org.accountkit.shared.EmailAddress;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where a user's documents are mailed, and whether they want promotional e-mails.
 *
 * @param invoices               receives invoices
 * @param orderConfirmations     receives order confirmations
 * @param shippingConfirmations  receives shipping confirmations
 * @param marketing              consent to promotional e-mails
 */
@ValueObject
public record EmailSettings(EmailAddress invoices, EmailAddress orderConfirmations,
        EmailAddress shippingConfirmations, MarketingConsent marketing) {

    /** Refuses missing parts. */
    public EmailSettings {
        Objects.requireNonNull(invoices, "invoices");
        Objects.requireNonNull(orderConfirmations, "orderConfirmations");
        Objects.requireNonNull(shippingConfirmations, "shippingConfirmations");
        Objects.requireNonNull(marketing, "marketing");
    }

    /** A new user's settings: every document to their login address, not asked about promotions. */
    public static EmailSettings sendEverythingTo(EmailAddress login) {
        return new EmailSettings(login, login, login, new MarketingConsent.NotAsked());
    }

    /**
     * These settings with new addresses and a marketing choice. The moment of consent changes only when the choice
     * does: confirming an earlier opt-in keeps its original moment.
     */
    public EmailSettings change(EmailAddress invoices, EmailAddress orderConfirmations,
            EmailAddress shippingConfirmations, boolean wantsPromotions, Instant now) {
        MarketingConsent consent = marketing;
        if (wantsPromotions && !(marketing instanceof MarketingConsent.OptedIn)) {
            consent = new MarketingConsent.OptedIn(now);
        } else if (!wantsPromotions && !(marketing instanceof MarketingConsent.OptedOut)) {
            consent = new MarketingConsent.OptedOut(now);
        }
        return new EmailSettings(invoices, orderConfirmations, shippingConfirmations, consent);
    }
}
