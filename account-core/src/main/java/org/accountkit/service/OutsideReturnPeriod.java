package org.accountkit.service;

import java.time.LocalDate;

import org.accountkit.AccountException;

/** A return came after a line's return period. The message gives the dates. Nothing was registered. */
public final class OutsideReturnPeriod extends AccountException {

    private static final long serialVersionUID = 1L;

    private final int lineNumber;
    private final transient LocalDate deliveredOn;
    private final transient LocalDate returnUntil;

    /**
     * @param erpOrderNumber the order
     * @param lineNumber     the line
     * @param deliveredOn    its latest delivery
     * @param returnUntil    the last day it could be returned
     */
    public OutsideReturnPeriod(String erpOrderNumber, int lineNumber, LocalDate deliveredOn, LocalDate returnUntil) {
        super("error.outside-return-period", erpOrderNumber, String.valueOf(lineNumber), deliveredOn.toString(),
                returnUntil.toString());
        this.lineNumber = lineNumber;
        this.deliveredOn = deliveredOn;
        this.returnUntil = returnUntil;
    }

    /** The line. */
    public int lineNumber() {
        return lineNumber;
    }

    /** Its latest delivery. */
    public LocalDate deliveredOn() {
        return deliveredOn;
    }

    /** The last day it could be returned. */
    public LocalDate returnUntil() {
        return returnUntil;
    }
}
