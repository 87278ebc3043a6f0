package org.accountkit.spi;

import java.util.List;
import java.util.Optional;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.UserId;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/** Stores substitutions, at most one per approver. */
@SecondaryPort
@Repository
public interface Substitutions {

    /** The approver's substitution, if any. */
    Optional<SubstitutionSnapshot> find(CustomerNumber customerNumber, UserId approver);

    /** A customer number's substitutions. */
    List<SubstitutionSnapshot> listFor(CustomerNumber customerNumber);

    /** Stores a substitution, replacing the approver's previous one. */
    void save(SubstitutionSnapshot substitution);

    /** Removes the approver's substitution, if any. */
    void remove(CustomerNumber customerNumber, UserId approver);
}
