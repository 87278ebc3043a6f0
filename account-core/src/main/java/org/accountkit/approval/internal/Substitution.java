package org.accountkit.approval.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Moments;
import org.accountkit.shared.UserId;
import org.accountkit.spi.SubstitutionSnapshot;
import org.jmolecules.ddd.types.AggregateRoot;

/**
 * An approver who is away names a substitute for a period; in that period the substitute decides on the
 * approver's behalf. An approver has at most one substitution at a time; naming another replaces it.
 */
public final class Substitution implements AggregateRoot<Substitution, UserId> {

    private final UserId approver;
    private final CustomerNumber customerNumber;
    private final UserId substitute;
    private final Instant from;
    private final Instant until;

    private Substitution(UserId approver, CustomerNumber customerNumber, UserId substitute, Instant from,
            Instant until) {
        this.approver = Objects.requireNonNull(approver, "approver");
        this.customerNumber = Objects.requireNonNull(customerNumber, "customerNumber");
        this.substitute = Objects.requireNonNull(substitute, "substitute");
        this.from = Objects.requireNonNull(from, "from");
        this.until = Objects.requireNonNull(until, "until");
        if (approver.equals(substitute) || !until.isAfter(from)) {
            throw new IllegalArgumentException("a substitute is someone else, for a period that ends after it starts");
        }
    }

    /**
     * A substitution from {@code from} (inclusive) until {@code until} (exclusive), both cut to the microsecond as
     * every store keeps them.
     */
    public static Substitution of(UserId approver, CustomerNumber customerNumber, UserId substitute, Instant from,
            Instant until) {
        return new Substitution(approver, customerNumber, substitute, Moments.stored(from), Moments.stored(until));
    }

    /** The substitution as stored. */
    public static Substitution restore(SubstitutionSnapshot stored) {
        return new Substitution(stored.approver(), stored.customerNumber(), stored.substitute(), stored.from(),
                stored.until());
    }

    /** The state to store. */
    public SubstitutionSnapshot snapshot() {
        return new SubstitutionSnapshot(customerNumber, approver, substitute, from, until);
    }

    /**
     * Whether naming {@code substitute} for {@code approver} in [{@code from}, {@code until}) would make delegation
     * loop back to the approver through the other substitutions that overlap that period.
     */
    public static boolean wouldLoop(UserId approver, UserId substitute, Instant from, Instant until,
            List<Substitution> others) {
        Map<UserId, UserId> next = new HashMap<>();
        for (Substitution other : others) {
            if (!other.approver.equals(approver) && other.from.isBefore(until) && from.isBefore(other.until)) {
                next.put(other.approver, other.substitute);
            }
        }
        Set<UserId> seen = new HashSet<>();
        UserId current = substitute;
        while (current != null && seen.add(current)) {
            if (current.equals(approver)) {
                return true;
            }
            current = next.get(current);
        }
        return false;
    }

    /** Whether the substitute stands in at {@code moment}. */
    public boolean activeAt(Instant moment) {
        return !moment.isBefore(from) && moment.isBefore(until);
    }

    @Override
    public UserId getId() {
        return approver;
    }

    /** The approver who is away. */
    public UserId approver() {
        return approver;
    }

    /** Their customer number. */
    public CustomerNumber customerNumber() {
        return customerNumber;
    }

    /** Who stands in. */
    public UserId substitute() {
        return substitute;
    }

    /** From when (inclusive). */
    public Instant from() {
        return from;
    }

    /** Until when (exclusive). */
    public Instant until() {
        return until;
    }
}
