package org.accountkit.shared;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A postal address in one of the {@link Country countries} AccountKit knows, its postcode in canonical spelling.
 *
 * @param name        addressee, e.g. the company or a site name
 * @param street      street name
 * @param houseNumber house number with any addition, e.g. {@code 12a}
 * @param postcode    postcode, valid for {@code country}
 * @param city        city
 * @param country     country
 */
@ValueObject
public record PostalAddress(String name, String street, String houseNumber, String postcode, String city,
        Country country) {

    /**
     * @throws IllegalArgumentException when a part is blank, too long or not {@link Text plain text}, or the
     *                                  postcode does not fit the country
     */
    public PostalAddress {
        name = required(name, "name", 100);
        street = required(street, "street", 100);
        houseNumber = required(houseNumber, "houseNumber", 10);
        city = required(city, "city", 80);
        Objects.requireNonNull(country, "country");
        postcode = country.canonicalPostcode(Objects.requireNonNull(postcode, "postcode"));
    }

    /** The address typed into a form, once it has been validated. */
    public static PostalAddress from(AddressFields fields) {
        return new PostalAddress(fields.name(), fields.street(), fields.houseNumber(), fields.postcode(),
                fields.city(), fields.country());
    }

    /** The address on one line, e.g. {@code INDI, Dorpsstraat 1, 1234 AB Amsterdam, NL}. */
    public String singleLine() {
        return name + ", " + street + " " + houseNumber + ", " + postcode + " " + city + ", " + country;
    }

    private static String required(String value, String part, int maxLength) {
        return Text.requireLine(value, part, maxLength);
    }
}
