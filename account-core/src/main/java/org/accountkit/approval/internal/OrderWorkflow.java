package org.accountkit.approval.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.approval.ApprovalGiven;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.ApprovalReason;
import org.accountkit.approval.ApprovalResult;
import org.accountkit.approval.ApproveOrder;
import org.accountkit.approval.ApproveOrderCommand;
import org.accountkit.approval.Approver;
import org.accountkit.approval.ApproverDirectory;
import org.accountkit.approval.Assessment;
import org.accountkit.approval.SubmissionCheck;
import org.accountkit.approval.DecisionAlreadyTaken;
import org.accountkit.approval.ExplainOrder;
import org.accountkit.approval.Explanation;
import org.accountkit.approval.ListMyOrderRequests;
import org.accountkit.approval.ListOrderRequests;
import org.accountkit.approval.Notice;
import org.accountkit.approval.OrderApproved;
import org.accountkit.approval.OrderAwaitingApproval;
import org.accountkit.approval.OrderPlaced;
import org.accountkit.approval.OrderRejected;
import org.accountkit.approval.OrderRequest;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.OrderRequestQuery;
import org.accountkit.approval.OrderRequestView;
import org.accountkit.approval.OrderWithdrawn;
import org.accountkit.approval.OrderingContext;
import org.accountkit.approval.OwnOrderCannotBeDecided;
import org.accountkit.approval.RejectOrder;
import org.accountkit.approval.RejectOrderCommand;
import org.accountkit.approval.SubmitOrder;
import org.accountkit.approval.SubmitOrderCommand;
import org.accountkit.approval.ViewOrderRequest;
import org.accountkit.approval.WithdrawOrder;
import org.accountkit.approval.WithdrawOrderCommand;
import org.accountkit.audit.AuditAction;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.ordering.Article;
import org.accountkit.ordering.CartLine;
import org.accountkit.ordering.OrderLine;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CommandValidation;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.UserId;
import org.accountkit.shared.Violation;
import org.accountkit.user.AccountUser;
import org.accountkit.user.Right;

/**
 * Submitting orders and deciding on them: the heart of the approval workflow.
 *
 * <p>Submitting reads the requester's context once, applies the rules, and stores the outcome with one atomic
 * write that also checks that the budget still allows it. When another submission got there first, it reads again
 * and decides again, a bounded number of times.
 */
public final class OrderWorkflow implements SubmitOrder, ExplainOrder, ApproveOrder, RejectOrder, WithdrawOrder,
        ViewOrderRequest, ListOrderRequests {

    /** How often a submission re-reads and decides again after losing a race on the budget. */
    static final int SUBMIT_ATTEMPTS = 8;
    /** How often a decision retries after a change that was not a decision (a reminder, say). */
    static final int DECIDE_ATTEMPTS = 3;

    /** How many requesters' contexts are kept between submissions. */
    static final int RECENT_CONTEXTS = 10_000;

    private final Workbench bench;
    private final Map<UserId, OrderingContext> recentContexts = new ConcurrentHashMap<>();

    /** @param bench the ports */
    public OrderWorkflow(Workbench bench) {
        this.bench = bench;
    }

    @Override
    public ApprovalOutcome submit(Actor actor, SubmitOrderCommand command) {
        bench.validation.validate(actor, command);
        UserId requester = userOf(actor);
        List<OrderLine> lines = null;
        Money total = null;
        boolean fresh = false;
        for (int attempt = 0; attempt < SUBMIT_ATTEMPTS; attempt++) {
            OrderingContext context;
            OrderingContext recent = attempt == 0 ? recentContexts.get(requester) : null;
            if (recent != null && recent.user().holds(Right.PLACE_ORDERS)) {
                context = recent;
            } else {
                context = freshContextOf(requester);
                fresh = true;
            }
            if (lines == null) {
                lines = price(context.user().customerNumber(), command);
                total = OrderRequest.totalOf(lines);
            }
            Instant now = bench.clock.instant();
            String period = context.budgetPeriodAt(now);
            OrderRequestId id = new OrderRequestId(bench.ids.get());
            Assessment assessment = Assessment.of(total, context.user(), context.budget(), context.policy(), period);
            SubmissionCheck check = SubmissionCheck.of(context, period, assessment.enforceBudget());
            if (!assessment.needsApproval()) {
                OrderRequest order = OrderRequest.placeDirectly(id, context.user().customerNumber(), requester,
                        command.reference(), lines, now);
                if (bench.orders.placeIfBudgetAllows(order, check)) {
                    bench.publish(new OrderPlaced(id, order.customerNumber(), requester, total, now));
                    bench.handOff(order);
                    return new ApprovalOutcome.PlacedDirectly(id, total);
                }
            } else if (!fresh && assessment.reasons().contains(ApprovalReason.OVER_BUDGET)) {
                // a kept context's ledger may be behind: decide that the budget is exceeded only on what is stored
                continue;
            } else {
                boolean tracked = assessment.enforceBudget() && context.budget().isPresent()
                        && context.budget().get().tracks(total.currency());
                BigDecimal reserved = tracked ? total.amount() : Money.NO_AMOUNT;
                OrderRequest order = OrderRequest.awaitApproval(id, context.user().customerNumber(), requester,
                        command.reference(), lines, assessment.reasons(), assessment.requiredApprovals(), reserved,
                        context.policy(), now);
                if (bench.orders.submitForApproval(order, check)) {
                    ApproverDirectory directory = bench.directory(order.customerNumber(), now);
                    for (Approver approver : directory.firstLineFor(requester)) {
                        bench.notify(notice(Notice.Kind.APPROVAL_REQUESTED, approver, order));
                    }
                    bench.publish(new OrderAwaitingApproval(id, order.customerNumber(), requester, total,
                            assessment.reasons(), now));
                    return new ApprovalOutcome.AwaitingApproval(id, total, assessment.reasons(),
                            assessment.requiredApprovals(), directory.approversFor(requester));
                }
            }
        }
        recentContexts.remove(requester);
        throw new ConcurrentModification("budget", requester);
    }

    @Override
    public Explanation explain(Actor actor, SubmitOrderCommand command) {
        bench.validation.validate(actor, command);
        OrderingContext context = orderingContextOf(userOf(actor));
        List<OrderLine> lines = price(context.user().customerNumber(), command);
        Instant now = bench.clock.instant();
        String period = context.budgetPeriodAt(now);
        Money total = OrderRequest.totalOf(lines);
        Assessment assessment = Assessment.of(total, context.user(), context.budget(), context.policy(), period);
        Optional<Money> remaining = context.budget().flatMap(budget -> budget.remaining(period));
        Optional<Money> after = remaining
                .map(left -> left.inSameCurrencyAs(total) ? left.minus(total).atLeastZero() : left);
        return new Explanation(total, assessment.reasons(), assessment.requiredApprovals(), remaining,
                after, bench.directory(context.user().customerNumber(), now).approversFor(context.user().id()));
    }

    @Override
    public ApprovalResult approve(Actor actor, ApproveOrderCommand command) {
        bench.validation.validate(actor, command);
        AccountUser decider = bench.access.actingUser(actor);
        Decided<Boolean> decided = decide(decider, command.order(),
                (order, approver, now) -> order.approve(approver, now),
                (order, placed, now) -> {
                    if (placed) {
                        bench.orders.close(order, bench.periodKeyFor(order.requester(), now));
                    } else {
                        bench.orders.update(order);
                    }
                    bench.record(order.customerNumber(), decider.email().value(), AuditAction.ORDER_APPROVED,
                            order.id().toString(), "tier " + order.decisions().size() + " of "
                                    + order.requiredApprovals() + " " + last(order).describe(), now);
                });
        OrderRequest order = decided.order();
        Approver approver = decided.approver();
        bench.publish(new ApprovalGiven(order.id(), order.decisions().size(), approver.decider(),
                approver.onBehalfOf().orElse(null), decided.now()));
        if (decided.result()) {
            bench.publish(new OrderApproved(order.id(), order.customerNumber(), order.requester(), order.netTotal(),
                    decided.now()));
            bench.handOff(order);
            bench.notify(requesterNotice(Notice.Kind.ORDER_APPROVED, order, null));
            return new ApprovalResult.Placed(order.id());
        }
        remainingApprovers(order, decided.now()).forEach(next -> bench.notify(notice(Notice.Kind.APPROVAL_REQUESTED,
                next, order)));
        return new ApprovalResult.NextApproverNeeded(order.id(), order.decisions().size(), order.requiredApprovals());
    }

    @Override
    public void reject(Actor actor, RejectOrderCommand command) {
        bench.validation.validate(actor, command);
        AccountUser decider = bench.access.actingUser(actor);
        String reason = command.reason().strip();
        Decided<Boolean> decided = decide(decider, command.order(),
                (order, approver, now) -> {
                    order.reject(approver, reason, now);
                    return Boolean.FALSE;
                },
                (order, placed, now) -> {
                    bench.orders.close(order, "none");
                    bench.record(order.customerNumber(), decider.email().value(), AuditAction.ORDER_REJECTED,
                            order.id().toString(), last(order).describe(), now);
                });
        Approver approver = decided.approver();
        bench.publish(new OrderRejected(decided.order().id(), approver.decider(), approver.onBehalfOf().orElse(null),
                reason, decided.now()));
        bench.notify(requesterNotice(Notice.Kind.ORDER_REJECTED, decided.order(), reason));
    }

    /** A decision as the aggregate takes it. */
    @FunctionalInterface
    private interface DecisionTaking<T> {
        T take(OrderRequest order, Approver approver, Instant now);
    }

    /** Storing a decision, with its audit record, in one transaction. */
    @FunctionalInterface
    private interface Storing<T> {
        void store(OrderRequest order, T result, Instant now);
    }

    /** A decision that was stored. */
    private record Decided<T>(OrderRequest order, Approver approver, Instant now, T result) {
    }

    /**
     * Takes and stores a decision. When another change got there first, it reads the order again: when that change
     * was a decision, this one is refused with {@link DecisionAlreadyTaken}; otherwise (a reminder, say) it tries
     * again, a bounded number of times.
     */
    private <T> Decided<T> decide(AccountUser decider, OrderRequestId id, DecisionTaking<T> decision, Storing<T> storing) {
        for (int attempt = 0;; attempt++) {
            OrderRequest order = visibleOrder(decider, id);
            int decisionsBefore = order.decisions().size();
            Instant now = bench.clock.instant();
            Approver approver = authority(decider, order, now);
            T result = decision.take(order, approver, now);
            try {
                bench.transactions.run(() -> storing.store(order, result, now));
                return new Decided<>(order, approver, now, result);
            } catch (ConcurrentModification lostRace) {
                retryOrGiveUp(id, decider, decisionsBefore, attempt);
            }
        }
    }

    @Override
    public void withdraw(Actor actor, WithdrawOrderCommand command) {
        bench.validation.validate(actor, command);
        AccountUser requester = bench.access.actingUser(actor);
        OrderRequest order = bench.orders.find(command.order())
                .filter(found -> found.requester().equals(requester.id()))
                .orElseThrow(() -> new NotFound("order request"));
        Instant now = bench.clock.instant();
        order.withdraw(now);
        try {
            bench.transactions.run(() -> {
                bench.orders.close(order, "none");
                bench.record(order.customerNumber(), requester.email().value(), AuditAction.ORDER_WITHDRAWN,
                        order.id().toString(), "withdrawn by the requester");
            });
        } catch (ConcurrentModification lostRace) {
            throw new DecisionAlreadyTaken(order.id());
        }
        bench.publish(new OrderWithdrawn(order.id(), requester.id(), now));
    }

    @Override
    public OrderRequestView view(Actor actor, OrderRequestId id) {
        bench.validation.validate(actor, id);
        AccountUser viewer = bench.access.actingUser(actor);
        OrderRequest order = visibleOrder(viewer, id);
        Instant now = bench.clock.instant();
        ApproverDirectory directory = bench.directory(order.customerNumber(), now);
        boolean mayView = order.requester().equals(viewer.id()) || viewer.holds(Right.APPROVE_ORDERS)
                || directory.authorityOf(viewer.id(), order.requester()).isPresent();
        if (!mayView) {
            throw new NotFound("order request");
        }
        return OrderRequestView.of(order, remainingApprovers(order, now));
    }

    @Override
    public Page<OrderRequestView> list(Actor actor, OrderRequestQuery query) {
        bench.validation.validate(actor, query);
        AccountUser viewer = bench.access.actingUser(actor);
        boolean standsIn = bench.substitutions.listFor(viewer.customerNumber()).stream()
                .anyMatch(substitution -> substitution.substitute().equals(viewer.id())
                        && substitution.activeAt(bench.clock.instant()));
        if (!viewer.holds(Right.APPROVE_ORDERS) && !standsIn) {
            throw new NotPermitted(Right.APPROVE_ORDERS.name());
        }
        return bench.orders.list(viewer.customerNumber(), query.statuses(), query.page())
                .map(order -> OrderRequestView.of(order, List.of()));
    }

    /** The actor's own requests; see {@link ListMyOrderRequests}. */
    Page<OrderRequestView> listOwn(Actor actor, OrderRequestQuery query) {
        bench.validation.validate(actor, query);
        AccountUser requester = bench.access.actingUser(actor);
        return bench.orders.listOfRequester(requester.id(), query.statuses(), query.page())
                .map(order -> OrderRequestView.of(order, List.of()));
    }

    /** {@link ListMyOrderRequests} as a separate object, since its method has the same signature. */
    public ListMyOrderRequests mine() {
        return this::listOwn;
    }

    /** Reads the requester's context and keeps it for the next submission (see {@link SubmissionCheck}). */
    private OrderingContext freshContextOf(UserId requester) {
        recentContexts.remove(requester);
        OrderingContext context = orderingContextOf(requester);
        if (recentContexts.size() >= RECENT_CONTEXTS) {
            recentContexts.clear();
        }
        recentContexts.put(requester, context);
        return context;
    }

    private OrderingContext orderingContextOf(UserId requester) {
        OrderingContext context = bench.contexts.load(requester).orElseThrow(() -> new NotPermitted("KNOWN_USER"));
        if (!context.user().holds(Right.PLACE_ORDERS)) {
            throw new NotPermitted(Right.PLACE_ORDERS.name());
        }
        return context;
    }

    private List<OrderLine> price(CustomerNumber customer, SubmitOrderCommand command) {
        List<OrderLine> lines = new ArrayList<>(command.lines().size());
        List<Violation> violations = new ArrayList<>(0);
        for (int index = 0; index < command.lines().size(); index++) {
            CartLine line = command.lines().get(index);
            Optional<Article> article = bench.catalog.find(customer, line.articleNumber());
            if (article.isEmpty()) {
                violations.add(CommandValidation.violation("lines[" + index + "].articleNumber",
                        "org.accountkit.UnknownArticle.message"));
            } else {
                lines.add(OrderLine.of(article.get(), line.quantity()));
            }
        }
        if (violations.isEmpty() && !inOneCurrency(lines)) {
            violations.add(CommandValidation.violation("lines", "org.accountkit.MixedCurrencies.message"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommand(violations);
        }
        return lines;
    }

    private static boolean inOneCurrency(List<OrderLine> lines) {
        for (OrderLine line : lines) {
            if (!line.unitNetPrice().currency().equals(lines.get(0).unitNetPrice().currency())) {
                return false;
            }
        }
        return true;
    }

    private OrderRequest visibleOrder(AccountUser viewer, OrderRequestId id) {
        return bench.orders.find(id).filter(order -> order.customerNumber().equals(viewer.customerNumber()))
                .orElseThrow(() -> new NotFound("order request"));
    }

    private Approver authority(AccountUser decider, OrderRequest order, Instant now) {
        if (decider.id().equals(order.requester())) {
            throw new OwnOrderCannotBeDecided(order.id());
        }
        return ApproverDirectory.ownAuthority(decider, order.requester())
                .or(() -> bench.directory(order.customerNumber(), now).authorityOf(decider.id(), order.requester()))
                .orElseThrow(() -> new NotPermitted(Right.APPROVE_ORDERS.name()));
    }

    private void retryOrGiveUp(OrderRequestId id, AccountUser decider, int decisionsBefore, int attempt) {
        OrderRequest now = visibleOrder(decider, id);
        if (!now.status().isWaiting() || now.decisions().size() != decisionsBefore
                || attempt + 1 >= DECIDE_ATTEMPTS) {
            throw new DecisionAlreadyTaken(id);
        }
    }

    private List<Approver> remainingApprovers(OrderRequest order, Instant now) {
        List<UserId> decided = order.decisions().stream()
                .flatMap(decision -> java.util.stream.Stream.of(decision.decidedBy(), decision.principal()))
                .toList();
        return bench.directory(order.customerNumber(), now).approversFor(order.requester()).stream()
                .filter(approver -> !decided.contains(approver.decider()) && !decided.contains(approver.principal()))
                .toList();
    }

    private static org.accountkit.approval.Decision last(OrderRequest order) {
        List<org.accountkit.approval.Decision> decisions = order.decisions();
        return decisions.get(decisions.size() - 1);
    }

    private static UserId userOf(Actor actor) {
        if (actor instanceof Actor.UserActor user) {
            return user.user();
        }
        throw new NotPermitted("USER");
    }

    static Notice notice(Notice.Kind kind, Approver approver, OrderRequest order) {
        return new Notice(kind, approver.decider(), approver.onBehalfOf().orElse(null), order.id(),
                order.customerNumber(), order.requester(), order.netTotal(), null);
    }

    static Notice requesterNotice(Notice.Kind kind, OrderRequest order, String reason) {
        return new Notice(kind, order.requester(), null, order.id(), order.customerNumber(), order.requester(),
                order.netTotal(), reason);
    }
}
