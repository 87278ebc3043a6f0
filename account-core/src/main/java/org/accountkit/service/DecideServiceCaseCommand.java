package org.accountkit.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.PlainText;

/**
 * Customer service moves a case on: {@link ServiceCaseStatus#RECEIVED}, {@link ServiceCaseStatus#RESOLVED} (with a
 * resolution) or {@link ServiceCaseStatus#REFUSED} (with a reason in the note).
 *
 * @param customerNumber the case's customer number
 * @param caseNumber     the case
 * @param to             the status it moves to
 * @param resolution     how it was resolved: required for {@code RESOLVED}, absent ({@code null}) otherwise
 * @param note           a note, or the reason of a refusal (then required), at most 500 characters
 */
public record DecideServiceCaseCommand(@NotBlank @Pattern(regexp = CustomerNumber.PATTERN) String customerNumber,
        @NotBlank @Pattern(regexp = ServiceCaseQuery.CASE_NUMBER) String caseNumber, @NotNull ServiceCaseStatus to,
        Resolution resolution, @NotNull @Size(max = 500) @PlainText(multiline = true) String note) {
}
