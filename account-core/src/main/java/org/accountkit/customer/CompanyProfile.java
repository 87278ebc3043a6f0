package org.accountkit.customer;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The company behind a customer number, as the wholesaler registered it. Users see it read-only.
 *
 * @param name                   the company's name
 * @param chamberOfCommerceNumber the chamber of commerce ("KvK") registration number
 * @param vatNumber              the VAT ("BTW") identification number
 */
@ValueObject
public record CompanyProfile(String name, String chamberOfCommerceNumber, String vatNumber) {

    /**
     * @throws IllegalArgumentException when a part is blank
     */
    public CompanyProfile {
        name = present(name, "name");
        chamberOfCommerceNumber = present(chamberOfCommerceNumber, "chamberOfCommerceNumber");
        vatNumber = present(vatNumber, "vatNumber");
    }

    private static String present(String value, String part) {
        Objects.requireNonNull(value, part);
        if (value.isBlank()) {
            throw new IllegalArgumentException(part + " must not be blank");
        }
        return value.strip();
    }
}
