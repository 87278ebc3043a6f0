package org.accountkit.spi;

import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.orders.ErpDocument;
import org.accountkit.shared.CustomerNumber;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * The ERP documents received, per customer number, kind and number, with a fingerprint of their content: what
 * makes the feed safe to replay. A store records a document in the same transaction as its effect.
 */
@SecondaryPort
@Repository
public interface ErpDocuments {

    /** The fingerprint of the document received under this number, if one was. */
    Optional<String> fingerprint(CustomerNumber customerNumber, ErpDocument.Kind kind, String number);

    /**
     * Records a document as received.
     *
     * @param fingerprint a digest of its content, at most 64 characters
     * @throws ConcurrentModification when a document of this kind and number was recorded already
     */
    void record(CustomerNumber customerNumber, ErpDocument.Kind kind, String number, String fingerprint);
}
