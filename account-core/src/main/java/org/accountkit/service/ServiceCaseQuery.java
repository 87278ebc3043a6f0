package org.accountkit.service;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.PageRequest;

/**
 * Asks for a page of service cases, newest first.
 *
 * @param kinds    only these kinds; empty for all
 * @param statuses only these statuses; empty for all
 * @param page     which page
 */
public record ServiceCaseQuery(@NotNull Set<@NotNull ServiceCaseKind> kinds,
        @NotNull Set<@NotNull ServiceCaseStatus> statuses, @NotNull @Valid PageRequest page) {

    /** The shape of a case number, e.g. {@code RP-2026-000123}. */
    public static final String CASE_NUMBER = "^(RT|RP|WC|DP)-[0-9]{4}-[0-9]{6,}$";

    /** Copies the sets. */
    public ServiceCaseQuery {
        kinds = kinds == null ? null : Set.copyOf(kinds);
        statuses = statuses == null ? null : Set.copyOf(statuses);
    }

    /** The first page of every case. */
    public static ServiceCaseQuery firstPage(int size) {
        return new ServiceCaseQuery(Set.of(), Set.of(), PageRequest.first(size));
    }
}
