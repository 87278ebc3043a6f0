package org.accountkit.service;

/**
 * What the service page should offer this user.
 *
 * @param returnsAndService whether the user may register returns and service requests at all
 * @param nightDelivery     whether night delivery is active for the customer number
 * @param returnStickers    whether the user may request return stickers (night delivery active, and the right)
 * @param cratePickup       whether the user may register crates for pick-up (night delivery active, and the right)
 */
public record AvailableServices(boolean returnsAndService, boolean nightDelivery, boolean returnStickers,
        boolean cratePickup) {
}
