package org.accountkit.quote.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.approval.ApprovalOutcome;
import org.accountkit.approval.IdempotencyKeyReused;
import org.accountkit.approval.OrderRequestId;
import org.accountkit.approval.internal.OrderPlacement;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.ordering.ArticleCatalog;
import org.accountkit.ordering.OrderLine;
import org.accountkit.outbox.Notice;
import org.accountkit.outbox.internal.EffectQueue;
import org.accountkit.outbox.internal.NoticeQueue;
import org.accountkit.quote.AnswerQuote;
import org.accountkit.quote.AnswerQuoteCommand;
import org.accountkit.quote.DeclineQuote;
import org.accountkit.quote.DeclineQuoteCommand;
import org.accountkit.quote.ListMyQuotes;
import org.accountkit.quote.ListQuoteRequests;
import org.accountkit.quote.OrderQuote;
import org.accountkit.quote.OrderQuoteCommand;
import org.accountkit.quote.Quote;
import org.accountkit.quote.QuoteMoved;
import org.accountkit.quote.QuoteNumbers;
import org.accountkit.quote.QuoteRequestEntry;
import org.accountkit.quote.QuoteRequested;
import org.accountkit.quote.RequestQuote;
import org.accountkit.quote.RequestQuoteCommand;
import org.accountkit.quote.ViewQuote;
import org.accountkit.quote.WithdrawQuote;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.Page;
import org.accountkit.shared.PageRequest;
import org.accountkit.shared.UserId;
import org.accountkit.shared.Violation;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.shared.internal.Fingerprint;
import org.accountkit.shared.internal.LostRaces;
import org.accountkit.shared.internal.YearNumbers;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.IdempotencyRecord;
import org.accountkit.spi.QuoteSnapshot;
import org.accountkit.user.Right;
import org.accountkit.user.internal.AccessPolicy;
import org.accountkit.user.internal.AccountUser;

/**
 * Quotes, from request to order. Every step reads the quote, lets {@link QuoteRequest} decide and stores it with a
 * version check; a step that lost a race reads again and decides again. Ordering marks the quote ordered and places
 * the order through {@link OrderPlacement} in one transaction, so two orders of one quote at the same moment give
 * one order, booked once; what the order tells the world (events, hand-off, approvers) follows the commit.
 */
public final class QuoteDesk implements RequestQuote, AnswerQuote, DeclineQuote, WithdrawQuote, OrderQuote,
        ListMyQuotes, ViewQuote, ListQuoteRequests {

    private static final Pattern QUOTE_NUMBER = Pattern.compile(QuoteNumbers.PATTERN);

    private final AccountStorage storage;
    private final CommandValidation validation;
    private final AccessPolicy access;
    private final EffectQueue events;
    private final Clock clock;
    private final ArticleCatalog catalog;
    private final OrderPlacement placement;
    private final NoticeQueue notices;
    private final Supplier<UUID> ids;

    /**
     * Wires the use cases to their ports.
     *
     * @param catalog   the host's catalog, which knows the articles a quote may name; {@code null} without one
     *                  (quotes can then not be requested)
     * @param placement where ordered quotes are placed
     */
    public QuoteDesk(AccountStorage storage, CommandValidation validation, EffectQueue events, Clock clock,
            ArticleCatalog catalog, OrderPlacement placement, NoticeQueue notices, Supplier<UUID> ids) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = catalog;
        this.placement = Objects.requireNonNull(placement, "placement");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.access = new AccessPolicy(storage.users());
    }

    @Override
    public String request(Actor actor, RequestQuoteCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.requireRight(actor, Right.REQUEST_QUOTES);
        if (catalog == null) {
            throw new IllegalStateException("AccountKit was built without an ArticleCatalog, which knows the "
                    + "articles: RequestQuote is unavailable. Pass one to AccountKit.builder().articleCatalog(...).");
        }
        List<OrderLine> lines = OrderPlacement.price(catalog, user.customerNumber(), command.lines()).lines();
        CustomerNumber owner = user.customerNumber();
        Instant now = clock.instant();
        Quote requested = LostRaces.retried(() -> storage.transactions().inTransaction(() -> {
            String number = YearNumbers.next("OF", now, prefix -> storage.quotes().numbered(owner, prefix));
            QuoteRequest quote = QuoteRequest.request(owner, number, user.id(), lines, command.remark(), now);
            storage.quotes().add(quote.snapshot());
            storage.auditTrail().append(new AuditRecord(owner, user.email().value(), AuditAction.QUOTE_REQUESTED,
                    number, lines.size() + " line(s)", now));
            events.publish(owner, new QuoteRequested(owner, quote.snapshot().quote(), now));
            return quote.snapshot().quote();
        }));
        events.deliverSoon(owner);
        return requested.quoteNumber();
    }

    @Override
    public void answer(Actor actor, AnswerQuoteCommand command) {
        List<Violation> violations = new ArrayList<>();
        try {
            validation.validate(actor, command, QuoteDesk::priceRules);
        } catch (InvalidCommand refused) {
            violations.addAll(refused.violations());
        }
        boolean customerService = actor instanceof Actor.CustomerServiceActor;
        Optional<QuoteRequest> found = Optional.empty();
        if (customerService && command != null && fieldsIntact(violations)) {
            CustomerNumber owner = new CustomerNumber(command.customerNumber());
            found = load(owner, command.quoteNumber(), null);
            LocalDate today = found.isEmpty() ? null : today(owner);
            if (today != null && command.validUntil() != null && command.validUntil().isBefore(today)) {
                violations.add(CommandValidation.violation("validUntil", "org.accountkit.quote.PastValidity.message"));
            }
            if (found.isPresent() && command.unitPrices() != null
                    && command.unitPrices().size() != found.get().snapshot().quote().lines().size()) {
                violations.add(CommandValidation.violation("unitPrices",
                        "org.accountkit.quote.PricePerLine.message"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommand(violations);
        }
        Actor.CustomerServiceActor service = customerService(actor);
        found.orElseThrow(() -> new NotFound("quote"));
        CustomerNumber owner = new CustomerNumber(command.customerNumber());
        step(owner, command.quoteNumber(), null, service.describe(), "answered, valid until " + command.validUntil(),
                (quote, now) -> {
                    quote.answer(command.unitPrices(), command.validUntil(), now);
                    Quote answered = quote.snapshot().quote();
                    if (notices.active()) {
                        storage.users().find(owner, answered.requester()).ifPresent(recipient -> notices.queue(
                                new Notice(Notice.Kind.QUOTE_ANSWERED, answered.requester(), null, null, owner,
                                        answered.requester(), answered.total().orElseThrow(), null,
                                        answered.quoteNumber(), ids.get(), recipient.email(),
                                        recipient.emailSettings().language(), null, null)));
                    }
                });
        notices.deliverSoon(owner);
    }

    /** Prices not negative, storable, in one currency. */
    private static List<Violation> priceRules(AnswerQuoteCommand command) {
        List<Violation> violations = new ArrayList<>();
        List<Money> prices = command.unitPrices();
        if (prices == null) {
            return violations;
        }
        for (int index = 0; index < prices.size(); index++) {
            Money price = prices.get(index);
            if (price != null && (price.isNegative() || !price.isStorable())) {
                violations.add(CommandValidation.violation("unitPrices[" + index + "]", price.isNegative()
                        ? "org.accountkit.quote.NegativePrice.message"
                        : "org.accountkit.AmountTooLarge.message"));
            }
        }
        if (prices.stream().filter(Objects::nonNull).map(Money::currency).distinct().count() > 1) {
            violations.add(CommandValidation.violation("unitPrices", "org.accountkit.MixedCurrencies.message"));
        }
        return violations;
    }

    /** Whether the customer number and quote number passed, so that the quote can be read. */
    private static boolean fieldsIntact(List<Violation> violations) {
        return violations.stream().noneMatch(violation -> violation.field().equals("customerNumber")
                || violation.field().equals("quoteNumber") || violation.field().equals("actor"));
    }

    @Override
    public void decline(Actor actor, DeclineQuoteCommand command) {
        validation.validate(actor, command);
        Actor.CustomerServiceActor service = customerService(actor);
        step(new CustomerNumber(command.customerNumber()), command.quoteNumber(), null, service.describe(),
                "declined: " + command.reason(), (quote, now) -> quote.decline(command.reason(), now));
    }

    @Override
    public void withdraw(Actor actor, String quoteNumber) {
        AccountUser user = userAndQuote(actor, quoteNumber);
        step(user.customerNumber(), quoteNumber, user.id(), user.email().value(), "withdrawn",
                (quote, now) -> quote.withdraw(today(user.customerNumber())));
    }

    @Override
    public ApprovalOutcome order(Actor actor, OrderQuoteCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.actingUser(actor);
        Actor.UserActor requester = (Actor.UserActor) actor;
        CustomerNumber owner = user.customerNumber();
        String quoteNumber = command.quoteNumber();
        String key = command.idempotencyKey();
        String fingerprint = Fingerprint.of(user.id() + "|quote|" + quoteNumber);
        Object outcome = LostRaces.retried(() -> {
            if (!key.isEmpty()) {
                Optional<IdempotencyRecord> used = storage.idempotencyKeys().find(owner, key);
                if (used.isPresent()) {
                    if (!used.get().fingerprint().equals(fingerprint)) {
                        throw new IdempotencyKeyReused(key);
                    }
                    return placement.replay(requester, new OrderRequestId(UUID.fromString(used.get().subject())));
                }
            }
            Instant now = clock.instant();
            LocalDate today = today(owner);
            OrderRequestId id = new OrderRequestId(ids.get());
            return storage.transactions().inTransaction(() -> {
                if (!key.isEmpty()) {
                    storage.idempotencyKeys().add(new IdempotencyRecord(owner, key, fingerprint, id.value().toString(),
                            now));
                }
                QuoteRequest quote = load(owner, quoteNumber, user.id()).orElseThrow(() -> new NotFound("quote"));
                List<OrderLine> lines = quote.order(today, id);
                storage.quotes().update(quote.snapshot());
                Money total = lines.stream().map(OrderLine::netTotal).reduce(Money::plus).orElseThrow();
                OrderPlacement.Submitted submitted = placement.submit(requester, quoteNumber, id,
                        () -> new OrderPlacement.Priced(lines, total), null);
                storage.auditTrail().append(new AuditRecord(owner, user.email().value(), AuditAction.QUOTE_MOVED,
                        quoteNumber, "ordered as " + id.value(), now));
                events.publish(owner, new QuoteMoved(owner, quote.viewOn(today), now));
                return submitted;
            });
        });
        if (outcome instanceof OrderPlacement.Submitted submitted) {
            submitted.effects().run();
            return submitted.outcome();
        }
        return (ApprovalOutcome) outcome;
    }

    @Override
    public Page<Quote> list(Actor actor, PageRequest page) {
        validation.validate(actor, page, "page");
        AccountUser user = access.requireRight(actor, Right.REQUEST_QUOTES);
        LocalDate today = today(user.customerNumber());
        Page<QuoteSnapshot> found = storage.quotes().openOf(user.customerNumber(), user.id(), today, page);
        return found.map(stored -> QuoteRequest.restore(stored).viewOn(today));
    }

    @Override
    public Quote view(Actor actor, String quoteNumber) {
        AccountUser user = userAndQuote(actor, quoteNumber);
        return load(user.customerNumber(), quoteNumber, user.isAdministrator() ? null : user.id())
                .map(quote -> quote.viewOn(today(user.customerNumber()))).orElseThrow(() -> new NotFound("quote"));
    }

    @Override
    public Page<QuoteRequestEntry> waiting(Actor actor, PageRequest page) {
        validation.validate(actor, page, "page");
        customerService(actor);
        Page<QuoteSnapshot> found = storage.quotes().requested(page);
        return found.map(stored -> new QuoteRequestEntry(stored.customerNumber(), stored.quote()));
    }

    /** What a step does to the quote, at a moment. */
    private interface Step {
        void apply(QuoteRequest quote, Instant now);
    }

    /** Reads the quote, takes the step and stores it with its audit record; after a lost race, reads again. */
    private Quote step(CustomerNumber owner, String quoteNumber, UserId onlyOf, String by, String details,
            Step step) {
        Instant now = clock.instant();
        Quote moved = LostRaces.retried(() -> storage.transactions().inTransaction(() -> {
            QuoteRequest quote = load(owner, quoteNumber, onlyOf).orElseThrow(() -> new NotFound("quote"));
            step.apply(quote, now);
            storage.quotes().update(quote.snapshot());
            storage.auditTrail().append(new AuditRecord(owner, by, AuditAction.QUOTE_MOVED, quoteNumber, details,
                    now));
            events.publish(owner, new QuoteMoved(owner, quote.snapshot().quote(), now));
            return quote.snapshot().quote();
        }));
        events.deliverSoon(owner);
        return moved;
    }

    /** The quote of the customer number, of one requester when {@code onlyOf} is given. */
    private Optional<QuoteRequest> load(CustomerNumber owner, String quoteNumber, UserId onlyOf) {
        return storage.quotes().find(owner, quoteNumber)
                .filter(found -> onlyOf == null || found.quote().requester().equals(onlyOf))
                .map(QuoteRequest::restore);
    }

    /** The acting user, after checking the quote number's shape. */
    private AccountUser userAndQuote(Actor actor, String quoteNumber) {
        validation.validate(actor, quoteNumber, "quoteNumber");
        if (!QUOTE_NUMBER.matcher(quoteNumber).matches()) {
            throw new InvalidCommand(List.of(CommandValidation.violation("quoteNumber",
                    "org.accountkit.quote.QuoteNumber.message")));
        }
        return access.actingUser(actor);
    }

    private static Actor.CustomerServiceActor customerService(Actor actor) {
        if (!(actor instanceof Actor.CustomerServiceActor service)) {
            throw new NotPermitted("CUSTOMER_SERVICE");
        }
        return service;
    }

    /** Today in the customer number's time zone. */
    private LocalDate today(CustomerNumber owner) {
        return YearNumbers.today(storage.customerAccounts(), owner, clock);
    }
}
