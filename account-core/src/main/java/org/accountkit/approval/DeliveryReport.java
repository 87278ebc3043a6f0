package org.accountkit.approval;

/**
 * What one run of {@link DeliverNotices} did.
 *
 * @param delivered notices delivered
 * @param retrying  notices whose delivery failed and will be tried again
 * @param parked    notices parked after their last attempt failed
 * @param purged    delivered notices removed after the retention period
 */
public record DeliveryReport(int delivered, int retrying, int parked, int purged) {
}
