package org.accountkit.approval;

import java.util.Optional;

import org.accountkit.ConcurrentModification;
import org.accountkit.customer.CustomerNumber;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Stores customer numbers' approval rules. */
@SecondaryPort
@Repository
public interface ApprovalPolicies {

    /** The customer number's rules, if ever configured. */
    Optional<ApprovalPolicy> find(CustomerNumber customerNumber);

    /**
     * Stores rules: adds them at version 0, or updates them when the stored version is the loaded one.
     *
     * @throws ConcurrentModification when they changed since they were loaded
     */
    void save(ApprovalPolicy policy);
}
