package org.accountkit.service;

/** What a service case is about; every kind shares one model and one state machine. */
public enum ServiceCaseKind {
    /** Sending delivered articles back ("retour"). Case numbers start with {@code RT}. */
    RETURN("RT"),
    /** Sending an article in for repair ("reparatie"). Case numbers start with {@code RP}. */
    REPAIR("RP"),
    /** A defective article within its warranty period ("garantie"). Case numbers start with {@code WC}. */
    WARRANTY_CLAIM("WC"),
    /** Something went wrong with a delivery ("bezorgprobleem"). Case numbers start with {@code DP}. */
    DELIVERY_PROBLEM("DP");

    private final String prefix;

    ServiceCaseKind(String prefix) {
        this.prefix = prefix;
    }

    /** The start of this kind's case numbers, e.g. {@code RP} in {@code RP-2026-000123}. */
    public String prefix() {
        return prefix;
    }
}
