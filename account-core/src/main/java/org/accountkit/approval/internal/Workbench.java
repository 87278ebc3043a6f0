package org.accountkit.approval.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.accountkit.approval.ApproverDirectory;
import org.accountkit.approval.ApprovalPolicies;
import org.accountkit.approval.Notice;
import org.accountkit.approval.Notifications;
import org.accountkit.approval.OrderRequest;
import org.accountkit.approval.OrderRequests;
import org.accountkit.approval.OrderingContexts;
import org.accountkit.approval.Substitutions;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.audit.AuditTrail;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.ordering.ArticleCatalog;
import org.accountkit.ordering.OrderHandOff;
import org.accountkit.shared.CommandValidation;
import org.accountkit.shared.DomainEvents;
import org.accountkit.shared.Transactions;
import org.accountkit.shared.UserId;
import org.accountkit.user.AccessPolicy;
import org.accountkit.user.AccountUsers;
import org.jmolecules.event.types.DomainEvent;

/**
 * The ports and the few helpers the approval use cases share. Notifications, events and hand-offs are delivered
 * after the change is stored; a failing receiver is logged and does not undo the change.
 */
public final class Workbench {

    private static final System.Logger LOG = System.getLogger("org.accountkit.approval");

    final OrderingContexts contexts;
    final OrderRequests orders;
    final ApprovalPolicies policies;
    final Substitutions substitutions;
    final AccountUsers users;
    final ArticleCatalog catalog;
    final Notifications notifications;
    final OrderHandOff handOff;
    final DomainEvents events;
    final AuditTrail audit;
    final Transactions transactions;
    final CommandValidation validation;
    final AccessPolicy access;
    final Clock clock;
    final Supplier<UUID> ids;

    /** Collects the ports. */
    public Workbench(OrderingContexts contexts, OrderRequests orders, ApprovalPolicies policies,
            Substitutions substitutions, AccountUsers users, ArticleCatalog catalog, Notifications notifications,
            OrderHandOff handOff, DomainEvents events, AuditTrail audit, Transactions transactions,
            CommandValidation validation, Clock clock, Supplier<UUID> ids) {
        this.contexts = Objects.requireNonNull(contexts, "contexts");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.substitutions = Objects.requireNonNull(substitutions, "substitutions");
        this.users = Objects.requireNonNull(users, "users");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.handOff = Objects.requireNonNull(handOff, "handOff");
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.access = new AccessPolicy(users);
    }

    /** Who may decide on the customer number's orders at {@code moment}. */
    ApproverDirectory directory(CustomerNumber customerNumber, Instant moment) {
        return new ApproverDirectory(users.allOf(customerNumber), substitutions.listFor(customerNumber), moment);
    }

    /** The key of the requester's budget period at {@code moment}; "none" without a budget. */
    String periodKeyFor(UserId requester, Instant moment) {
        return contexts.budgetPeriodAt(requester, moment);
    }

    void notify(Notice notice) {
        if (notifications == Notifications.none()) {
            return;
        }
        try {
            notifications.send(notice);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "notice " + notice.kind() + " to " + notice.recipient() + " failed", failure);
        }
    }

    void publish(DomainEvent event) {
        if (events == DomainEvents.none()) {
            return;
        }
        try {
            events.publish(event);
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "publishing " + event + " failed", failure);
        }
    }

    void handOff(OrderRequest placed) {
        if (handOff == OrderHandOff.none()) {
            return;
        }
        try {
            handOff.handOff(placed.toPlacedOrder());
        } catch (RuntimeException failure) {
            LOG.log(Level.WARNING, "handing off order " + placed.id() + " failed; it stays recorded as placed",
                    failure);
        }
    }

    void record(CustomerNumber customerNumber, String actor, AuditAction action, String subject, String details) {
        record(customerNumber, actor, action, subject, details, clock.instant());
    }

    void record(CustomerNumber customerNumber, String actor, AuditAction action, String subject, String details,
            Instant at) {
        audit.append(new AuditRecord(customerNumber, actor, action, subject, details, at));
    }
}
