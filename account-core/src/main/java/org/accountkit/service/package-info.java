/**
 * Service ("Service"): for now night delivery ("nachtbezorging", deliveries before 08:00 at a saved address, with
 * access instructions) and what exists only with it, return stickers and crate pick-up
 * ({@link org.accountkit.service.StartNightDelivery}, {@link org.accountkit.service.ChangeNightDelivery},
 * {@link org.accountkit.service.CancelNightDelivery}, {@link org.accountkit.service.RequestNightDeliveryService},
 * {@link org.accountkit.service.ViewNightDelivery}, {@link org.accountkit.service.ViewAvailableServices}, and for
 * customer service {@link org.accountkit.service.FulfilServiceRequest}). Cancelling night delivery ends its pending
 * requests. Users need {@code REGISTER_RETURNS_AND_SERVICE}; every change lands in the audit trail and raises an
 * event. Stored through {@link org.accountkit.spi.NightDeliveries}. Service cases (returns, repairs, warranty
 * claims, delivery problems) come next in this package.
 */
package org.accountkit.service;
