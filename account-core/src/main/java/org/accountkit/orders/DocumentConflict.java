package org.accountkit.orders;

import org.accountkit.AccountException;

/**
 * The ERP sent a document under a number AccountKit already received, with other content. The first message
 * stands; nothing of this one was stored. A message sent again unchanged is not a conflict: it changes nothing.
 */
public final class DocumentConflict extends AccountException {

    private static final long serialVersionUID = 1L;

    /**
     * @param kind   the kind of document
     * @param number its number
     */
    public DocumentConflict(ErpDocument.Kind kind, String number) {
        super("error.document-conflict", kind.name(), number);
    }
}
