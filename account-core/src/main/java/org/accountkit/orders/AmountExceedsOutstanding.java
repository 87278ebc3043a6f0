package org.accountkit.orders;

import org.accountkit.AccountException;
import org.accountkit.shared.Money;

/** A payment or credit note is more than is still outstanding on its invoice. Nothing of it was stored. */
public final class AmountExceedsOutstanding extends AccountException {

    private static final long serialVersionUID = 1L;

    /**
     * @param invoiceNumber the invoice
     * @param outstanding   what is still outstanding on it
     */
    public AmountExceedsOutstanding(String invoiceNumber, Money outstanding) {
        super("error.amount-exceeds-outstanding", invoiceNumber, outstanding.toString());
    }
}
