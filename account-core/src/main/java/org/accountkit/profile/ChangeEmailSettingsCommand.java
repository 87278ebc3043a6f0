package org.accountkit.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.Language;
import org.accountkit.shared.ValidEmailAddress;

/**
 * Chooses where documents are mailed and whether promotional e-mails are welcome.
 *
 * @param invoices              the address that receives invoices
 * @param orderConfirmations    the address that receives order confirmations
 * @param shippingConfirmations the address that receives shipping confirmations
 * @param promotions            {@code true} to opt in to promotional e-mails, {@code false} to opt out
 * @param language              the language of one's mail; {@code null} keeps the current one
 */
public record ChangeEmailSettingsCommand(
        @NotBlank @ValidEmailAddress String invoices,
        @NotBlank @ValidEmailAddress String orderConfirmations,
        @NotBlank @ValidEmailAddress String shippingConfirmations,
        boolean promotions, Language language) {

    /** New addresses and marketing choice; the language stays. */
    public ChangeEmailSettingsCommand(String invoices, String orderConfirmations, String shippingConfirmations,
            boolean promotions) {
        this(invoices, orderConfirmations, shippingConfirmations, promotions, null);
    }
}
