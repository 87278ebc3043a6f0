package org.accountkit.approval.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.accountkit.approval.ApprovalRecipients;
import org.accountkit.approval.Approver;
import org.accountkit.shared.UserId;
import org.accountkit.user.Right;
import org.accountkit.user.internal.AccountUser;
import org.jmolecules.ddd.annotation.Service;

/**
 * Who may decide on a customer number's orders at a moment: its administrators and users with the right to
 * approve orders, except the requester; an approver who is away is represented by their substitute (following the
 * chain when the substitute is away too). Delegation never loops and never reaches the requester: where it would,
 * the approver stays their own decider.
 */
@Service
public final class ApproverDirectory {

    private final List<AccountUser> users;
    private final Map<UserId, Substitution> substitutions = new LinkedHashMap<>();
    private final Instant now;
    private final ApprovalRecipients recipients;

    /**
     * @param users         every user of the customer number
     * @param substitutions the customer number's substitutions
     * @param now           the moment of the decision
     * @param recipients    who is told first, the customer number's rule
     */
    public ApproverDirectory(List<AccountUser> users, List<Substitution> substitutions, Instant now,
            ApprovalRecipients recipients) {
        this.users = List.copyOf(users);
        substitutions.forEach(substitution -> this.substitutions.put(substitution.approver(), substitution));
        this.now = now;
        this.recipients = recipients;
    }

    /** The approvers of an order by {@code requester}, each resolved to whoever decides for them now. */
    public List<Approver> approversFor(UserId requester) {
        return resolve(eligible(requester), requester);
    }

    /**
     * Who is told first, by the customer number's {@link ApprovalRecipients rule}: administrators, the users who hold
     * the right to approve orders without being administrators, or both. When the rule names nobody who may decide,
     * every approver is told.
     */
    public List<Approver> firstLineFor(UserId requester) {
        List<UserId> eligible = eligible(requester);
        if (recipients == ApprovalRecipients.ADMINISTRATORS_AND_APPROVERS) {
            return resolve(eligible, requester);
        }
        boolean administrators = recipients == ApprovalRecipients.ADMINISTRATORS;
        List<UserId> designated = new ArrayList<>(eligible.size());
        for (UserId id : eligible) {
            if (isAdministrator(id) == administrators) {
                designated.add(id);
            }
        }
        return resolve(designated.isEmpty() ? eligible : designated, requester);
    }

    /** Who is asked on escalation: the approvers not asked first, or all of them when everyone was asked first. */
    public List<Approver> escalationFor(UserId requester) {
        List<Approver> first = firstLineFor(requester);
        List<Approver> others = approversFor(requester).stream().filter(approver -> !first.contains(approver))
                .toList();
        return others.isEmpty() ? approversFor(requester) : others;
    }

    /**
     * In whose name {@code decider} may decide on an order by {@code requester}: their own when they are an
     * approver, else the absent approver whose substitute they are.
     */
    public Optional<Approver> authorityOf(UserId decider, UserId requester) {
        if (decider.equals(requester)) {
            return Optional.empty();
        }
        if (eligible(requester).contains(decider)) {
            return Optional.of(Approver.own(decider));
        }
        return approversFor(requester).stream().filter(approver -> approver.decider().equals(decider)).findFirst();
    }

    /**
     * The authority of a decider who is an approver in their own right: they decide in their own name on every order
     * of their customer number but their own, present or away, so no directory is needed. Empty when {@code decider}
     * is not such an approver; {@link #authorityOf} then tells whether they stand in for one.
     *
     * @param decider   a user of the order's customer number
     * @param requester who submitted the order
     */
    public static Optional<Approver> ownAuthority(AccountUser decider, UserId requester) {
        return approvesOrdersOf(decider, requester) ? Optional.of(Approver.own(decider.id())) : Optional.empty();
    }

    /** Whether {@code user} may approve orders at all (ignoring whose order). */
    public boolean isApprover(UserId user) {
        return users.stream().anyMatch(candidate -> candidate.id().equals(user) && candidate.holds(Right.APPROVE_ORDERS));
    }

    private List<UserId> eligible(UserId requester) {
        List<UserId> eligible = new ArrayList<>(users.size());
        for (AccountUser user : users) {
            if (approvesOrdersOf(user, requester)) {
                eligible.add(user.id());
            }
        }
        return eligible;
    }

    private static boolean approvesOrdersOf(AccountUser user, UserId requester) {
        return user.holds(Right.APPROVE_ORDERS) && !user.id().equals(requester);
    }

    private boolean isAdministrator(UserId id) {
        for (AccountUser user : users) {
            if (user.id().equals(id)) {
                return user.isAdministrator();
            }
        }
        return false;
    }

    private boolean isMember(UserId id) {
        for (AccountUser user : users) {
            if (user.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private List<Approver> resolve(List<UserId> principals, UserId requester) {
        List<Approver> resolved = new ArrayList<>(principals.size());
        for (UserId principal : principals) {
            Approver approver = new Approver(deciderFor(principal, requester), principal);
            if (!resolved.contains(approver)) {
                resolved.add(approver);
            }
        }
        return resolved;
    }

    private UserId deciderFor(UserId principal, UserId requester) {
        if (substitutions.isEmpty()) {
            return principal;
        }
        Set<UserId> seen = new HashSet<>();
        seen.add(principal);
        UserId current = principal;
        while (true) {
            Substitution away = substitutions.get(current);
            if (away == null || !away.activeAt(now)) {
                return current;
            }
            UserId next = away.substitute();
            if (next.equals(requester) || !seen.add(next) || !isMember(next)) {
                return principal;
            }
            current = next;
        }
    }
}
