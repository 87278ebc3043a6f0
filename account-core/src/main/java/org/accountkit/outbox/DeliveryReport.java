package org.accountkit.outbox;

/**
 * What one run of {@link DeliverOutbox} did.
 *
 * @param delivered entries delivered (notices, hand-offs and events)
 * @param retrying  entries whose delivery failed and will be tried again
 * @param parked    entries parked after their last attempt failed
 * @param purged    delivered entries removed after the retention period
 */
public record DeliveryReport(int delivered, int retrying, int parked, int purged) {
}
