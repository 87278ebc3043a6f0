package org.accountkit.spi;

import org.accountkit.audit.AuditRecord;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Keeps every audit record, per customer number, append-only. */
@SecondaryPort
public interface AuditTrail {

    /** Adds a record; inside a transaction it is stored together with the change it describes, or not at all. */
    void append(AuditRecord record);

    /**
     * One page of the customer number's records, newest first, after the position of {@code page.after()}: keyset
     * paging, whose continuation the store writes and reads with {@link PageToken} ({@link Page#of} cuts the page).
     * A page deep in the history costs what the first one does.
     */
    Page<AuditRecord> list(CustomerNumber customerNumber, PageRequest page);
}
