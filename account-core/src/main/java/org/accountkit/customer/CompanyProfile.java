package org.accountkit.customer;

import org.accountkit.shared.Text;

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
     * @throws IllegalArgumentException when a part is blank, too long (200, 20 and 20 characters) or not
     *                                  {@link Text plain text}
     */
    public CompanyProfile {
        name = Text.requireLine(name, "name", 200);
        chamberOfCommerceNumber = Text.requireLine(chamberOfCommerceNumber, "chamberOfCommerceNumber", 20);
        vatNumber = Text.requireLine(vatNumber, "vatNumber", 20);
    }
}
