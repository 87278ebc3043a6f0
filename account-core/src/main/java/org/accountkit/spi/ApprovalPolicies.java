package org.accountkit.spi;

import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.shared.CustomerNumber;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Stores customer numbers' approval rules. */
@SecondaryPort
@Repository
public interface ApprovalPolicies {

    /** The customer number's rules, if ever configured. */
    Optional<ApprovalPolicySnapshot> find(CustomerNumber customerNumber);

    /**
     * Stores rules at their version plus one, provided the stored version is still theirs: rules never configured
     * have version 0 and are stored at version 1. In the same step the versions of the customer number's budget
     * settings move on too, so that every submission guarded by the old rules fails ({@link SubmissionGuard}).
     *
     * @throws ConcurrentModification when they changed since they were loaded
     */
    void save(ApprovalPolicySnapshot policy);
}
