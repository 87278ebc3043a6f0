package org.accountkit.approval;

/**
 * What one run of the deadline processing did.
 *
 * @param reminded  waiting orders whose approvers were reminded
 * @param escalated waiting orders escalated to the other approvers
 * @param expired   orders that expired, releasing their reservations
 */
public record DeadlineReport(int reminded, int escalated, int expired) {
}
