package org.accountkit.approval;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.accountkit.shared.CustomerNumber;
import org.accountkit.ordering.OrderLine;
import org.accountkit.shared.Money;
import org.accountkit.shared.UserId;

/**
 * An order request as the overviews and the details page show it.
 *
 * @param id                the order request
 * @param customerNumber    its customer number
 * @param requester         who submitted it
 * @param reference         the customer's reference, may be empty
 * @param lines             what was ordered
 * @param netTotal          the total excluding VAT
 * @param status            where it stands
 * @param reasons           why it waits or waited
 * @param requiredApprovals how many approvals it needs
 * @param decisions         the decisions so far ("approved by X on behalf of Y")
 * @param submittedAt       when it was submitted
 * @param placedAt          when it was placed, if it was
 * @param approvers         who may decide now (details only; empty in overviews and once decided)
 */
public record OrderRequestView(OrderRequestId id, CustomerNumber customerNumber, UserId requester, String reference,
        List<OrderLine> lines, Money netTotal, OrderStatus status, Set<ApprovalReason> reasons,
        int requiredApprovals, List<Decision> decisions, Instant submittedAt, Optional<Instant> placedAt,
        List<Approver> approvers) {

    /** Copies the collections. */
    public OrderRequestView {
        lines = List.copyOf(lines);
        reasons = ApprovalReason.setOf(reasons);
        decisions = List.copyOf(decisions);
        approvers = List.copyOf(approvers);
    }


    /** The reason of the rejection, if rejected. */
    public Optional<String> rejectionReason() {
        return decisions.stream().filter(decision -> decision.verdict() == Verdict.REJECTED).findFirst()
                .map(Decision::reason);
    }
}
