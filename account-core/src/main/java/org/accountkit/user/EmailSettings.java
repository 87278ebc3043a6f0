package org.accountkit.user;

import java.time.Instant;
import java.util.Objects;

import org.accountkit.shared.EmailAddress;
import org.accountkit.shared.Language;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where a user's documents are mailed, and whether they want promotional e-mails.
 *
 * @param invoices               receives invoices
 * @param orderConfirmations     receives order confirmations
 * @param shippingConfirmations  receives shipping confirmations
 * @param marketing              consent to promotional e-mails
 * @param language               the language of the user's mail; a new user's comes from the customer number's
 *                               country ({@link Language#defaultFor})
 */
@ValueObject
public record EmailSettings(EmailAddress invoices, EmailAddress orderConfirmations,
        EmailAddress shippingConfirmations, MarketingConsent marketing, Language language) {

    /** Refuses missing parts. */
    public EmailSettings {
        Objects.requireNonNull(invoices, "invoices");
        Objects.requireNonNull(orderConfirmations, "orderConfirmations");
        Objects.requireNonNull(shippingConfirmations, "shippingConfirmations");
        Objects.requireNonNull(marketing, "marketing");
        Objects.requireNonNull(language, "language");
    }

    /** A new user's settings: every document to their login address in {@code language}, not asked about promotions. */
    public static EmailSettings sendEverythingTo(EmailAddress login, Language language) {
        return new EmailSettings(login, login, login, new MarketingConsent.NotAsked(), language);
    }

    /**
     * These settings with new addresses, a marketing choice and a language ({@code null}: unchanged). The moment of
     * consent changes only when the choice does: confirming an earlier opt-in keeps its original moment.
     */
    public EmailSettings change(EmailAddress invoices, EmailAddress orderConfirmations,
            EmailAddress shippingConfirmations, boolean wantsPromotions, Language newLanguage, Instant now) {
        MarketingConsent consent = marketing;
        if (wantsPromotions && !(marketing instanceof MarketingConsent.OptedIn)) {
            consent = new MarketingConsent.OptedIn(now);
        } else if (!wantsPromotions && !(marketing instanceof MarketingConsent.OptedOut)) {
            consent = new MarketingConsent.OptedOut(now);
        }
        return new EmailSettings(invoices, orderConfirmations, shippingConfirmations, consent,
                newLanguage == null ? language : newLanguage);
    }
}
