package org.accountkit.service;

import org.accountkit.AccountException;

/** A return names more of an order line than was delivered and not yet returned. Nothing was registered. */
public final class ReturnExceedsDelivered extends AccountException {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;
    private final int returnable;

    /**
     * @param erpOrderNumber the order
     * @param lineNumber     the line
     * @param returnable     how many of it may still be returned: delivered less returned
     */
    public ReturnExceedsDelivered(String erpOrderNumber, int lineNumber, int returnable) {
        super("error.return-exceeds-delivered", erpOrderNumber, String.valueOf(lineNumber),
                String.valueOf(returnable));
        this.lineNumber = lineNumber;
        this.returnable = returnable;
    }

    /** The line. */
    public int lineNumber() {
        return lineNumber;
    }

    /** How many of it may still be returned. */
    public int returnable() {
        return returnable;
    }
}
