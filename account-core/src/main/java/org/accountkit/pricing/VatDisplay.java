package org.accountkit.pricing;

/** Whether prices are shown with or without VAT ("BTW"). */
public enum VatDisplay {
    /** Prices include VAT. */
    INCLUDING_VAT,
    /** Prices exclude VAT: the usual way between businesses, and the default. */
    EXCLUDING_VAT
}
