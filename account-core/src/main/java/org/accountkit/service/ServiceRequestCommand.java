package org.accountkit.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Asks for return stickers or registers crates for pick-up.
 *
 * @param kind     stickers or crates
 * @param quantity how many, 1 to 100
 */
public record ServiceRequestCommand(@NotNull ServiceRequestKind kind, @Positive @Max(100) int quantity) {
}
