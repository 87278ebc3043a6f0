package org.accountkit.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.approval.IdempotencyKeyReused;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.budget.internal.UserBudget;
import org.accountkit.ordering.ArticleCatalog;
import org.accountkit.orders.LineQuantity;
import org.accountkit.orders.OrderedLine;
import org.accountkit.outbox.Notice;
import org.accountkit.outbox.internal.EffectQueue;
import org.accountkit.outbox.internal.NoticeQueue;
import org.accountkit.service.DecideServiceCase;
import org.accountkit.service.DecideServiceCaseCommand;
import org.accountkit.service.ListServiceCases;
import org.accountkit.service.OutsideReturnPeriod;
import org.accountkit.service.OutsideWarranty;
import org.accountkit.service.RegisterDeliveryProblem;
import org.accountkit.service.RegisterDeliveryProblemCommand;
import org.accountkit.service.RegisterRepair;
import org.accountkit.service.RegisterRepairCommand;
import org.accountkit.service.RegisterReturn;
import org.accountkit.service.RegisterReturnCommand;
import org.accountkit.service.RegisterWarrantyClaim;
import org.accountkit.service.RegisterWarrantyClaimCommand;
import org.accountkit.service.Resolution;
import org.accountkit.service.ReturnExceedsDelivered;
import org.accountkit.service.ReturnReason;
import org.accountkit.service.ReturnedGoods;
import org.accountkit.service.ReturnedLine;
import org.accountkit.service.ServiceCase;
import org.accountkit.service.ServiceCaseKind;
import org.accountkit.service.ServiceCaseMoved;
import org.accountkit.service.ServiceCaseQuery;
import org.accountkit.service.ServiceCaseRegistered;
import org.accountkit.service.ServiceCaseStatus;
import org.accountkit.service.TransitionNotAllowed;
import org.accountkit.service.ViewServiceCase;
import org.accountkit.service.WithdrawServiceCase;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Page;
import org.accountkit.shared.Violation;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.shared.internal.Fingerprint;
import org.accountkit.shared.internal.LostRaces;
import org.accountkit.shared.internal.YearNumbers;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.DeliverySnapshot;
import org.accountkit.spi.IdempotencyRecord;
import org.accountkit.spi.SalesOrderSnapshot;
import org.accountkit.spi.ServiceCaseSnapshot;
import org.accountkit.user.Right;
import org.accountkit.user.internal.AccessPolicy;
import org.accountkit.user.internal.AccountUser;

/**
 * Service cases: one model and one state machine for every kind (returns, repair requests, warranty claims, delivery
 * problems). A return is checked against what its order delivered and earlier returns send back in the transaction
 * that registers it, with the order claimed, so two returns of one line at the same moment cannot both pass; a return
 * resolved as credited credits the order's requester's budget in the order's booked period, in the transaction that
 * resolves it.
 */
public final class ServiceDesk implements RegisterReturn, RegisterRepair, RegisterDeliveryProblem,
        RegisterWarrantyClaim, DecideServiceCase, WithdrawServiceCase, ListServiceCases, ViewServiceCase {

    private static final int SUBJECT_LENGTH = 200;
    private static final Pattern CASE_NUMBER = Pattern.compile(ServiceCaseQuery.CASE_NUMBER);

    private final AccountStorage storage;
    private final CommandValidation validation;
    private final AccessPolicy access;
    private final EffectQueue events;
    private final Clock clock;
    private final ArticleCatalog catalog;
    private final Period returnPeriod;
    private final NoticeQueue notices;

    /**
     * Wires the use cases to their ports.
     *
     * @param catalog      the host's catalog, for warranty periods, or {@code null} without one (warranty claims are
     *                     then unavailable)
     * @param returnPeriod how long after its latest delivery a line may be returned
     */
    public ServiceDesk(AccountStorage storage, CommandValidation validation, EffectQueue events, Clock clock,
            ArticleCatalog catalog, Period returnPeriod, NoticeQueue notices) {
        this.notices = Objects.requireNonNull(notices, "notices");
        this.catalog = catalog;
        this.returnPeriod = Objects.requireNonNull(returnPeriod, "returnPeriod");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = new AccessPolicy(storage.users());
    }

    @Override
    public String register(Actor actor, RegisterReturnCommand command) {
        validation.validate(actor, command, ServiceDesk::returnRules);
        AccountUser user = access.requireRight(actor, Right.REGISTER_RETURNS_AND_SERVICE);
        String key = command.idempotencyKey();
        String fingerprint = Fingerprint.of(user.id() + "|return|" + command.withIdempotencyKey(""));
        return registerCase(user, ServiceCaseKind.RETURN, command.remark(), number -> {
            if (!key.isEmpty()) {
                storage.idempotencyKeys().add(new IdempotencyRecord(user.customerNumber(), key, fingerprint, number,
                        clock.instant()));
            }
        }, () -> {
            Optional<IdempotencyRecord> used = key.isEmpty() ? Optional.empty()
                    : storage.idempotencyKeys().find(user.customerNumber(), key);
            if (used.isPresent()) {
                if (!used.get().fingerprint().equals(fingerprint)) {
                    throw new IdempotencyKeyReused(key);
                }
                return Registration.already(used.get().subject());
            }
            SalesOrderSnapshot order = visibleOrder(user, command.erpOrderNumber());
            ReturnedGoods goods = returnable(user.customerNumber(), order, command);
            storage.salesOrders().claim(order);
            String subject = "order " + order.erpOrderNumber() + ": " + goods.lines().stream()
                    .map(line -> line.quantity() + " x " + line.articleNumber()).collect(Collectors.joining(", "));
            return new Registration(subject.length() <= SUBJECT_LENGTH ? subject
                    : subject.substring(0, SUBJECT_LENGTH - 3) + "...", Optional.of(goods));
        });
    }

    /** A line named twice, and reason {@code OTHER} without a remark. */
    private static List<Violation> returnRules(RegisterReturnCommand command) {
        List<Violation> violations = new ArrayList<>();
        if (command.lines() != null) {
            Set<Integer> seen = new HashSet<>();
            for (int index = 0; index < command.lines().size(); index++) {
                LineQuantity line = command.lines().get(index);
                if (line != null && !seen.add(line.lineNumber())) {
                    violations.add(CommandValidation.violation("lines[" + index + "].lineNumber",
                            "org.accountkit.orders.LineTwice.message"));
                }
            }
        }
        if (command.reason() == ReturnReason.OTHER && command.remark() != null && command.remark().isBlank()) {
            violations.add(CommandValidation.violation("remark", "org.accountkit.service.RemarkForOther.message"));
        }
        return violations;
    }

    /**
     * The goods the command returns, checked line by line against the order's deliveries, the return period and the
     * order's earlier returns that count.
     */
    private ReturnedGoods returnable(CustomerNumber owner, SalesOrderSnapshot order, RegisterReturnCommand command) {
        for (LineQuantity named : command.lines()) {
            if (named.lineNumber() > order.lines().size()) {
                throw new NotFound("order line");
            }
        }
        Map<Integer, LocalDate> lastDelivered = new HashMap<>();
        for (DeliverySnapshot delivery : storage.salesOrders().deliveriesOf(owner, order.erpOrderNumber())) {
            for (LineQuantity line : delivery.delivery().lines()) {
                lastDelivered.merge(line.lineNumber(), delivery.delivery().deliveredOn(),
                        (one, other) -> one.isAfter(other) ? one : other);
            }
        }
        List<ServiceCase> earlier = storage.serviceCases().returnsOf(owner, order.erpOrderNumber()).stream()
                .filter(ServiceCase::countsAsReturned).toList();
        LocalDate today = today(owner);
        List<ReturnedLine> lines = new ArrayList<>();
        for (LineQuantity named : command.lines()) {
            OrderedLine line = order.lines().get(named.lineNumber() - 1);
            int returned = earlier.stream().mapToInt(found -> found.returned().orElseThrow()
                    .quantityOf(line.lineNumber())).sum();
            int returnable = line.delivered() - returned;
            if (named.quantity() > returnable) {
                throw new ReturnExceedsDelivered(order.erpOrderNumber(), line.lineNumber(), Math.max(returnable, 0));
            }
            LocalDate deliveredOn = lastDelivered.get(line.lineNumber());
            LocalDate lastDay = deliveredOn == null ? null : deliveredOn.plus(returnPeriod);
            if (lastDay == null || today.isAfter(lastDay)) {
                throw new OutsideReturnPeriod(order.erpOrderNumber(), line.lineNumber(),
                        deliveredOn == null ? today : deliveredOn, lastDay == null ? today : lastDay);
            }
            lines.add(new ReturnedLine(line.lineNumber(), line.articleNumber(), named.quantity(),
                    line.unitNetPrice()));
        }
        return new ReturnedGoods(order.erpOrderNumber(), command.reason(), lines);
    }

    /** Today in the customer number's time zone. */
    private LocalDate today(CustomerNumber owner) {
        return YearNumbers.today(storage.customerAccounts(), owner, clock);
    }

    @Override
    public String register(Actor actor, RegisterRepairCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.requireRight(actor, Right.REGISTER_RETURNS_AND_SERVICE);
        String subject = command.articleNumber()
                + (command.serialNumber().isEmpty() ? "" : " (serial " + command.serialNumber() + ")");
        return registerCase(user, ServiceCaseKind.REPAIR, command.problem(), number -> { }, () -> new Registration(subject,
                Optional.empty()));
    }

    @Override
    public String register(Actor actor, RegisterDeliveryProblemCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.requireRight(actor, Right.REGISTER_RETURNS_AND_SERVICE);
        SalesOrderSnapshot order = visibleOrder(user, command.erpOrderNumber());
        if (!command.shipmentNumber().isEmpty() && storage.salesOrders().shipmentsOf(user.customerNumber(),
                order.erpOrderNumber()).stream().noneMatch(shipment -> shipment.shipmentNumber()
                        .equals(command.shipmentNumber()))) {
            throw new NotFound("shipment");
        }
        String subject = command.problem().name() + " order " + order.erpOrderNumber()
                + (command.shipmentNumber().isEmpty() ? "" : " shipment " + command.shipmentNumber());
        return registerCase(user, ServiceCaseKind.DELIVERY_PROBLEM, command.description(), number -> { },
                () -> new Registration(
                subject, Optional.empty()));
    }

    @Override
    public String register(Actor actor, RegisterWarrantyClaimCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.requireRight(actor, Right.REGISTER_RETURNS_AND_SERVICE);
        if (catalog == null) {
            throw new IllegalStateException("AccountKit was built without an ArticleCatalog, which knows the "
                    + "warranty periods: RegisterWarrantyClaim is unavailable. Pass one to "
                    + "AccountKit.builder().articleCatalog(...).");
        }
        SalesOrderSnapshot order = visibleOrder(user, command.erpOrderNumber());
        if (command.lineNumber() > order.lines().size()) {
            throw new NotFound("order line");
        }
        OrderedLine line = order.lines().get(command.lineNumber() - 1);
        LocalDate deliveredOn = storage.salesOrders().deliveriesOf(user.customerNumber(), order.erpOrderNumber())
                .stream().filter(delivery -> delivery.delivery().lines().stream()
                        .anyMatch(quantity -> quantity.lineNumber() == command.lineNumber()))
                .map(delivery -> delivery.delivery().deliveredOn()).max(Comparator.naturalOrder())
                .orElseThrow(() -> new NotFound("order line"));
        LocalDate today = today(user.customerNumber());
        Optional<Period> warranty = catalog.warrantyPeriod(line.articleNumber());
        LocalDate lastDay = warranty.map(period -> deliveredOn.plus(period).minusDays(1)).orElse(deliveredOn);
        if (warranty.isEmpty() || today.isAfter(lastDay)) {
            throw new OutsideWarranty(line.articleNumber(), deliveredOn, lastDay);
        }
        String subject = line.articleNumber() + " order " + order.erpOrderNumber() + " line " + line.lineNumber()
                + (command.serialNumber().isEmpty() ? "" : " (serial " + command.serialNumber() + ")");
        return registerCase(user, ServiceCaseKind.WARRANTY_CLAIM, command.problem(), number -> { },
                () -> new Registration(subject,
                Optional.empty()));
    }

    /** An order of the user's customer number that the user sees in the order overview. */
    private SalesOrderSnapshot visibleOrder(AccountUser user, String erpOrderNumber) {
        return storage.salesOrders().find(user.customerNumber(), erpOrderNumber)
                .filter(found -> user.holds(Right.SEE_ALL_ORDERS) || user.id().equals(found.requester()))
                .orElseThrow(() -> new NotFound("order"));
    }

    /** What a new case concerns, decided in its transaction. */
    private record Registration(String subject, Optional<ReturnedGoods> returned, String already) {

        Registration(String subject, Optional<ReturnedGoods> returned) {
            this(subject, returned, null);
        }

        /** Nothing to register: the case of this number was registered under the same idempotency key before. */
        static Registration already(String caseNumber) {
            return new Registration("", Optional.empty(), caseNumber);
        }
    }

    /**
     * Numbers and stores a new case; a number taken at the same moment on another server, or a claimed order, starts
     * the transaction again.
     *
     * @param numbered what else to store with the case, once its number is known, in its transaction
     * @param decide   reads and checks what the case concerns, inside the transaction that stores it
     */
    private String registerCase(AccountUser user, ServiceCaseKind kind, String description,
            Consumer<String> numbered, Supplier<Registration> decide) {
        Instant now = clock.instant();
        CustomerNumber owner = user.customerNumber();
        Object outcome = LostRaces.retried(() -> storage.transactions().inTransaction(() -> {
            Registration registration = decide.get();
            if (registration.already() != null) {
                return registration.already();
            }
            String subject = registration.subject();
            String number = YearNumbers.next(kind.prefix(), now,
                    prefix -> storage.serviceCases().numbered(owner, prefix));
            ServiceCase created = new ServiceCase(number, kind, ServiceCaseStatus.REGISTERED, user.id(), subject,
                    description, now, Optional.empty(), "", now, registration.returned());
            storage.serviceCases().add(new ServiceCaseSnapshot(owner, created, 0));
            numbered.accept(number);
            registration.returned().ifPresent(goods -> notices.queueDocument(Notice.Kind.RETURN_REGISTERED, owner,
                    List.of(user.snapshot()), goods.worth(), number, null, null));
            storage.auditTrail().append(new AuditRecord(owner, user.email().value(),
                    AuditAction.SERVICE_CASE_REGISTERED, number, kind + ": " + subject, now));
            events.publish(owner, new ServiceCaseRegistered(owner, created, now));
            return created;
        }));
        if (outcome instanceof String already) {
            return already;
        }
        ServiceCase registered = (ServiceCase) outcome;
        notices.deliverSoon(owner);
        events.deliverSoon(owner);
        return registered.caseNumber();
    }

    @Override
    public void decide(Actor actor, DecideServiceCaseCommand command) {
        validation.validate(actor, command, ServiceDesk::decisionRules);
        if (!(actor instanceof Actor.CustomerServiceActor service)) {
            throw new NotPermitted("CUSTOMER_SERVICE");
        }
        move(new CustomerNumber(command.customerNumber()), command.caseNumber(), null, command.to(),
                Optional.ofNullable(command.resolution()), command.note(), service.describe());
    }

    /** A resolution with {@code RESOLVED} only, and a reason with {@code REFUSED}. */
    private static List<Violation> decisionRules(DecideServiceCaseCommand command) {
        List<Violation> violations = new ArrayList<>();
        if (command.to() != null && (command.to() == ServiceCaseStatus.RESOLVED) != (command.resolution() != null)) {
            violations.add(CommandValidation.violation("resolution", "org.accountkit.service.Resolution.message"));
        }
        if (command.to() == ServiceCaseStatus.REFUSED && command.note() != null && command.note().isBlank()) {
            violations.add(CommandValidation.violation("note", "jakarta.validation.constraints.NotBlank.message"));
        }
        return violations;
    }

    @Override
    public void withdraw(Actor actor, String caseNumber) {
        AccountUser user = userAndCase(actor, caseNumber);
        move(user.customerNumber(), caseNumber, user, ServiceCaseStatus.WITHDRAWN, Optional.empty(), "",
                user.email().value());
    }

    /** Moves a case; when someone else moved it at the same moment, reads it again and decides again. */
    private void move(CustomerNumber owner, String caseNumber, AccountUser onlyOf, ServiceCaseStatus to,
            Optional<Resolution> resolution, String note, String by) {
        Instant now = clock.instant();
        LostRaces.retried(() -> storage.transactions().inTransaction(() -> {
            ServiceCaseSnapshot stored = storage.serviceCases().find(owner, caseNumber)
                    .filter(found -> onlyOf == null || found.serviceCase().requester().equals(onlyOf.id()))
                    .orElseThrow(() -> new NotFound("service case"));
            ServiceCase current = stored.serviceCase();
            if (!current.status().next().contains(to)) {
                throw new TransitionNotAllowed(caseNumber, current.status(), to);
            }
            ServiceCase next = current.movedTo(to, resolution, note, now);
            storage.serviceCases().update(new ServiceCaseSnapshot(owner, next, stored.version()));
            if (resolution.equals(Optional.of(Resolution.CREDITED))) {
                next.returned().ifPresent(goods -> creditBudget(owner, goods));
            }
            if (to == ServiceCaseStatus.RESOLVED) {
                next.returned().ifPresent(goods -> notices.queueDocument(Notice.Kind.RETURN_RESOLVED, owner,
                        storage.users().find(owner, next.requester()).map(List::of).orElse(List.of()),
                        goods.worth(), caseNumber, null, resolution.orElseThrow().name()
                                + (note.isEmpty() ? "" : ": " + note)));
            }
            storage.auditTrail().append(new AuditRecord(owner, by, AuditAction.SERVICE_CASE_MOVED, caseNumber,
                    current.status() + " -> " + to + resolution.map(done -> " (" + done + ")").orElse("")
                            + (note.isEmpty() ? "" : ": " + note), now));
            events.publish(owner, new ServiceCaseMoved(owner, next, now));
            return next;
        }));
        notices.deliverSoon(owner);
        events.deliverSoon(owner);
    }

    /**
     * Credits what credited goods were worth to the budget of their order's requester, in the period the order was
     * booked in: nothing when the order was not booked on a budget, or that period has passed.
     */
    private void creditBudget(CustomerNumber owner, ReturnedGoods goods) {
        storage.salesOrders().find(owner, goods.erpOrderNumber())
                .filter(order -> order.requester() != null && order.bookedPeriod() != null)
                .ifPresent(order -> storage.budgets().findForUpdate(owner, order.requester()).map(UserBudget::restore)
                        .filter(budget -> budget.credit(goods.worth(), order.bookedPeriod()))
                        .ifPresent(budget -> storage.budgets().update(budget.snapshot())));
    }

    @Override
    public Page<ServiceCase> list(Actor actor, ServiceCaseQuery query) {
        validation.validate(actor, query);
        AccountUser user = access.requireRight(actor, Right.REGISTER_RETURNS_AND_SERVICE);
        return storage.serviceCases().list(user.customerNumber(), user.isAdministrator() ? null : user.id(),
                query.kinds(), query.statuses(), query.page());
    }

    @Override
    public ServiceCase view(Actor actor, String caseNumber) {
        userAndCase(actor, caseNumber);
        AccountUser user = access.requireRight(actor, Right.REGISTER_RETURNS_AND_SERVICE);
        return storage.serviceCases().find(user.customerNumber(), caseNumber).map(ServiceCaseSnapshot::serviceCase)
                .filter(found -> user.isAdministrator() || found.requester().equals(user.id()))
                .orElseThrow(() -> new NotFound("service case"));
    }

    /** The acting user, after checking the case number's shape. */
    private AccountUser userAndCase(Actor actor, String caseNumber) {
        validation.validate(actor, caseNumber, "caseNumber");
        if (!CASE_NUMBER.matcher(caseNumber).matches()) {
            throw new InvalidCommand(List.of(CommandValidation.violation("caseNumber",
                    "org.accountkit.service.CaseNumber.message")));
        }
        return access.actingUser(actor);
    }
}
