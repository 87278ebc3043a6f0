package org.accountkit.budget.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.budget.BudgetLimit;
import org.accountkit.budget.BudgetRemoved;
import org.accountkit.budget.BudgetStatus;
import org.accountkit.budget.CalendarPeriod;
import org.accountkit.budget.ChangeApprovalRequirement;
import org.accountkit.budget.ChangeApprovalRequirementCommand;
import org.accountkit.budget.Ledger;
import org.accountkit.budget.RemoveBudget;
import org.accountkit.budget.RemoveBudgetCommand;
import org.accountkit.budget.SetBudget;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.budget.ViewBudget;
import org.accountkit.outbox.internal.EffectQueue;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CustomerNumber;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.spi.AccountUsers;
import org.accountkit.spi.AuditTrail;
import org.accountkit.spi.Budgets;
import org.accountkit.spi.CustomerAccounts;
import org.accountkit.spi.OrderRequests;
import org.accountkit.spi.Transactions;
import org.accountkit.user.internal.AccessPolicy;
import org.accountkit.user.internal.AccountUser;
import org.jmolecules.event.types.DomainEvent;

/** The administrator's budget settings and everyone's view of their budget. */
public final class BudgetAdministration implements SetBudget, RemoveBudget, ChangeApprovalRequirement, ViewBudget {

    private final Budgets budgets;
    private final OrderRequests orders;
    private final CustomerAccounts accounts;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final CommandValidation validation;
    private final EffectQueue events;
    private final AccessPolicy access;
    private final Clock clock;

    /** Wires the use cases to their ports. */
    public BudgetAdministration(Budgets budgets, OrderRequests orders, AccountUsers users, CustomerAccounts accounts,
            AuditTrail audit, Transactions transactions, CommandValidation validation, EffectQueue events,
            Clock clock) {
        this.budgets = Objects.requireNonNull(budgets, "budgets");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = new AccessPolicy(users);
    }

    @Override
    public void set(Actor actor, SetBudgetCommand command) {
        validation.validate(actor, command);
        AccountUser administrator = access.requireAdministrator(actor);
        BudgetLimit limit = new BudgetLimit(command.amount(), command.period());
        transactions.run(() -> {
            AccountUser user = access.colleague(administrator, command.user());
            Instant now = clock.instant();
            ZoneId zone = timeZoneOf(user.customerNumber());
            Optional<UserBudget> stored = budgets.findForUpdate(user.customerNumber(), user.id())
                    .map(UserBudget::restore);
            UserBudget budget = stored.orElseGet(() -> UserBudget.open(user.customerNumber(), user.id()));
            if (!budget.canSwitchTo(command.amount().currency())) {
                throw new InvalidCommand(List.of(CommandValidation.violation("amount",
                        "org.accountkit.BudgetCurrencyLocked.message")));
            }
            CalendarPeriod current = command.period().periodAt(now, zone).orElse(null);
            Money spentSoFar = current == null ? Money.zero(command.amount().currency())
                    : orders.placedTotal(user.customerNumber(), user.id(), command.amount().currency(),
                            current.start(zone), current.end(zone));
            DomainEvent set = budget.setLimit(limit, spentSoFar, current, now);
            store(stored.isPresent(), budget);
            record(administrator, AuditAction.BUDGET_SET, user, limit.amount() + " per " + limit.period()
                    + (current == null ? "" : ", spent so far in " + current.key() + ": " + spentSoFar));
            events.publish(user.customerNumber(), set);
        });
        events.deliverSoon(administrator.customerNumber());
    }

    @Override
    public void remove(Actor actor, RemoveBudgetCommand command) {
        validation.validate(actor, command);
        AccountUser administrator = access.requireAdministrator(actor);
        transactions.run(() -> {
            AccountUser user = access.colleague(administrator, command.user());
            Optional<UserBudget> budget = budgets.findForUpdate(user.customerNumber(), user.id())
                    .map(UserBudget::restore);
            Optional<BudgetRemoved> event = budget.flatMap(found -> found.removeLimit(clock.instant()));
            if (event.isPresent()) {
                budgets.update(budget.get().snapshot());
                record(administrator, AuditAction.BUDGET_REMOVED, user, "no budget");
                events.publish(user.customerNumber(), event.get());
            }
        });
        events.deliverSoon(administrator.customerNumber());
    }

    @Override
    public void change(Actor actor, ChangeApprovalRequirementCommand command) {
        validation.validate(actor, command);
        AccountUser administrator = access.requireAdministrator(actor);
        transactions.run(() -> {
            AccountUser user = access.colleague(administrator, command.user());
            Optional<UserBudget> stored = budgets.findForUpdate(user.customerNumber(), user.id())
                    .map(UserBudget::restore);
            UserBudget budget = stored.orElseGet(() -> UserBudget.open(user.customerNumber(), user.id()));
            DomainEvent changed = budget.requireApprovalForEveryOrder(command.everyOrderNeedsApproval(),
                    clock.instant());
            store(stored.isPresent(), budget);
            record(administrator, AuditAction.APPROVAL_REQUIREMENT_CHANGED, user, command.everyOrderNeedsApproval()
                    ? "every order needs approval" : "orders within budget are placed");
            events.publish(user.customerNumber(), changed);
        });
        events.deliverSoon(administrator.customerNumber());
    }

    @Override
    public BudgetStatus view(Actor actor, UserId userId) {
        validation.validate(actor, userId, "user");
        AccountUser acting = access.actingUser(actor);
        AccountUser user = acting.id().equals(userId) ? acting
                : access.colleague(access.requireAdministrator(actor), userId);
        UserBudget budget = budgets.find(user.customerNumber(), user.id()).map(UserBudget::restore)
                .orElseGet(() -> UserBudget.open(user.customerNumber(), user.id()));
        Optional<CalendarPeriod> period = budget.limit().isEmpty() ? Optional.empty()
                : budget.periodAt(clock.instant(), timeZoneOf(user.customerNumber()));
        CalendarPeriod current = period.orElse(null);
        Optional<Ledger> ledger = budget.ledger();
        return new BudgetStatus(user.id(), budget.limit(), period, ledger.map(kept -> kept.spentIn(current)),
                ledger.map(Ledger::reserved), budget.remaining(current), budget.everyOrderNeedsApproval());
    }

    private void store(boolean stored, UserBudget budget) {
        if (stored) {
            budgets.update(budget.snapshot());
        } else {
            budgets.add(budget.snapshot());
        }
    }

    private ZoneId timeZoneOf(CustomerNumber customerNumber) {
        return accounts.find(customerNumber).orElseThrow(() -> new NotFound("customer account")).timeZone();
    }

    private void record(AccountUser actor, AuditAction action, AccountUser subject, String details) {
        audit.append(new AuditRecord(subject.customerNumber(), actor.email().value(), action,
                subject.email().value(), details, clock.instant()));
    }
}
