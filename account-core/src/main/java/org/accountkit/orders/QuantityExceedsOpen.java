package org.accountkit.orders;

import org.accountkit.AccountException;

/**
 * A delivery or cancellation names more of a line than is still open: delivered and cancelled together would
 * exceed what was ordered. Nothing of the message was stored.
 */
public final class QuantityExceedsOpen extends AccountException {

    private static final long serialVersionUID = 1L;

    /**
     * @param erpOrderNumber the order
     * @param lineNumber     the line
     * @param open           how many are still open on it
     */
    public QuantityExceedsOpen(String erpOrderNumber, int lineNumber, int open) {
        super("error.quantity-exceeds-open", erpOrderNumber, lineNumber, open);
    }
}
