package org.accountkit.audit.internal;

import java.util.List;
import java.util.Objects;

import org.accountkit.InvalidCommand;
import org.accountkit.audit.AuditRecord;
import org.accountkit.audit.AuditTrailQuery;
import org.accountkit.audit.ListAuditTrail;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.AccountUsers;
import org.accountkit.spi.AuditTrail;
import org.accountkit.user.internal.AccessPolicy;

/** Shows a customer number's audit trail to its administrators and to customer service. */
public final class AuditTrailView implements ListAuditTrail {

    private final AuditTrail trail;
    private final CommandValidation validation;
    private final AccessPolicy access;

    /** Wires the use case to its ports. */
    public AuditTrailView(AuditTrail trail, AccountUsers users, CommandValidation validation) {
        this.trail = Objects.requireNonNull(trail, "trail");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.access = new AccessPolicy(users);
    }

    @Override
    public Page<AuditRecord> list(Actor actor, AuditTrailQuery query) {
        validation.validate(actor, query);
        if (actor instanceof Actor.CustomerServiceActor && query.customerNumber() == null) {
            throw new InvalidCommand(List.of(CommandValidation.violation("customerNumber",
                    "jakarta.validation.constraints.NotNull.message")));
        }
        return trail.list(access.administeredBy(actor, query.customerNumber()), query.page());
    }
}
