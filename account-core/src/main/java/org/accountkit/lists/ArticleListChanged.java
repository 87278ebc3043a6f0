package org.accountkit.lists;

import java.time.Instant;

import org.accountkit.shared.CustomerNumber;
import org.jmolecules.event.types.DomainEvent;

/**
 * A list was created, renamed, shared or unshared, or its lines changed; {@code deleted} when it was deleted.
 *
 * @param customerNumber the customer number
 * @param list           the list after the change (before it, when deleted)
 * @param deleted        whether the list is gone
 * @param occurredAt     when
 */
public record ArticleListChanged(CustomerNumber customerNumber, ArticleList list, boolean deleted,
        Instant occurredAt) implements DomainEvent {
}
