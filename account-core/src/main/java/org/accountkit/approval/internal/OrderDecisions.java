package org.accountkit.approval.internal;

import java.time.Instant;
import java.util.List;

import org.accountkit.ConcurrentModification;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.approval.ApprovalRecipients;
import org.accountkit.approval.ApprovalResult;
import org.accountkit.approval.ApproveOrder;
import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.Approver;
import org.accountkit.approval.Decision;
import org.accountkit.approval.DecisionAlreadyTaken;
import org.accountkit.approval.OrderRejected;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderWithdrawn;
import org.accountkit.approval.OwnOrderCannotBeDecided;
import org.accountkit.approval.RejectOrder;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.WithdrawOrder;
import org.accountkit.approval.WithdrawOrderCommand;
import org.accountkit.audit.AuditAction;
import org.accountkit.outbox.Notice;
import org.accountkit.shared.Actor;
import org.accountkit.shared.UserId;
import org.accountkit.user.Right;
import org.accountkit.user.internal.AccountUser;

/**
 * Deciding on waiting orders: approving, rejecting, and the requester withdrawing. The order request decides
 * (once, never on one's own order, each tier by another approver); this service finds who decides, stores the
 * decision with its audit record, notices, events and hand-off in one transaction, and then delivers them.
 */
public final class OrderDecisions implements ApproveOrder, RejectOrder, WithdrawOrder {

    /** How often a decision retries after a change that was not a decision (a reminder, say). */
    static final int DECIDE_ATTEMPTS = 3;

    private final Workbench bench;

    /** @param bench the ports */
    public OrderDecisions(Workbench bench) {
        this.bench = bench;
    }

    @Override
    public ApprovalResult approve(Actor actor, ApproveOrderCommand command) {
        bench.validation.validate(actor, command);
        AccountUser decider = bench.access.actingUser(actor);
        for (int attempt = 0;; attempt++) {
            OrderRequest order = visibleOrder(decider, command.order());
            int decisionsBefore = order.decisions().size();
            Instant now = bench.clock.instant();
            Approver approver = authority(decider, order, now);
            OrderRequest.Approval approval = order.approve(approver, now);
            try {
                bench.transactions.run(() -> {
                    if (approval instanceof OrderRequest.Placed) {
                        bench.orders.close(order.snapshot(),
                                bench.budgetPeriodOf(order.customerNumber(), order.requester(), now));
                        bench.queue(Workbench.requesterNotice(Notice.Kind.ORDER_APPROVED, order, null));
                    } else {
                        bench.orders.update(order.snapshot());
                        if (bench.notices.active()) {
                            for (Approver next : remainingApprovers(order, now)) {
                                bench.queue(Workbench.notice(Notice.Kind.APPROVAL_REQUESTED, next, order));
                            }
                        }
                    }
                    bench.record(order.customerNumber(), decider.email().value(), AuditAction.ORDER_APPROVED,
                            order.id().toString(), "tier " + order.decisions().size() + " of "
                                    + order.requiredApprovals() + " " + describeLast(order), now);
                    bench.events.publish(order.customerNumber(), approval.events());
                    if (approval instanceof OrderRequest.Placed) {
                        bench.events.handOff(order.toPlacedOrder());
                    }
                });
            } catch (ConcurrentModification lostRace) {
                retryOrGiveUp(command.order(), decider, decisionsBefore, attempt);
                continue;
            }
            bench.deliverSoon(order.customerNumber());
            if (approval instanceof OrderRequest.Placed) {
                return new ApprovalResult.Placed(order.id());
            }
            return new ApprovalResult.NextApproverNeeded(order.id(), order.decisions().size(),
                    order.requiredApprovals());
        }
    }

    @Override
    public void reject(Actor actor, RejectOrderCommand command) {
        bench.validation.validate(actor, command);
        AccountUser decider = bench.access.actingUser(actor);
        String reason = command.reason().strip();
        for (int attempt = 0;; attempt++) {
            OrderRequest order = visibleOrder(decider, command.order());
            int decisionsBefore = order.decisions().size();
            Instant now = bench.clock.instant();
            OrderRejected rejected = order.reject(authority(decider, order, now), reason, now);
            try {
                bench.transactions.run(() -> {
                    bench.orders.close(order.snapshot(), null);
                    bench.queue(Workbench.requesterNotice(Notice.Kind.ORDER_REJECTED, order, reason));
                    bench.record(order.customerNumber(), decider.email().value(), AuditAction.ORDER_REJECTED,
                            order.id().toString(), describeLast(order), now);
                    bench.events.publish(order.customerNumber(), rejected);
                });
            } catch (ConcurrentModification lostRace) {
                retryOrGiveUp(command.order(), decider, decisionsBefore, attempt);
                continue;
            }
            bench.deliverSoon(order.customerNumber());
            return;
        }
    }

    @Override
    public void withdraw(Actor actor, WithdrawOrderCommand command) {
        bench.validation.validate(actor, command);
        AccountUser requester = bench.access.actingUser(actor);
        OrderRequest order = bench.orders.find(requester.customerNumber(), command.order())
                .filter(found -> found.requester().equals(requester.id()))
                .map(OrderRequest::restore)
                .orElseThrow(() -> new NotFound("order request"));
        Instant now = bench.clock.instant();
        OrderWithdrawn withdrawn = order.withdraw(now);
        try {
            bench.transactions.run(() -> {
                bench.orders.close(order.snapshot(), null);
                bench.record(order.customerNumber(), requester.email().value(), AuditAction.ORDER_WITHDRAWN,
                        order.id().toString(), "withdrawn by the requester", now);
                bench.events.publish(order.customerNumber(), withdrawn);
            });
        } catch (ConcurrentModification lostRace) {
            throw new DecisionAlreadyTaken(order.id());
        }
        bench.deliverSoon(order.customerNumber());
    }

    private OrderRequest visibleOrder(AccountUser viewer, OrderRequestId id) {
        return bench.orders.find(viewer.customerNumber(), id).map(OrderRequest::restore)
                .orElseThrow(() -> new NotFound("order request"));
    }

    private Approver authority(AccountUser decider, OrderRequest order, Instant now) {
        if (decider.id().equals(order.requester())) {
            throw new OwnOrderCannotBeDecided(order.id());
        }
        return ApproverDirectory.ownAuthority(decider, order.requester())
                .or(() -> bench.directory(order.customerNumber(), now, ApprovalRecipients.ADMINISTRATORS_AND_APPROVERS).authorityOf(decider.id(),
                        order.requester()))
                .orElseThrow(() -> new NotPermitted(Right.APPROVE_ORDERS.name()));
    }

    /**
     * After losing a race: when the other change was a decision, this one is refused with
     * {@link DecisionAlreadyTaken}; otherwise (a reminder, say) the caller tries again, a bounded number of times.
     */
    private void retryOrGiveUp(OrderRequestId id, AccountUser decider, int decisionsBefore, int attempt) {
        OrderRequest now = visibleOrder(decider, id);
        if (!now.status().isWaiting() || now.decisions().size() != decisionsBefore
                || attempt + 1 >= DECIDE_ATTEMPTS) {
            throw new DecisionAlreadyTaken(id);
        }
    }

    private List<Approver> remainingApprovers(OrderRequest order, Instant now) {
        return remaining(order, bench.directory(order.customerNumber(), now, ApprovalRecipients.ADMINISTRATORS_AND_APPROVERS).approversFor(order.requester()));
    }

    /** The approvers who have not decided on {@code order} yet, in their own name or another's. */
    static List<Approver> remaining(OrderRequest order, List<Approver> approvers) {
        List<UserId> decided = order.decisions().stream()
                .flatMap(decision -> java.util.stream.Stream.of(decision.decidedBy(), decision.principal()))
                .toList();
        return approvers.stream()
                .filter(approver -> !decided.contains(approver.decider()) && !decided.contains(approver.principal()))
                .toList();
    }

    private static String describeLast(OrderRequest order) {
        return order.lastDecision().map(Decision::describe).orElse("");
    }
}
