package org.accountkit.service.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.accountkit.ConcurrentModification;
import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.NotPermitted;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.ordering.ArticleCatalog;
import org.accountkit.orders.OrderedLine;
import org.accountkit.service.DecideServiceCase;
import org.accountkit.service.DecideServiceCaseCommand;
import org.accountkit.service.ListServiceCases;
import org.accountkit.service.OutsideWarranty;
import org.accountkit.service.RegisterDeliveryProblem;
import org.accountkit.service.RegisterDeliveryProblemCommand;
import org.accountkit.service.RegisterRepair;
import org.accountkit.service.RegisterRepairCommand;
import org.accountkit.service.RegisterWarrantyClaim;
import org.accountkit.service.RegisterWarrantyClaimCommand;
import org.accountkit.service.Resolution;
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
import org.accountkit.shared.internal.EventPublisher;
import org.accountkit.spi.AccountStorage;
import org.accountkit.spi.SalesOrderSnapshot;
import org.accountkit.spi.ServiceCaseSnapshot;
import org.accountkit.user.Right;
import org.accountkit.user.internal.AccessPolicy;
import org.accountkit.user.internal.AccountUser;

/**
 * Service cases: one model and one state machine for every kind. So far repair requests and delivery problems are
 * registered here; returns and warranty claims come next.
 */
public final class ServiceDesk implements RegisterRepair, RegisterDeliveryProblem, RegisterWarrantyClaim,
        DecideServiceCase, WithdrawServiceCase, ListServiceCases, ViewServiceCase {

    private static final int ATTEMPTS = 8;
    private static final Pattern CASE_NUMBER = Pattern.compile(ServiceCaseQuery.CASE_NUMBER);

    private final AccountStorage storage;
    private final CommandValidation validation;
    private final AccessPolicy access;
    private final EventPublisher events;
    private final Clock clock;
    private final ArticleCatalog catalog;

    /**
     * Wires the use cases to their ports.
     *
     * @param catalog the host's catalog, for warranty periods, or {@code null} without one (warranty claims are then
     *                unavailable)
     */
    public ServiceDesk(AccountStorage storage, CommandValidation validation, EventPublisher events, Clock clock,
            ArticleCatalog catalog) {
        this.catalog = catalog;
        this.storage = Objects.requireNonNull(storage, "storage");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = new AccessPolicy(storage.users());
    }

    @Override
    public String register(Actor actor, RegisterRepairCommand command) {
        validation.validate(actor, command);
        AccountUser user = access.requireRight(actor, Right.REGISTER_RETURNS_AND_SERVICE);
        String subject = command.articleNumber()
                + (command.serialNumber().isEmpty() ? "" : " (serial " + command.serialNumber() + ")");
        return registerCase(user, ServiceCaseKind.REPAIR, subject, command.problem());
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
        return registerCase(user, ServiceCaseKind.DELIVERY_PROBLEM, subject, command.description());
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
        ZoneId zone = storage.customerAccounts().find(user.customerNumber()).orElseThrow().timeZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Optional<Period> warranty = catalog.warrantyPeriod(line.articleNumber());
        LocalDate lastDay = warranty.map(period -> deliveredOn.plus(period).minusDays(1)).orElse(deliveredOn);
        if (warranty.isEmpty() || today.isAfter(lastDay)) {
            throw new OutsideWarranty(line.articleNumber(), deliveredOn, lastDay);
        }
        String subject = line.articleNumber() + " order " + order.erpOrderNumber() + " line " + line.lineNumber()
                + (command.serialNumber().isEmpty() ? "" : " (serial " + command.serialNumber() + ")");
        return registerCase(user, ServiceCaseKind.WARRANTY_CLAIM, subject, command.problem());
    }

    /** An order of the user's customer number that the user sees in the order overview. */
    private SalesOrderSnapshot visibleOrder(AccountUser user, String erpOrderNumber) {
        return storage.salesOrders().find(user.customerNumber(), erpOrderNumber)
                .filter(found -> user.holds(Right.SEE_ALL_ORDERS) || user.id().equals(found.requester()))
                .orElseThrow(() -> new NotFound("order"));
    }

    /** Numbers and stores a new case; a number taken at the same moment on another server is drawn again. */
    private String registerCase(AccountUser user, ServiceCaseKind kind, String subject, String description) {
        Instant now = clock.instant();
        CustomerNumber owner = user.customerNumber();
        String prefix = kind.prefix() + "-" + LocalDate.ofInstant(now, java.time.ZoneOffset.UTC).getYear() + "-";
        for (int attempt = 1; ; attempt++) {
            try {
                ServiceCase registered = storage.transactions().inTransaction(() -> {
                    String number = prefix + String.format("%06d", storage.serviceCases().numbered(owner, prefix) + 1);
                    ServiceCase created = new ServiceCase(number, kind, ServiceCaseStatus.REGISTERED, user.id(),
                            subject, description, now, Optional.empty(), "", now);
                    storage.serviceCases().add(new ServiceCaseSnapshot(owner, created, 0));
                    storage.auditTrail().append(new AuditRecord(owner, user.email().value(),
                            AuditAction.SERVICE_CASE_REGISTERED, number, kind + ": " + subject, now));
                    return created;
                });
                events.publish(new ServiceCaseRegistered(owner, registered, now));
                return registered.caseNumber();
            } catch (ConcurrentModification taken) {
                if (attempt == ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    @Override
    public void decide(Actor actor, DecideServiceCaseCommand command) {
        validation.validate(actor, command);
        List<Violation> violations = new java.util.ArrayList<>();
        if ((command.to() == ServiceCaseStatus.RESOLVED) != (command.resolution() != null)) {
            violations.add(CommandValidation.violation("resolution", "org.accountkit.service.Resolution.message"));
        }
        if (command.to() == ServiceCaseStatus.REFUSED && command.note().isBlank()) {
            violations.add(CommandValidation.violation("note", "jakarta.validation.constraints.NotBlank.message"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommand(violations);
        }
        if (!(actor instanceof Actor.CustomerServiceActor service)) {
            throw new NotPermitted("CUSTOMER_SERVICE");
        }
        move(new CustomerNumber(command.customerNumber()), command.caseNumber(), null, command.to(),
                Optional.ofNullable(command.resolution()), command.note(), service.describe());
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
        for (int attempt = 1; ; attempt++) {
            try {
                Instant now = clock.instant();
                ServiceCase moved = storage.transactions().inTransaction(() -> {
                    ServiceCaseSnapshot stored = storage.serviceCases().find(owner, caseNumber)
                            .filter(found -> onlyOf == null || found.serviceCase().requester().equals(onlyOf.id()))
                            .orElseThrow(() -> new NotFound("service case"));
                    ServiceCase current = stored.serviceCase();
                    if (!current.status().next().contains(to)) {
                        throw new TransitionNotAllowed(caseNumber, current.status(), to);
                    }
                    ServiceCase next = new ServiceCase(current.caseNumber(), current.kind(), to, current.requester(),
                            current.subject(), current.description(), current.registeredAt(), resolution, note, now);
                    storage.serviceCases().update(new ServiceCaseSnapshot(owner, next, stored.version()));
                    storage.auditTrail().append(new AuditRecord(owner, by, AuditAction.SERVICE_CASE_MOVED, caseNumber,
                            current.status() + " -> " + to + resolution.map(done -> " (" + done + ")").orElse("")
                                    + (note.isEmpty() ? "" : ": " + note), now));
                    return next;
                });
                events.publish(new ServiceCaseMoved(owner, moved, now));
                return;
            } catch (ConcurrentModification movedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw movedMeanwhile;
                }
            }
        }
    }

    @Override
    public Page<ServiceCase> list(Actor actor, ServiceCaseQuery query) {
        validation.validate(actor, query);
        AccountUser user = access.actingUser(actor);
        return storage.serviceCases().list(user.customerNumber(), user.isAdministrator() ? null : user.id(),
                query.kinds(), query.statuses(), query.page());
    }

    @Override
    public ServiceCase view(Actor actor, String caseNumber) {
        AccountUser user = userAndCase(actor, caseNumber);
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
