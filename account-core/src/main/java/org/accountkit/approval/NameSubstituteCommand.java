package org.accountkit.approval;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.accountkit.shared.StorableMoment;
import org.accountkit.shared.UserId;

/**
 * Names a substitute for a period of absence.
 *
 * @param substitute who decides on the approver's behalf
 * @param from       from when (inclusive), between 1970 and 9999 ({@link org.accountkit.shared.Moments})
 * @param until      until when (exclusive), after {@code from}
 */
public record NameSubstituteCommand(@NotNull UserId substitute, @NotNull @StorableMoment Instant from,
        @NotNull @StorableMoment Instant until) {
}
