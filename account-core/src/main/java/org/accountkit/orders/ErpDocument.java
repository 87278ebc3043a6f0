package org.accountkit.orders;

/**
 * What every message of the ERP feed carries: the ERP's own number of the document it reports (order, delivery
 * note, cancellation, shipment, invoice, payment, credit note). AccountKit keeps which documents it received per
 * customer number, so a message received again changes nothing and answers as the first time did; a different
 * message under a number already received is refused with {@link DocumentConflict}.
 */
public final class ErpDocument {

    /** The shape of a document number: 1 to 40 letters, digits, dots, dashes, slashes or underscores. */
    public static final String NUMBER_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$";

    private ErpDocument() {
    }

    /** The kinds of document the feed reports; a number is unique per kind within a customer number. */
    public enum Kind {
        /** An order confirmation: a webshop order linked to the ERP's order number. */
        ORDER_CONFIRMATION,
        /** An order from another channel. */
        CHANNEL_ORDER,
        /** A delivery (delivery note). */
        DELIVERY,
        /** A cancellation of order lines. */
        CANCELLATION,
        /** A shipment with its track and trace code. */
        SHIPMENT,
        /** An invoice. */
        INVOICE,
        /** A payment of an invoice. */
        PAYMENT,
        /** A credit note on an invoice. */
        CREDIT_NOTE
    }
}
