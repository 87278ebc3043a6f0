package org.accountkit.service;

import java.util.Set;

/**
 * Where a service case stands: registered, then received by customer service, then resolved (with a
 * {@link Resolution}) or refused; the customer may withdraw it while it is registered.
 */
public enum ServiceCaseStatus {
    /** Registered by the customer. */
    REGISTERED,
    /** Customer service received it (the article, or the report). */
    RECEIVED,
    /** Decided with an outcome. */
    RESOLVED,
    /** Refused, with a reason. */
    REFUSED,
    /** Withdrawn by the customer before customer service received it. */
    WITHDRAWN;

    /** The statuses this one may move to. */
    public Set<ServiceCaseStatus> next() {
        return switch (this) {
            case REGISTERED -> Set.of(RECEIVED, WITHDRAWN);
            case RECEIVED -> Set.of(RESOLVED, REFUSED);
            case RESOLVED, REFUSED, WITHDRAWN -> Set.of();
        };
    }
}
