package org.accountkit;

import java.util.Optional;

import org.accountkit.approval.OrderRequestId;

/**
 * The store was asked to commit and its answer was lost (the connection broke during the commit): the change may
 * or may not be stored. Nothing is half-stored either way. Look it up, or retry with the same idempotency key:
 * a retry answers the first call's outcome if it was stored, and does the work once if it was not.
 */
public class OutcomeUnknown extends AccountException {

    private static final long serialVersionUID = 1L;

    private final String doing;
    private final transient OrderRequestId order;
    private final String idempotencyKey;

    /**
     * @param doing what the store was committing, in English
     * @param cause the store's failure
     */
    protected OutcomeUnknown(String doing, Throwable cause) {
        this(doing, cause, null, null);
    }

    private OutcomeUnknown(String doing, Throwable cause, OrderRequestId order, String idempotencyKey) {
        super("error.outcome-unknown", doing);
        initCause(cause);
        this.doing = doing;
        this.order = order;
        this.idempotencyKey = idempotencyKey;
    }

    /** This failure, about the order request {@code order} submitted under {@code idempotencyKey} (may be empty). */
    public OutcomeUnknown about(OrderRequestId order, String idempotencyKey) {
        OutcomeUnknown about = new OutcomeUnknown(doing, getCause(), order,
                idempotencyKey == null || idempotencyKey.isEmpty() ? null : idempotencyKey);
        about.setStackTrace(getStackTrace());
        return about;
    }

    /** The order request the caller can look up ({@code ViewOrderRequest}), when the change was a submission. */
    public Optional<OrderRequestId> order() {
        return Optional.ofNullable(order);
    }

    /** The idempotency key to retry with, when the caller gave one. */
    public Optional<String> idempotencyKey() {
        return Optional.ofNullable(idempotencyKey);
    }
}
