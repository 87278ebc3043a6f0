package org.accountkit.approval.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.ExplainOrder;
import org.accountkit.approval.Explanation;
import org.accountkit.approval.SubmitOrder;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Money;
import org.accountkit.user.internal.AccessPolicy;

/**
 * Submitting carts, and explaining what submitting one would do: prices the cart from the catalog and leaves the
 * rest to {@link OrderPlacement}.
 */
public final class OrderSubmission implements SubmitOrder, ExplainOrder {

    private final Workbench bench;
    private final OrderPlacement placement;

    /** @param bench the ports */
    public OrderSubmission(Workbench bench) {
        this.bench = bench;
        this.placement = new OrderPlacement(bench);
    }

    /** Where carts priced elsewhere (a quote's lines) are placed under the same rules. */
    public OrderPlacement placement() {
        return placement;
    }

    @Override
    public ApprovalOutcome submit(Actor actor, SubmitOrderCommand command) {
        bench.validation.validate(actor, command);
        Actor.UserActor requester = AccessPolicy.userActor(actor);
        OrderPlacement.Submitted submitted = placement.submit(requester, command.reference(), null,
                () -> OrderPlacement.price(bench.catalog, requester.customerNumber(), command.lines()));
        submitted.effects().run();
        return submitted.outcome();
    }

    @Override
    public Explanation explain(Actor actor, SubmitOrderCommand command) {
        bench.validation.validate(actor, command);
        Actor.UserActor requester = AccessPolicy.userActor(actor);
        RequesterContext context = placement.read(requester);
        Money total = OrderPlacement.price(bench.catalog, requester.customerNumber(), command.lines()).total();
        Instant now = bench.clock.instant();
        CalendarPeriod period = context.periodAt(now);
        Assessment assessment = Assessment.of(total, context.user(), context.budget(), context.policy(), period);
        Optional<Money> remaining = context.budget().flatMap(budget -> budget.remaining(period));
        Optional<Money> after = remaining
                .map(left -> left.inSameCurrencyAs(total) ? left.minus(total).atLeastZero() : left);
        return new Explanation(total, assessment.reasons(), assessment.requiredApprovals(), remaining, after,
                bench.directory(requester.customerNumber(), now, context.policy().recipients())
                        .approversFor(requester.user()));
    }

}
