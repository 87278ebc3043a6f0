package org.accountkit.user;

import java.time.Instant;
import java.util.Objects;

/**
 * Whether a user wants promotional e-mails ("actiemails"), and since when. The moment of the decision is kept as
 * proof of consent.
 */
public sealed interface MarketingConsent permits MarketingConsent.NotAsked, MarketingConsent.OptedIn,
        MarketingConsent.OptedOut {

    /** Whether promotional e-mails may be sent. */
    boolean allowsPromotions();

    /** The user has not decided; no promotional e-mails. */
    record NotAsked() implements MarketingConsent {
        @Override
        public boolean allowsPromotions() {
            return false;
        }
    }

    /**
     * The user opted in.
     *
     * @param at when
     */
    record OptedIn(Instant at) implements MarketingConsent {
        /** Refuses a missing moment. */
        public OptedIn {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public boolean allowsPromotions() {
            return true;
        }
    }

    /**
     * The user opted out.
     *
     * @param at when
     */
    record OptedOut(Instant at) implements MarketingConsent {
        /** Refuses a missing moment. */
        public OptedOut {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public boolean allowsPromotions() {
            return false;
        }
    }
}
