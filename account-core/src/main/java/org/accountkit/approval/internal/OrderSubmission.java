package org.accountkit.approval.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.accountkit.ConcurrentModification;
import org.accountkit.OutcomeUnknown;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.ExplainOrder;
import org.accountkit.approval.Explanation;
import org.accountkit.approval.IdempotencyKeyReused;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.SubmitOrder;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.ordering.CartLine;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.internal.Fingerprint;
import org.accountkit.spi.IdempotencyRecord;
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
        OrderRequestId id = new OrderRequestId(bench.ids.get());
        try {
            if (!command.idempotencyKey().isEmpty()) {
                return submitOnce(requester, command, id);
            }
            OrderPlacement.Submitted submitted = placement.submit(requester, command.reference(), id,
                    () -> OrderPlacement.price(bench.catalog, requester.customerNumber(), command.lines()), null);
            submitted.effects().run();
            return submitted.outcome();
        } catch (OutcomeUnknown unknown) {
            throw unknown.about(id, command.idempotencyKey());
        }
    }

    /**
     * A submission under the host's idempotency key: the key is recorded with the order's id in the write that
     * stores the order (for a direct placement on PostgreSQL, in its one statement), so that a second call with the
     * key, even at the same moment on another server, finds it (after the first call's commit, having lost the race
     * for the key) and answers the first outcome again. The first call pays no extra read: the key is looked up only
     * when the write says it is taken.
     */
    private ApprovalOutcome submitOnce(Actor.UserActor requester, SubmitOrderCommand command, OrderRequestId id) {
        CustomerNumber owner = requester.customerNumber();
        String key = command.idempotencyKey();
        String fingerprint = Fingerprint.of(requester.user() + "|" + cartText(command.lines()) + "|"
                + command.reference());
        for (int attempt = 1; ; attempt++) {
            try {
                OrderPlacement.Submitted submitted = placement.submit(requester, command.reference(), id,
                        () -> OrderPlacement.price(bench.catalog, owner, command.lines()),
                        new IdempotencyRecord(owner, key, fingerprint, id.value().toString(), bench.clock.instant()));
                submitted.effects().run();
                return submitted.outcome();
            } catch (ConcurrentModification lost) {
                Optional<IdempotencyRecord> used = bench.keys.find(owner, key);
                if (used.isPresent()) {
                    if (!used.get().fingerprint().equals(fingerprint)) {
                        throw new IdempotencyKeyReused(key);
                    }
                    return placement.replay(requester, new OrderRequestId(UUID.fromString(used.get().subject())));
                }
                if (attempt == OrderPlacement.SUBMIT_ATTEMPTS) {
                    throw lost;
                }
            }
        }
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

    /**
     * The cart as its fingerprint has always read it, the text of {@code List.toString()} of its lines (a key used
     * before an upgrade matches after it), written without the records' generic {@code toString}.
     */
    static String cartText(List<CartLine> lines) {
        StringBuilder text = new StringBuilder(48 * lines.size() + 2).append('[');
        for (int index = 0; index < lines.size(); index++) {
            CartLine line = lines.get(index);
            text.append(index == 0 ? "" : ", ").append("CartLine[articleNumber=").append(line.articleNumber())
                    .append(", quantity=").append(line.quantity()).append(']');
        }
        return text.append(']').toString();
    }
}
