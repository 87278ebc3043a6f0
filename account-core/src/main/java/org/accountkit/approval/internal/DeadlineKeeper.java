package org.accountkit.approval.internal;

import java.time.Instant;
import java.util.List;

import org.accountkit.ConcurrentModification;
import org.accountkit.approval.ApprovalEscalated;
import org.accountkit.approval.Approver;
import org.accountkit.approval.ApproversReminded;
import org.accountkit.approval.DeadlineReport;
import org.accountkit.approval.DecisionAlreadyTaken;
import org.accountkit.approval.Notice;
import org.accountkit.approval.OrderExpired;
import org.accountkit.approval.OrderRequest;
import org.accountkit.approval.ProcessApprovalDeadlines;
import org.accountkit.audit.AuditAction;
import org.accountkit.shared.UserId;

/**
 * Reminds, escalates and expires waiting orders whose deadlines are due. Several servers may run it at once: each
 * step is stored with the order's version, so a step another server took first is skipped.
 */
public final class DeadlineKeeper implements ProcessApprovalDeadlines {

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
        for (OrderRequest order : bench.orders.dueBy(now, max)) {
            try {
                switch (order.dueAt(now)) {
                    case REMIND -> {
                        order.markReminded();
                        bench.orders.update(order);
                        tell(Notice.Kind.APPROVAL_REMINDER, waitingFor(order, now, false), order);
                        bench.publish(new ApproversReminded(order.id(), now));
                        reminded++;
                    }
                    case ESCALATE -> {
                        order.markEscalated();
                        bench.orders.update(order);
                        tell(Notice.Kind.APPROVAL_ESCALATED, waitingFor(order, now, true), order);
                        bench.publish(new ApprovalEscalated(order.id(), now));
                        escalated++;
                    }
                    case EXPIRE -> {
                        order.expire(now);
                        bench.transactions.run(() -> {
                            bench.orders.close(order, "none");
                            bench.record(order.customerNumber(), "AccountKit deadlines", AuditAction.ORDER_EXPIRED,
                                    order.id().toString(), "nobody decided before " + order.expireAt().orElseThrow());
                        });
                        bench.notify(OrderWorkflow.requesterNotice(Notice.Kind.ORDER_EXPIRED, order, null));
                        bench.publish(new OrderExpired(order.id(), order.requester(), now));
                        expired++;
                    }
                    case NONE -> {
                        // not due after all (another server handled it)
                    }
                }
            } catch (ConcurrentModification | DecisionAlreadyTaken handledElsewhere) {
                // another server or a decision got there first; nothing to do for this order
            }
        }
        return new DeadlineReport(reminded, escalated, expired);
    }

    private List<Approver> waitingFor(OrderRequest order, Instant now, boolean escalation) {
        List<UserId> decided = order.decisions().stream().map(decision -> decision.principal()).toList();
        var directory = bench.directory(order.customerNumber(), now);
        List<Approver> approvers = escalation ? directory.escalationFor(order.requester())
                : directory.firstLineFor(order.requester());
        return approvers.stream().filter(approver -> !decided.contains(approver.principal())).toList();
    }

    private void tell(Notice.Kind kind, List<Approver> approvers, OrderRequest order) {
        approvers.forEach(approver -> bench.notify(OrderWorkflow.notice(kind, approver, order)));
    }
}
