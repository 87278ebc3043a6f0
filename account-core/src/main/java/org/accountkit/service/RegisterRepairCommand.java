package org.accountkit.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.PlainText;

/**
 * Sends an article in for repair; no order needed.
 *
 * @param articleNumber the article
 * @param serialNumber  its serial number, empty when it has none, at most 60 characters
 * @param problem       what is wrong, at most 2,000 characters, several lines allowed
 */
public record RegisterRepairCommand(@NotBlank @Size(max = 40) @PlainText String articleNumber,
        @NotNull @Size(max = 60) @PlainText String serialNumber,
        @NotBlank @Size(max = 2000) @PlainText(multiline = true) String problem) {
}
