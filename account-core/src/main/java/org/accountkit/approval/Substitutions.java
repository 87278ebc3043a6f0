package org.accountkit.approval;

import java.util.List;
import java.util.Optional;

import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Stores substitutions, at most one per approver. */
@SecondaryPort
@Repository
public interface Substitutions {

    /** The approver's substitution, if any. */
    Optional<Substitution> find(UserId approver);

    /** A customer number's substitutions. */
    List<Substitution> listFor(CustomerNumber customerNumber);

    /** Stores a substitution, replacing the approver's previous one. */
    void save(Substitution substitution);

    /** Removes the approver's substitution, if any. */
    void remove(UserId approver);
}
