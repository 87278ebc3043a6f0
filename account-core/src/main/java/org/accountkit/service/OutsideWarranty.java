package org.accountkit.service;

import java.time.LocalDate;

import org.accountkit.AccountException;

/**
 * A warranty claim came after the article's warranty ended (or the article has none). The message gives the dates
 * and points to a repair request, which needs no warranty.
 */
public final class OutsideWarranty extends AccountException {

    private static final long serialVersionUID = 1L;

    private final transient LocalDate deliveredOn;
    private final transient LocalDate warrantyUntil;

    /**
     * @param articleNumber the article
     * @param deliveredOn   when it was delivered
     * @param warrantyUntil the last day of its warranty (the delivery day when it has none)
     */
    public OutsideWarranty(String articleNumber, LocalDate deliveredOn, LocalDate warrantyUntil) {
        super("error.outside-warranty", articleNumber, deliveredOn.toString(), warrantyUntil.toString());
        this.deliveredOn = deliveredOn;
        this.warrantyUntil = warrantyUntil;
    }

    /** When the article was delivered. */
    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    /** The last day of its warranty. */
    public LocalDate warrantyUntil() {
        return warrantyUntil;
    }
}
