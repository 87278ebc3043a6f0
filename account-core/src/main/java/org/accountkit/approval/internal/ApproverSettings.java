package org.accountkit.approval.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.approval.ConfigureApprovalRules;
import org.accountkit.approval.ConfigureApprovalRulesCommand;
import org.accountkit.approval.EndSubstitution;
import org.accountkit.approval.NameSubstitute;
import org.accountkit.approval.NameSubstituteCommand;
import org.accountkit.audit.AuditAction;
import org.accountkit.shared.Actor;
import org.accountkit.shared.Moments;
import org.accountkit.shared.Money;
import org.accountkit.shared.Violation;
import org.accountkit.shared.internal.CommandValidation;
import org.accountkit.user.Right;
import org.accountkit.user.internal.AccountUser;
import org.jmolecules.event.types.DomainEvent;

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
        Money threshold = command.orderTotalThreshold();
        Money secondAbove = command.secondApproverAbove();
        bench.transactions.run(() -> {
            ApprovalPolicy policy = ApprovalPolicy.restore(bench.policies.find(administrator.customerNumber())
                    .orElse(null), administrator.customerNumber());
            Instant now = bench.clock.instant();
            DomainEvent event = policy.change(threshold, secondAbove, command.remindAfter(),
                    command.escalateAfter(), command.expireAfter(), command.recipients(), now);
            bench.policies.save(policy.snapshot());
            bench.record(administrator.customerNumber(), administrator.email().value(),
                    AuditAction.APPROVAL_RULES_CHANGED, "approval rules",
                    "threshold " + (threshold == null ? "none" : threshold) + ", second approver above "
                            + (secondAbove == null ? "never" : secondAbove) + ", remind after "
                            + command.remindAfter() + ", escalate after " + command.escalateAfter()
                            + ", expire after " + command.expireAfter() + ", told first: " + command.recipients(),
                    now);
            bench.events.publish(administrator.customerNumber(), event);
        });
        bench.deliverSoon(administrator.customerNumber());
    }

    @Override
    public void name(Actor actor, NameSubstituteCommand command) {
        bench.validation.validate(actor, command);
        List<Violation> violations = new ArrayList<>();
        if (!Moments.stored(command.until()).isAfter(Moments.stored(command.from()))) {
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
        Substitution substitution = Substitution.of(approver.id(), approver.customerNumber(), substitute.id(),
                command.from(), command.until());
        bench.transactions.run(() -> {
            List<Substitution> others = bench.substitutions.listFor(approver.customerNumber()).stream()
                    .map(Substitution::restore).toList();
            if (Substitution.wouldLoop(approver.id(), substitute.id(), substitution.from(), substitution.until(),
                    others)) {
                throw new InvalidCommand(List.of(CommandValidation.violation("substitute",
                        "org.accountkit.SubstitutionLoop.message")));
            }
            bench.substitutions.save(substitution.snapshot());
            bench.record(approver.customerNumber(), approver.email().value(), AuditAction.SUBSTITUTE_NAMED,
                    substitute.email().value(), "from " + substitution.from() + " until " + substitution.until(),
                    bench.clock.instant());
        });
    }

    @Override
    public void end(Actor actor) {
        bench.validation.validateActor(actor);
        AccountUser approver = bench.access.actingUser(actor);
        bench.transactions.run(() -> bench.substitutions.find(approver.customerNumber(), approver.id())
                .ifPresent(substitution -> {
                    bench.substitutions.remove(approver.customerNumber(), approver.id());
                    bench.record(approver.customerNumber(), approver.email().value(), AuditAction.SUBSTITUTION_ENDED,
                            approver.email().value(), "back from " + substitution.from() + " until "
                                    + substitution.until(), bench.clock.instant());
                }));
    }
}
