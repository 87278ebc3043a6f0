package org.accountkit.budget.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.accountkit.InvalidCommand;
import org.accountkit.NotFound;
import org.accountkit.approval.OrderRequests;
import org.accountkit.audit.AuditAction;
import org.accountkit.audit.AuditRecord;
import org.accountkit.audit.AuditTrail;
import org.accountkit.budget.BudgetLimit;
import org.accountkit.budget.BudgetPeriod;
import org.accountkit.budget.BudgetStatus;
import org.accountkit.budget.Budgets;
import org.accountkit.budget.ChangeApprovalRequirement;
import org.accountkit.budget.ChangeApprovalRequirementCommand;
import org.accountkit.budget.RemoveBudget;
import org.accountkit.budget.RemoveBudgetCommand;
import org.accountkit.budget.SetBudget;
import org.accountkit.budget.SetBudgetCommand;
import org.accountkit.budget.UserBudget;
import org.accountkit.budget.ViewBudget;
import org.accountkit.customer.CustomerAccounts;
import org.accountkit.customer.CustomerNumber;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CommandValidation;
import org.accountkit.shared.Money;
import org.accountkit.shared.Transactions;
import org.accountkit.shared.UserId;
import org.accountkit.user.AccessPolicy;
import org.accountkit.user.AccountUser;
import org.accountkit.user.AccountUsers;

/** The administrator's budget settings and everyone's view of their budget. */
public final class BudgetAdministration implements SetBudget, RemoveBudget, ChangeApprovalRequirement, ViewBudget {

    private final Budgets budgets;
    private final OrderRequests orders;
    private final CustomerAccounts accounts;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final CommandValidation validation;
    private final AccessPolicy access;
    private final Clock clock;

    /** Wires the use cases to their ports. */
    public BudgetAdministration(Budgets budgets, OrderRequests orders, AccountUsers users, CustomerAccounts accounts,
            AuditTrail audit, Transactions transactions, CommandValidation validation, Clock clock) {
        this.budgets = Objects.requireNonNull(budgets, "budgets");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.access = new AccessPolicy(users);
    }

    @Override
    public void set(Actor actor, SetBudgetCommand command) {
        validation.validate(actor, command);
        AccountUser administrator = access.requireAdministrator(actor);
        BudgetLimit limit = new BudgetLimit(new Money(command.amount(), command.currency()), command.period());
        transactions.run(() -> {
            AccountUser user = access.colleague(administrator, command.user());
            Instant now = clock.instant();
            ZoneId zone = timeZoneOf(user.customerNumber());
            UserBudget budget = budgets.findForUpdate(user.id()).orElse(null);
            if (budget != null && !budget.canSwitchTo(command.currency())) {
                throw new InvalidCommand(List.of(CommandValidation.violation("currency",
                        "org.accountkit.BudgetCurrencyLocked.message")));
            }
            Money spentSoFar = command.period() == BudgetPeriod.PER_ORDER
                    ? Money.zero(command.currency())
                    : orders.placedTotal(user.id(), command.currency(), command.period().startOf(now, zone),
                            command.period().endOf(now, zone));
            String currentPeriod = command.period().keyOf(now, zone);
            if (budget == null) {
                UserBudget created = UserBudget.open(user.id(), user.customerNumber());
                created.setLimit(limit, spentSoFar, currentPeriod);
                budgets.add(created);
            } else {
                budget.setLimit(limit, spentSoFar, currentPeriod);
                budgets.update(budget);
            }
            record(administrator, AuditAction.BUDGET_SET, user, limit.amount() + " per " + limit.period()
                    + ", spent so far in " + currentPeriod + ": " + spentSoFar);
        });
    }

    @Override
    public void remove(Actor actor, RemoveBudgetCommand command) {
        validation.validate(actor, command);
        AccountUser administrator = access.requireAdministrator(actor);
        transactions.run(() -> {
            AccountUser user = access.colleague(administrator, command.user());
            budgets.findForUpdate(user.id()).filter(budget -> budget.limit().isPresent()).ifPresent(budget -> {
                budget.removeLimit();
                budgets.update(budget);
                record(administrator, AuditAction.BUDGET_REMOVED, user, "no budget");
            });
        });
    }

    @Override
    public void change(Actor actor, ChangeApprovalRequirementCommand command) {
        validation.validate(actor, command);
        AccountUser administrator = access.requireAdministrator(actor);
        transactions.run(() -> {
            AccountUser user = access.colleague(administrator, command.user());
            UserBudget budget = budgets.findForUpdate(user.id()).orElse(null);
            if (budget == null) {
                UserBudget created = UserBudget.open(user.id(), user.customerNumber());
                created.requireApprovalForEveryOrder(command.everyOrderNeedsApproval());
                budgets.add(created);
            } else {
                budget.requireApprovalForEveryOrder(command.everyOrderNeedsApproval());
                budgets.update(budget);
            }
            record(administrator, AuditAction.APPROVAL_REQUIREMENT_CHANGED, user,
                    command.everyOrderNeedsApproval() ? "every order needs approval" : "orders within budget are placed");
        });
    }

    @Override
    public BudgetStatus view(Actor actor, UserId userId) {
        validation.validate(actor, userId);
        AccountUser acting = access.actingUser(actor);
        AccountUser user = acting.id().equals(userId) ? acting
                : access.colleague(access.requireAdministrator(actor), userId);
        UserBudget budget = budgets.find(user.id()).orElse(UserBudget.open(user.id(), user.customerNumber()));
        String period = budget.limit()
                .map(limit -> limit.period().keyOf(clock.instant(), timeZoneOf(user.customerNumber())))
                .orElse(budget.periodKey());
        return new BudgetStatus(user.id(), budget.limit(), period, budget.spentIn(period), budget.reservedMoney(),
                budget.remaining(period), budget.everyOrderNeedsApproval());
    }

    private ZoneId timeZoneOf(CustomerNumber customerNumber) {
        return accounts.find(customerNumber).orElseThrow(() -> new NotFound("customer account")).timeZone();
    }

    private void record(AccountUser actor, AuditAction action, AccountUser subject, String details) {
        audit.append(new AuditRecord(subject.customerNumber(), actor.email().value(), action,
                subject.email().value(), details, clock.instant()));
    }
}
