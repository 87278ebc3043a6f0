/**
 * Service ("Service"): for now night delivery ("nachtbezorging", deliveries before 08:00 at a saved address, with
 * access instructions) and what exists only with it, return stickers and crate pick-up
 * ({@link org.accountkit.service.StartNightDelivery}, {@link org.accountkit.service.ChangeNightDelivery},
 * {@link org.accountkit.service.CancelNightDelivery}, {@link org.accountkit.service.RequestNightDeliveryService},
 * {@link org.accountkit.service.ViewNightDelivery}, {@link org.accountkit.service.ViewAvailableServices}, and for
 * customer service {@link org.accountkit.service.FulfilServiceRequest}). Cancelling night delivery ends its pending
 * requests. Users need {@code REGISTER_RETURNS_AND_SERVICE}; every change lands in the audit trail and raises an
 * event. Stored through {@link org.accountkit.spi.NightDeliveries}.
 *
 * <p>Service cases share one model and one state machine, whatever their kind: registered, received by customer
 * service, then resolved (credited, replaced, repaired, rejected) or refused; withdrawn by the customer while
 * registered ({@link org.accountkit.service.ServiceCaseStatus}). Each gets a number of its kind and year, e.g.
 * {@code RP-2026-000123}, unique within the customer number and never reused. So far repair requests
 * ({@link org.accountkit.service.RegisterRepair}), warranty claims within the article's warranty period from the
 * host's {@code ArticleCatalog} ({@link org.accountkit.service.RegisterWarrantyClaim}) and delivery problems
 * ({@link org.accountkit.service.RegisterDeliveryProblem}); returns come next. Stored through
 * {@link org.accountkit.spi.ServiceCases}.
 */
package org.accountkit.service;
