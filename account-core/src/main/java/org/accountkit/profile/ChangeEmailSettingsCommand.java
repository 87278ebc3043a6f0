package org.accountkit.profile;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Chooses where documents are mailed and whether promotional e-mails are welcome.
 *
 * @param invoices              the address that receives invoices
 * @param orderConfirmations    the address that receives order confirmations
 * @param shippingConfirmations the address that receives shipping confirmations
 * @param promotions            {@code true} to opt in to promotional e-mails, {@code false} to opt out
 */
public record ChangeEmailSettingsCommand(
        @NotBlank @Email @Size(max = 254) String invoices,
        @NotBlank @Email @Size(max = 254) String orderConfirmations,
        @NotBlank @Email @Size(max = 254) String shippingConfirmations,
        boolean promotions) {
}
