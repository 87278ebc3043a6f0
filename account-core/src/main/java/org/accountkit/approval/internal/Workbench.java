package org.accountkit.approval.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.accountkit.approval.ApprovalRecipients;
import org.accountkit.approval.Approver;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.internal.UserBudget;
import org.accountkit.ordering.ArticleCatalog;
import org.accountkit.outbox.Notice;
import org.accountkit.outbox.Notifications;
import org.accountkit.outbox.internal.EffectQueue;
import org.accountkit.outbox.internal.NoticeQueue;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.AccountUserSnapshot;
import org.accountkit.spi.AccountUsers;
import org.accountkit.spi.ApprovalPolicies;
import org.accountkit.spi.AuditTrail;
import org.accountkit.spi.IdempotencyKeys;
import org.accountkit.spi.OrderRequests;
import org.accountkit.spi.OrderingContexts;
import org.accountkit.spi.SubstitutionSnapshot;
import org.accountkit.spi.Substitutions;
import org.accountkit.spi.Transactions;
import org.accountkit.user.internal.AccessPolicy;
import org.accountkit.user.internal.AccountUser;

/**
 * The ports and the few helpers the approval use cases share. Notices, events and hand-offs are written to the outbox
 * with the change that caused them and delivered after it is stored; a failing receiver does not undo the change,
 * its entry is tried again.
 */
public final class Workbench {

    final OrderingContexts contexts;
    final OrderRequests orders;
    final ApprovalPolicies policies;
    final Substitutions substitutions;
    final AccountUsers users;
    final ArticleCatalog catalog;
    final Notifications notifications;
    final EffectQueue events;
    final AuditTrail audit;
    final Transactions transactions;
    final NoticeQueue notices;
    final IdempotencyKeys keys;
    final CommandValidation validation;
    final AccessPolicy access;
    final Clock clock;
    final Supplier<UUID> ids;

    /**
     * Collects the ports.
     *
     * @param catalog the host's catalog, or {@code null} when the kit has none (submitting is then unavailable)
     */
    public Workbench(AccountStorage storage, ArticleCatalog catalog, Notifications notifications,
            EffectQueue events, CommandValidation validation, Clock clock, Supplier<UUID> ids, NoticeQueue notices) {
        this.contexts = Objects.requireNonNull(storage.orderingContexts(), "orderingContexts");
        this.orders = Objects.requireNonNull(storage.orderRequests(), "orderRequests");
        this.policies = Objects.requireNonNull(storage.approvalPolicies(), "approvalPolicies");
        this.substitutions = Objects.requireNonNull(storage.substitutions(), "substitutions");
        this.users = Objects.requireNonNull(storage.users(), "users");
        this.audit = Objects.requireNonNull(storage.auditTrail(), "auditTrail");
        this.transactions = Objects.requireNonNull(storage.transactions(), "transactions");
        this.keys = Objects.requireNonNull(storage.idempotencyKeys(), "idempotencyKeys");
        this.catalog = catalog;
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.events = Objects.requireNonNull(events, "events");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.access = new AccessPolicy(users);
    }

    /** Who may decide on the customer number's orders at {@code moment}, told first by {@code recipients}. */
    ApproverDirectory directory(CustomerNumber customerNumber, Instant moment, ApprovalRecipients recipients) {
        List<AccountUserSnapshot> stored = users.allOf(customerNumber);
        List<AccountUser> members = new ArrayList<>(stored.size());
        for (AccountUserSnapshot user : stored) {
            members.add(AccountUser.restore(user));
        }
        List<SubstitutionSnapshot> storedSubstitutions = substitutions.listFor(customerNumber);
        List<Substitution> away = new ArrayList<>(storedSubstitutions.size());
        for (SubstitutionSnapshot substitution : storedSubstitutions) {
            away.add(Substitution.restore(substitution));
        }
        return new ApproverDirectory(members, away, moment, recipients);
    }

    /** As {@link #directory(CustomerNumber, Instant, ApprovalRecipients)}, with the customer number's own rule. */
    ApproverDirectory directory(CustomerNumber customerNumber, Instant moment) {
        ApprovalPolicy policy = ApprovalPolicy.restore(policies.find(customerNumber).orElse(null), customerNumber);
        return directory(customerNumber, moment, policy.recipients());
    }

    /** The requester's budget period at {@code moment}, to book an approved order in; {@code null} without one. */
    CalendarPeriod budgetPeriodOf(CustomerNumber customerNumber, UserId requester, Instant moment) {
        return contexts.load(customerNumber, requester)
                .filter(context -> context.budget() != null)
                .flatMap(context -> UserBudget.restore(context.budget()).periodAt(moment, context.timeZone()))
                .orElse(null);
    }

    /**
     * Queues the notice in the outbox, with its recipient's address and language read now; call inside the
     * transaction of the change that caused it. Nothing is read or written when nobody receives notices.
     */
    void queue(Draft draft) {
        if (notices.active()) {
            notices.queue(complete(draft));
        }
    }

    /** After a commit: the customer number's queued notices, events and hand-offs are delivered soon. */
    void deliverSoon(CustomerNumber customerNumber) {
        notices.deliverSoon(customerNumber);
        events.deliverSoon(customerNumber);
    }

    /** The notice with its id and what a sender needs of the recipient: their address and language. */
    private Notice complete(Draft draft) {
        AccountUserSnapshot recipient = users.find(draft.customerNumber(), draft.recipient())
                .orElseThrow(() -> new IllegalStateException("recipient " + draft.recipient() + " is gone"));
        return new Notice(draft.kind(), draft.recipient(), draft.onBehalfOf(), draft.order(), draft.customerNumber(),
                draft.requester(), draft.netTotal(), draft.reason(), null, ids.get(), recipient.email(),
                recipient.emailSettings().language(), null, null);
    }

    /** A notice before its recipient's address and language are looked up. */
    record Draft(Notice.Kind kind, UserId recipient, UserId onBehalfOf, OrderRequestId order,
            CustomerNumber customerNumber, UserId requester, Money netTotal, String reason) {
    }

    void record(CustomerNumber customerNumber, String actor, AuditAction action, String subject, String details,
            Instant at) {
        audit.append(new AuditRecord(customerNumber, actor, action, subject, details, at));
    }

    static Draft notice(Notice.Kind kind, Approver approver, OrderRequest order) {
        return new Draft(kind, approver.decider(), approver.onBehalfOf().orElse(null), order.id(),
                order.customerNumber(), order.requester(), order.netTotal(), null);
    }

    static Draft requesterNotice(Notice.Kind kind, OrderRequest order, String reason) {
        return new Draft(kind, order.requester(), null, order.id(), order.customerNumber(), order.requester(),
                order.netTotal(), reason);
    }
}
