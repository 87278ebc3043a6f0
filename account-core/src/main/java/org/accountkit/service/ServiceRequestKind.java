package org.accountkit.service;

/** What a night-delivery customer asks the driver for. Both exist only while night delivery is active. */
public enum ServiceRequestKind {
    /** Return stickers ("retourstickers") for parcels the driver takes back. */
    RETURN_STICKERS,
    /** Reusable crates ("kratten", "emballage") the driver picks up. */
    CRATE_PICKUP
}
