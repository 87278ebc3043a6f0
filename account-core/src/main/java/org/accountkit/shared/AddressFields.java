package org.accountkit.shared;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An address as typed into a form, part of a command. Validated as a whole before it becomes a
 * {@link PostalAddress}: every part is required and the postcode must fit the country.
 *
 * @param name        addressee, at most 100 characters of {@link Text plain text}
 * @param street      street, at most 100 characters
 * @param houseNumber house number with any addition, at most 10 characters
 * @param postcode    postcode in the country's format (NL {@code 1234 AB}, BE {@code 2000}, DE {@code 10115})
 * @param city        city, at most 80 characters
 * @param country     country
 */
@ValidPostcode
public record AddressFields(
        @NotBlank @Size(max = 100) @PlainText String name,
        @NotBlank @Size(max = 100) @PlainText String street,
        @NotBlank @Size(max = 10) @PlainText String houseNumber,
        @NotBlank @Size(max = 10) String postcode,
        @NotBlank @Size(max = 80) @PlainText String city,
        @NotNull Country country) {

    /** The fields of an existing address, e.g. to change one part of it. */
    public static AddressFields of(PostalAddress address) {
        return new AddressFields(address.name(), address.street(), address.houseNumber(), address.postcode(),
                address.city(), address.country());
    }
}
