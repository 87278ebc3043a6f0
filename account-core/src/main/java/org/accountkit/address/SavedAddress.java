package org.accountkit.address;

import java.util.Objects;

import org.accountkit.shared.PostalAddress;
import org.jmolecules.ddd.types.Entity;

/**
 * One address in a customer's {@link AddressBook}. Immutable: the address book replaces it when it changes.
 *
 * @param id      the address's identifier
 * @param label   the customer's name for it, e.g. "Werkplaats Utrecht"
 * @param address the postal address
 * @param primary whether it is the primary delivery address
 */
public record SavedAddress(AddressId id, String label, PostalAddress address, boolean primary)
        implements Entity<AddressBook, AddressId> {

    /**
     * @throws IllegalArgumentException when the label is blank or longer than 60 characters
     */
    public SavedAddress {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(address, "address");
        label = label.strip();
        if (label.isEmpty() || label.length() > 60) {
            throw new IllegalArgumentException("a label has 1 to 60 characters");
        }
    }

    @Override
    public AddressId getId() {
        return id;
    }

    SavedAddress withPrimary(boolean newPrimary) {
        return new SavedAddress(id, label, address, newPrimary);
    }
}
