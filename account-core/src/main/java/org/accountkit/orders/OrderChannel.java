package org.accountkit.orders;

/** Where an order came in. The ERP reports orders of every channel, so the order overview shows them all. */
public enum OrderChannel {
    /** Placed in the webshop, directly or after approval, and confirmed by the ERP. */
    WEBSHOP,
    /** Taken by phone. */
    PHONE,
    /** Bought at the counter. */
    COUNTER,
    /** Received by EDI from the customer's own system. */
    EDI,
    /** Any other way. */
    OTHER
}
