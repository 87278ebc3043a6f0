package org.accountkit.address;

import java.util.Objects;

import org.accountkit.shared.PostalAddress;
import org.accountkit.shared.Text;

/**
 * One address in a customer's address book. Immutable: the address book replaces it when it changes.
 *
 * @param id      the address's identifier
 * @param label   the customer's name for it, e.g. "Werkplaats Utrecht"
 * @param address the postal address
 * @param primary whether it is the primary delivery address
 */
public record SavedAddress(AddressId id, String label, PostalAddress address, boolean primary) {

    /**
     * @throws IllegalArgumentException when the label is not plain text of 1 to 60 characters
     */
    public SavedAddress {
        Objects.requireNonNull(id, "id");
        label = Text.requireLine(label, "label", 60);
        Objects.requireNonNull(address, "address");
    }

    /** This address, primary or not. */
    public SavedAddress withPrimary(boolean newPrimary) {
        return newPrimary == primary ? this : new SavedAddress(id, label, address, newPrimary);
    }
}
