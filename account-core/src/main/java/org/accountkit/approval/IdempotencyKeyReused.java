package org.accountkit.approval;

import org.accountkit.AccountException;

/**
 * An idempotency key came again with another cart (or from another user) than it was first used for. Nothing was
 * submitted; a new cart needs a new key.
 */
public final class IdempotencyKeyReused extends AccountException {

    private static final long serialVersionUID = 1L;

    /** @param key the key */
    public IdempotencyKeyReused(String key) {
        super("error.idempotency-key-reused", key);
    }
}
