package org.accountkit.approval.internal;

import java.util.ArrayList;
import java.util.List;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.approval.ApprovalPolicy;
import org.accountkit.approval.ConfigureApprovalRules;
import org.accountkit.approval.ConfigureApprovalRulesCommand;
import org.accountkit.approval.EndSubstitution;
import org.accountkit.approval.NameSubstitute;
import org.accountkit.approval.NameSubstituteCommand;
import org.accountkit.approval.Substitution;
import org.accountkit.audit.AuditAction;
import org.accountkit.shared.Actor;
import org.accountkit.shared.CommandValidation;
import org.accountkit.shared.Money;
import org.accountkit.shared.Violation;
import org.accountkit.user.AccountUser;
import org.accountkit.user.Right;

/** The settings around approving: the customer number's rules and approvers' substitutes. */
public final class ApproverSettings implements ConfigureApprovalRules, NameSubstitute, EndSubstitution {

    private final Workbench bench;

    /** @param bench the ports */
    public ApproverSettings(Workbench bench) {
        this.bench = bench;
    }

    @Override
    public void configure(Actor actor, ConfigureApprovalRulesCommand command) {
        bench.validation.validate(actor, command);
        List<Violation> violations = new ArrayList<>();
        if (command.remindAfter().isZero() || command.remindAfter().isNegative()) {
            violations.add(CommandValidation.violation("remindAfter", "org.accountkit.DeadlineOrder.message"));
        }
        if (command.escalateAfter().compareTo(command.remindAfter()) <= 0) {
            violations.add(CommandValidation.violation("escalateAfter", "org.accountkit.DeadlineOrder.message"));
        }
        if (command.expireAfter().compareTo(command.escalateAfter()) <= 0) {
            violations.add(CommandValidation.violation("expireAfter", "org.accountkit.DeadlineOrder.message"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommand(violations);
        }
        AccountUser administrator = bench.access.requireAdministrator(actor);
        Money threshold = command.orderTotalThreshold() == null ? null
                : new Money(command.orderTotalThreshold(), command.currency());
        Money secondAbove = command.secondApproverAbove() == null ? null
                : new Money(command.secondApproverAbove(), command.currency());
        bench.transactions.run(() -> {
            ApprovalPolicy policy = bench.policies.find(administrator.customerNumber())
                    .orElse(ApprovalPolicy.defaults(administrator.customerNumber()));
            policy.change(threshold, secondAbove, command.remindAfter(), command.escalateAfter(),
                    command.expireAfter());
            bench.policies.save(policy);
            bench.record(administrator.customerNumber(), administrator.email().value(),
                    AuditAction.APPROVAL_RULES_CHANGED, "approval rules",
                    "threshold " + (threshold == null ? "none" : threshold) + ", second approver above "
                            + (secondAbove == null ? "never" : secondAbove) + ", remind after "
                            + command.remindAfter() + ", escalate after " + command.escalateAfter()
                            + ", expire after " + command.expireAfter());
        });
    }

    @Override
    public void name(Actor actor, NameSubstituteCommand command) {
        bench.validation.validate(actor, command);
        List<Violation> violations = new ArrayList<>();
        if (!command.until().isAfter(command.from())) {
            violations.add(CommandValidation.violation("until", "org.accountkit.PeriodOrder.message"));
        }
        AccountUser approver = bench.access.actingUser(actor);
        if (approver.id().equals(command.substitute())) {
            violations.add(CommandValidation.violation("substitute", "org.accountkit.SubstituteIsSelf.message"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidCommand(violations);
        }
        if (!approver.holds(Right.APPROVE_ORDERS)) {
            throw new NotPermitted(Right.APPROVE_ORDERS.name());
        }
        AccountUser substitute = bench.access.colleague(approver, command.substitute());
        bench.transactions.run(() -> {
            List<Substitution> others = bench.substitutions.listFor(approver.customerNumber());
            if (Substitution.wouldLoop(approver.id(), substitute.id(), command.from(), command.until(), others)) {
                throw new InvalidCommand(List.of(CommandValidation.violation("substitute",
                        "org.accountkit.SubstitutionLoop.message")));
            }
            bench.substitutions.save(Substitution.of(approver.id(), approver.customerNumber(), substitute.id(),
                    command.from(), command.until()));
            bench.record(approver.customerNumber(), approver.email().value(), AuditAction.SUBSTITUTE_NAMED,
                    substitute.email().value(), "from " + command.from() + " until " + command.until());
        });
    }

    @Override
    public void end(Actor actor) {
        bench.validation.validateActor(actor);
        AccountUser approver = bench.access.actingUser(actor);
        bench.transactions.run(() -> bench.substitutions.find(approver.id()).ifPresent(substitution -> {
            bench.substitutions.remove(approver.id());
            bench.record(approver.customerNumber(), approver.email().value(), AuditAction.SUBSTITUTION_ENDED,
                    approver.email().value(), "back from " + substitution.from() + " until " + substitution.until());
        }));
    }
}
