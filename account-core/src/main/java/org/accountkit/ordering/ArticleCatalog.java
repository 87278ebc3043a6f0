package org.accountkit.ordering;

import java.time.Period;
import java.util.Optional;

import org.accountkit.shared.CustomerNumber;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The host's catalog: descriptions, the customer's net prices and VAT rates. */
@SecondaryPort
public interface ArticleCatalog {

    /** The article as priced for {@code customer}, or empty when the catalog does not offer it to them. */
    Optional<Article> find(CustomerNumber customer, String articleNumber);

    /**
     * How long the article's warranty runs, counted from its delivery; empty when it has none (the default).
     * Warranty claims are accepted only within it.
     */
    default Optional<Period> warrantyPeriod(String articleNumber) {
        return Optional.empty();
    }
}
