package org.accountkit.service;

import org.accountkit.AccountException;

/** Return stickers and crate pick-up exist only while night delivery is active, and it is not. */
public final class NightDeliveryNotActive extends AccountException {

    private static final long serialVersionUID = 1L;

    /** Night delivery is not active. */
    public NightDeliveryNotActive() {
        super("error.night-delivery-not-active");
    }
}
