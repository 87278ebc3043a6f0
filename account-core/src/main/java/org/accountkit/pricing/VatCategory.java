package org.accountkit.pricing;

/** Which of a country's VAT rates an article falls under. */
public enum VatCategory {
    /** The standard rate (NL 21, BE 21, DE 19). */
    STANDARD,
    /** Belgium's intermediate rate (12). */
    INTERMEDIATE,
    /** The reduced rate (NL 9, BE 6, DE 7). */
    REDUCED,
    /** Zero-rated. */
    ZERO
}
