package org.accountkit.approval.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.approval.ApprovalRecipients;
import org.accountkit.approval.Approver;
import org.accountkit.approval.ListMyOrderRequests;
import org.accountkit.approval.ListOrderRequests;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderRequestQuery;
import org.accountkit.approval.OrderRequestView;
import org.accountkit.approval.ViewOrderRequest;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Page;
import org.accountkit.spi.OrderRequestSnapshot;
import org.accountkit.spi.SubstitutionSnapshot;
import org.accountkit.user.Right;
import org.accountkit.user.internal.AccountUser;

/**
 * What the approval pages show: the details of an order request, the customer number's overview for approvers, and
 * a requester's own requests ({@link #mine()}).
 */
public final class OrderRequestViews implements ViewOrderRequest, ListOrderRequests {

    private final Workbench bench;

    /** @param bench the ports */
    public OrderRequestViews(Workbench bench) {
        this.bench = bench;
    }

    @Override
    public OrderRequestView view(Actor actor, OrderRequestId id) {
        bench.validation.validate(actor, id, "order");
        AccountUser viewer = bench.access.actingUser(actor);
        OrderRequest order = bench.orders.find(viewer.customerNumber(), id).map(OrderRequest::restore)
                .orElseThrow(() -> new NotFound("order request"));
        Instant now = bench.clock.instant();
        ApproverDirectory directory = bench.directory(order.customerNumber(), now,
                ApprovalRecipients.ADMINISTRATORS_AND_APPROVERS);
        boolean mayView = order.requester().equals(viewer.id()) || viewer.holds(Right.APPROVE_ORDERS)
                || directory.authorityOf(viewer.id(), order.requester()).isPresent();
        if (!mayView) {
            throw new NotFound("order request");
        }
        List<Approver> approvers = order.status().isWaiting()
                ? OrderDecisions.remaining(order, directory.approversFor(order.requester())) : List.of();
        return view(order.snapshot(), approvers);
    }

    @Override
    public Page<OrderRequestView> list(Actor actor, OrderRequestQuery query) {
        bench.validation.validate(actor, query);
        AccountUser viewer = bench.access.actingUser(actor);
        Instant now = bench.clock.instant();
        boolean standsIn = false;
        for (SubstitutionSnapshot substitution : bench.substitutions.listFor(viewer.customerNumber())) {
            standsIn |= substitution.substitute().equals(viewer.id())
                    && Substitution.restore(substitution).activeAt(now);
        }
        if (!viewer.holds(Right.APPROVE_ORDERS) && !standsIn) {
            throw new NotPermitted(Right.APPROVE_ORDERS.name());
        }
        return bench.orders.list(viewer.customerNumber(), query.statuses(), query.page())
                .map(order -> view(order, List.of()));
    }

    /** A requester's own order requests; see {@link ListMyOrderRequests}. */
    public ListMyOrderRequests mine() {
        return (actor, query) -> {
            bench.validation.validate(actor, query);
            AccountUser requester = bench.access.actingUser(actor);
            return bench.orders.listOfRequester(requester.customerNumber(), requester.id(), query.statuses(),
                    query.page()).map(order -> view(order, List.of()));
        };
    }

    /** The view of a stored request, with who may decide now. */
    static OrderRequestView view(OrderRequestSnapshot order, List<Approver> approvers) {
        return new OrderRequestView(order.id(), order.customerNumber(), order.requester(), order.reference(),
                order.lines(), order.netTotal(), order.status(), order.reasons(), order.requiredApprovals(),
                order.decisions(), order.submittedAt(), java.util.Optional.ofNullable(order.placedAt()),
                order.status().isWaiting() ? approvers : List.of());
    }
}
