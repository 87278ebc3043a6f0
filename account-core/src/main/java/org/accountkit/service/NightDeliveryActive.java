package org.accountkit.service;

import org.accountkit.AccountException;

/** Night delivery is active already: change it rather than start it again. */
public final class NightDeliveryActive extends AccountException {

    private static final long serialVersionUID = 1L;

    /** Night delivery is active. */
    public NightDeliveryActive() {
        super("error.night-delivery-active");
    }
}
