package org.accountkit.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.accountkit.ConcurrentModification;
import org.accountkit.service.ServiceCase;
import org.accountkit.service.ServiceCaseKind;
import org.accountkit.service.ServiceCaseStatus;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Service cases per customer number. Case numbers are unique within a customer number and never reused. */
@SecondaryPort
@Repository
public interface ServiceCases {

    /** The case, if it belongs to {@code customerNumber}. */
    Optional<ServiceCaseSnapshot> find(CustomerNumber customerNumber, String caseNumber);

    /**
     * How many cases of the customer number have numbers starting with {@code prefix} (e.g. {@code RP-2026-}): the
     * next case number is the one after.
     */
    long numbered(CustomerNumber customerNumber, String prefix);

    /**
     * Stores a new case.
     *
     * @throws ConcurrentModification when its number is taken (another case was registered at the same moment)
     */
    void add(ServiceCaseSnapshot serviceCase);

    /**
     * Stores a change, provided the stored case is still at the snapshot's version.
     *
     * @throws ConcurrentModification when it is not
     */
    void update(ServiceCaseSnapshot serviceCase);

    /** Every return of one order, whatever its status, in no particular order. */
    List<ServiceCase> returnsOf(CustomerNumber customerNumber, String erpOrderNumber);

    /**
     * One page of cases, newest first (registered at, then case number, descending): of one requester, or of every
     * requester when {@code requester} is {@code null}; of the given kinds and statuses (empty: all).
     */
    Page<ServiceCase> list(CustomerNumber customerNumber, UserId requester, Set<ServiceCaseKind> kinds,
            Set<ServiceCaseStatus> statuses, PageRequest page);
}
