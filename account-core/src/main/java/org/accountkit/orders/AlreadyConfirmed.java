package org.accountkit.orders;

import org.accountkit.AccountException;
import org.accountkit.approval.OrderRequestId;

/** A webshop order was confirmed before under another ERP order number; the first confirmation stands. */
public final class AlreadyConfirmed extends AccountException {

    private static final long serialVersionUID = 1L;

    /**
     * @param orderRequest   the webshop order
     * @param erpOrderNumber the ERP order number it was confirmed under
     */
    public AlreadyConfirmed(OrderRequestId orderRequest, String erpOrderNumber) {
        super("error.already-confirmed", orderRequest.value().toString(), erpOrderNumber);
    }
}
