package org.accountkit.approval.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.ApprovalReason;
import org.accountkit.approval.Approver;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.internal.UserBudget;
import org.accountkit.ordering.Article;
import org.accountkit.ordering.ArticleCatalog;
import org.accountkit.ordering.CartLine;
import org.accountkit.ordering.OrderLine;
import org.accountkit.outbox.Notice;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Violation;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.Effect;
import org.accountkit.spi.IdempotencyRecord;
import org.accountkit.spi.OrderRequestSnapshot;
import org.accountkit.spi.WriteOutcome;
import org.accountkit.user.Right;

/**
 * Places a priced cart under the budget and approval rules: takes the requester's context (kept from a recent
 * submission, or read), lets the rules decide, and stores the outcome with one guarded write that also checks that the
 * context and the budget still allow it. When another change got there first, it reads again and decides again, a
 * bounded number of times. Used by {@link OrderSubmission} for carts and by quotes for their quoted lines; not a use
 * case itself.
 */
public final class OrderPlacement {

    /** How often a submission reads again and decides again after losing a race. */
    static final int SUBMIT_ATTEMPTS = 8;
    /** How many requesters' contexts are kept between submissions. */
    static final int RECENT_CONTEXTS = 16_384;

    private final Workbench bench;
    private final RecentOrderingContexts recent = new RecentOrderingContexts(RECENT_CONTEXTS);

    /** @param bench the ports */
    OrderPlacement(Workbench bench) {
        this.bench = bench;
    }

    /**
     * Places or submits for approval what {@code pricing} prices, for {@code requester}.
     *
     * @param id      the order request's id, or {@code null} for a new one
     * @param pricing the lines and total; asked once, after the requester's context was read
     * @param key     the host's idempotency key, recorded with the order in the same write; {@code null} for none
     * @throws NotPermitted           when the requester may not place orders
     * @throws ConcurrentModification when other changes kept winning the race, or the key is recorded already
     *                                (the caller reads it to answer the first call's outcome)
     */
    public Submitted submit(Actor.UserActor requester, String reference, OrderRequestId id,
            Supplier<Priced> pricing, IdempotencyRecord key) {
        OrderRequestId orderId = id != null ? id : newId();
        Priced cart = null;
        boolean fresh = false;
        for (int attempt = 0; attempt < SUBMIT_ATTEMPTS; attempt++) {
            RequesterContext context = attempt == 0 ? kept(requester) : null;
            if (context == null) {
                context = read(requester);
                recent.remember(context);
                fresh = true;
            }
            if (cart == null) {
                cart = pricing.get();
            }
            List<OrderLine> lines = cart.lines();
            Money total = cart.total();
            Instant now = bench.clock.instant();
            CalendarPeriod period = context.periodAt(now);
            Assessment assessment = Assessment.of(total, context.user(), context.budget(), context.policy(), period);
            if (assessment.needsApproval() && !fresh && assessment.reasons().contains(ApprovalReason.OVER_BUDGET)) {
                // a kept context's ledger may be behind: decide that the budget is exceeded only on what is stored
                continue;
            }
            Submitted outcome = assessment.needsApproval()
                    ? await(context, orderId, reference, lines, total, assessment, period, now, key)
                    : place(context, orderId, reference, lines, total, assessment, period, now, key);
            if (outcome != null) {
                return outcome;
            }
            recent.forget(requester.user());
        }
        recent.forget(requester.user());
        throw new ConcurrentModification("budget", requester.user());
    }

    /** Places the order, with the key and its outbox entries, when the guard holds; {@code null} when it did not. */
    private Submitted place(RequesterContext context, OrderRequestId id, String reference, List<OrderLine> lines,
            Money total, Assessment assessment, CalendarPeriod period, Instant now, IdempotencyRecord key) {
        Optional<UserBudget> budget = context.budget();
        boolean book = period != null && budget.isPresent() && budget.get().tracks(total.currency());
        OrderRequest.Submitted submitted = OrderRequest.submit(id, context.user().customerNumber(),
                context.user().id(), reference, lines, total, assessment, Money.zero(total.currency()),
                context.policy(), now);
        WriteOutcome written = bench.orders.placeIfBudgetAllows(submitted.order().snapshot(),
                context.guard(period, assessment.mostCommitted(), book), key,
                bench.events.placed(submitted.order().toPlacedOrder(), submitted.event()));
        if (written == WriteOutcome.KEY_USED) {
            throw new ConcurrentModification("idempotency key", key.key());
        }
        if (written != WriteOutcome.STORED) {
            return null;
        }
        CustomerNumber owner = submitted.order().customerNumber();
        return new Submitted(new ApprovalOutcome.PlacedDirectly(submitted.order().id(), total),
                () -> bench.events.deliverSoon(owner));
    }

    /**
     * Stores the waiting order, with the key, its event and the approvers' notices, when the guard holds;
     * {@code null} when it did not.
     */
    private Submitted await(RequesterContext context, OrderRequestId id, String reference, List<OrderLine> lines,
            Money total, Assessment assessment, CalendarPeriod period, Instant now, IdempotencyRecord key) {
        boolean tracked = assessment.enforceBudget() && context.budget().isPresent()
                && context.budget().get().tracks(total.currency());
        Money reserved = tracked ? total : Money.zero(total.currency());
        OrderRequest.Submitted submitted = OrderRequest.submit(id, context.user().customerNumber(),
                context.user().id(), reference, lines, total, assessment, reserved, context.policy(), now);
        OrderRequest order = submitted.order();
        ApproverDirectory[] asked = new ApproverDirectory[1];
        List<Effect> effects = bench.events.events(order.customerNumber(), submitted.event());
        WriteOutcome written;
        if (bench.notices.active() || key != null) {
            written = bench.transactions.inTransaction(() -> {
                WriteOutcome stored = bench.orders.submitForApproval(order.snapshot(),
                        context.guard(period, null, false), effects);
                if (stored == WriteOutcome.STORED) {
                    if (key != null) {
                        // only with the order: a key kept from an attempt that stored nothing would name no order
                        bench.keys.add(key);
                    }
                    asked[0] = bench.directory(order.customerNumber(), now, context.policy().recipients());
                    if (bench.notices.active()) {
                        for (Approver approver : asked[0].firstLineFor(order.requester())) {
                            bench.queue(Workbench.notice(Notice.Kind.APPROVAL_REQUESTED, approver, order));
                        }
                    }
                }
                return stored;
            });
        } else {
            // one statement of its own: who decides is read before it, so that nothing can fail after it is stored
            asked[0] = bench.directory(order.customerNumber(), now, context.policy().recipients());
            written = bench.orders.submitForApproval(order.snapshot(), context.guard(period, null, false), effects);
        }
        if (written != WriteOutcome.STORED) {
            return null;
        }
        return new Submitted(new ApprovalOutcome.AwaitingApproval(order.id(), total, assessment.reasons(),
                assessment.requiredApprovals(), asked[0].approversFor(order.requester())),
                () -> bench.deliverSoon(order.customerNumber()));
    }

    /** The requester's kept context, when it is still theirs and lets them order. */
    private RequesterContext kept(Actor.UserActor requester) {
        RequesterContext context = recent.get(requester.user());
        if (context == null || !context.user().belongsTo(requester.customerNumber())
                || !context.user().holds(Right.PLACE_ORDERS)) {
            return null;
        }
        return context;
    }

    RequesterContext read(Actor.UserActor requester) {
        RequesterContext context = bench.contexts.load(requester.customerNumber(), requester.user())
                .map(RequesterContext::of).orElseThrow(() -> new NotPermitted("KNOWN_USER"));
        if (!context.user().holds(Right.PLACE_ORDERS)) {
            throw new NotPermitted(Right.PLACE_ORDERS.name());
        }
        return context;
    }

    private OrderRequestId newId() {
        return new OrderRequestId(bench.ids.get());
    }

    /**
     * Prices the cart from the catalog. Refuses, naming the line, an article the catalog does not offer, a line or
     * an order whose total AccountKit cannot store, and a cart priced in several currencies.
     */
    public static Priced price(ArticleCatalog catalog, CustomerNumber customer, List<CartLine> cart) {
        List<OrderLine> lines = new ArrayList<>(cart.size());
        Money total = null;
        List<Violation> violations = null;
        for (int index = 0; index < cart.size(); index++) {
            CartLine line = cart.get(index);
            Optional<Article> article = catalog.find(customer, line.articleNumber());
            Violation refused = null;
            if (article.isEmpty()) {
                refused = CommandValidation.violation("lines[" + index + "].articleNumber",
                        "org.accountkit.UnknownArticle.message");
            } else {
                OrderLine priced = OrderLine.of(article.get(), line.quantity());
                Money lineTotal = priced.netTotal();
                if (lineTotal.isStorable()) {
                    lines.add(priced);
                    total = total == null ? lineTotal
                            : lineTotal.inSameCurrencyAs(total) ? total.plus(lineTotal) : total;
                } else {
                    refused = CommandValidation.violation("lines[" + index + "].quantity",
                            "org.accountkit.AmountTooLarge.message");
                }
            }
            if (refused != null) {
                violations = violations == null ? new ArrayList<>(1) : violations;
                violations.add(refused);
            }
        }
        if (violations == null && !inOneCurrency(lines)) {
            violations = List.of(CommandValidation.violation("lines", "org.accountkit.MixedCurrencies.message"));
        } else if (violations == null && !total.isStorable()) {
            violations = List.of(CommandValidation.violation("lines", "org.accountkit.AmountTooLarge.message"));
        }
        if (violations != null) {
            throw new InvalidCommand(violations);
        }
        return new Priced(List.copyOf(lines), total);
    }

    private static boolean inOneCurrency(List<OrderLine> lines) {
        for (OrderLine line : lines) {
            if (!line.unitNetPrice().currency().equals(lines.get(0).unitNetPrice().currency())) {
                return false;
            }
        }
        return true;
    }
    /**
     * The outcome a first submission under an idempotency key answered, read from the order it stored: placed, or
     * waiting for approval with its reasons (and today's approvers).
     */
    public ApprovalOutcome replay(Actor.UserActor requester, OrderRequestId id) {
        OrderRequestSnapshot order = bench.orders.find(requester.customerNumber(), id)
                .orElseThrow(() -> new IllegalStateException("idempotency key names order " + id + ", which is gone"));
        if (order.reasons().isEmpty()) {
            return new ApprovalOutcome.PlacedDirectly(id, order.netTotal());
        }
        RequesterContext context = read(requester);
        ApproverDirectory directory = bench.directory(requester.customerNumber(), bench.clock.instant(),
                context.policy().recipients());
        return new ApprovalOutcome.AwaitingApproval(id, order.netTotal(), order.reasons(), order.requiredApprovals(),
                directory.approversFor(requester.user()));
    }

    /** A priced cart: its lines, and what they add up to. */
    public record Priced(List<OrderLine> lines, Money total) {
    }

    /**
     * What a submission decided, and what to do once it is stored: deliver the events, the hand-off and the
     * approvers' notices it wrote to the outbox. A caller that places inside a transaction of its own runs the
     * effects after its commit.
     */
    public record Submitted(ApprovalOutcome outcome, Runnable effects) {
    }
}
