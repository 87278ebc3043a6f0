package org.accountkit.approval.internal;

import java.time.Instant;
import java.util.List;

import org.accountkit.ConcurrentModification;
import org.accountkit.OutcomeUnknown;
import org.accountkit.StoppedPartway;
import org.accountkit.StorageFailure;
import org.accountkit.approval.Approver;
import org.accountkit.approval.DeadlineReport;
import org.accountkit.approval.DecisionAlreadyTaken;
import org.accountkit.approval.ProcessApprovalDeadlines;
import org.accountkit.audit.AuditAction;
import org.accountkit.outbox.Notice;
import org.accountkit.shared.UserId;
import org.accountkit.spi.OrderRequestSnapshot;
import org.jmolecules.event.types.DomainEvent;

/**
 * Reminds, escalates and expires waiting orders whose deadlines are due. Several servers may run it at once: each
 * step is stored with the order's version, so a step another server took first is skipped.
 */
public final class DeadlineKeeper implements ProcessApprovalDeadlines {

    private static final String ACTOR = "AccountKit deadlines";

    private final Workbench bench;

    /** @param bench the ports */
    public DeadlineKeeper(Workbench bench) {
        this.bench = bench;
    }

    @Override
    public DeadlineReport process(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("process at least one order");
        }
        Instant now = bench.clock.instant();
        int reminded = 0;
        int escalated = 0;
        int expired = 0;
        for (OrderRequestSnapshot due : bench.orders.dueBy(now, max)) {
            OrderRequest order = OrderRequest.restore(due);
            try {
                switch (order.dueAt(now)) {
                    case REMIND -> {
                        DomainEvent event = order.remind(now);
                        bench.transactions.run(() -> {
                            bench.orders.update(order.snapshot());
                            tell(Notice.Kind.APPROVAL_REMINDER, order, now, false);
                            bench.events.publish(order.customerNumber(), event);
                        });
                        bench.deliverSoon(order.customerNumber());
                        reminded++;
                    }
                    case ESCALATE -> {
                        DomainEvent event = order.escalate(now);
                        bench.transactions.run(() -> {
                            bench.orders.update(order.snapshot());
                            tell(Notice.Kind.APPROVAL_ESCALATED, order, now, true);
                            bench.events.publish(order.customerNumber(), event);
                        });
                        bench.deliverSoon(order.customerNumber());
                        escalated++;
                    }
                    case EXPIRE -> {
                        Instant deadline = order.expireAt().orElseThrow();
                        DomainEvent event = order.expire(now);
                        bench.transactions.run(() -> {
                            bench.orders.close(order.snapshot(), null);
                            bench.queue(Workbench.requesterNotice(Notice.Kind.ORDER_EXPIRED, order, null));
                            bench.record(order.customerNumber(), ACTOR, AuditAction.ORDER_EXPIRED,
                                    order.id().toString(), "nobody decided before " + deadline, now);
                            bench.events.publish(order.customerNumber(), event);
                        });
                        bench.deliverSoon(order.customerNumber());
                        expired++;
                    }
                    case NONE -> {
                        // not due after all (another server handled it)
                    }
                }
            } catch (ConcurrentModification | DecisionAlreadyTaken handledElsewhere) {
                // another server or a decision got there first; nothing to do for this order
            } catch (StorageFailure | OutcomeUnknown failure) {
                if (failure instanceof StorageFailure && reminded + escalated + expired == 0) {
                    throw failure;
                }
                throw new StoppedPartway(new DeadlineReport(reminded, escalated, expired), failure);
            }
        }
        return new DeadlineReport(reminded, escalated, expired);
    }

    private List<Approver> waitingFor(OrderRequest order, Instant now, boolean escalation) {
        List<UserId> decided = order.decisions().stream().map(decision -> decision.principal()).toList();
        ApproverDirectory directory = bench.directory(order.customerNumber(), now);
        List<Approver> approvers = escalation ? directory.escalationFor(order.requester())
                : directory.firstLineFor(order.requester());
        return approvers.stream().filter(approver -> !decided.contains(approver.principal())).toList();
    }

    /** Queues the notice to the approvers the order waits for; reads them only when anyone receives notices. */
    private void tell(Notice.Kind kind, OrderRequest order, Instant now, boolean escalation) {
        if (bench.notices.active()) {
            waitingFor(order, now, escalation).forEach(approver -> bench.queue(Workbench.notice(kind, approver,
                    order)));
        }
    }
}
