package org.accountkit.service;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.accountkit.shared.CustomerNumber;

/**
 * Customer service handled a sticker or crate request.
 *
 * @param customerNumber the customer number that asked
 * @param request        the request
 */
public record FulfilServiceRequestCommand(@NotBlank @Pattern(regexp = CustomerNumber.PATTERN) String customerNumber,
        @NotNull UUID request) {
}
