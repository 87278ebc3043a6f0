package org.accountkit.approval.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.accountkit.shared.UserId;

/**
 * The ordering contexts of the requesters who submitted most recently, so that a mechanic who orders again does not
 * cost a read. Bounded: it keeps at most {@code capacity} contexts and forgets the least recently used first. It
 * is split into stripes, each with its own lock, so that submissions on many threads rarely wait for each other.
 *
 * <p>A kept context may be behind what is stored: that is safe, because every submission is stored only while the
 * versions it was decided on still hold ({@link org.accountkit.spi.SubmissionGuard}); when they do not, the
 * submission forgets the context and reads it again.
 */
final class RecentOrderingContexts {

    private static final int STRIPES = 16;

    private final Stripe[] stripes = new Stripe[STRIPES];

    /** @param capacity the most contexts kept, at least {@value #STRIPES} */
    RecentOrderingContexts(int capacity) {
        if (capacity < STRIPES) {
            throw new IllegalArgumentException("keep at least " + STRIPES + " contexts");
        }
        for (int index = 0; index < STRIPES; index++) {
            stripes[index] = new Stripe(capacity / STRIPES);
        }
    }

    /** The kept context of {@code requester}, or {@code null}. */
    RequesterContext get(UserId requester) {
        Stripe stripe = stripeOf(requester);
        synchronized (stripe) {
            return stripe.get(requester);
        }
    }

    /** Keeps {@code context}, forgetting the least recently used context of its stripe when it is full. */
    void remember(RequesterContext context) {
        UserId requester = context.user().id();
        Stripe stripe = stripeOf(requester);
        synchronized (stripe) {
            stripe.put(requester, context);
        }
    }

    /** Forgets the context of {@code requester}. */
    void forget(UserId requester) {
        Stripe stripe = stripeOf(requester);
        synchronized (stripe) {
            stripe.remove(requester);
        }
    }

    /** How many contexts are kept. */
    int size() {
        int size = 0;
        for (Stripe stripe : stripes) {
            synchronized (stripe) {
                size += stripe.size();
            }
        }
        return size;
    }

    private Stripe stripeOf(UserId requester) {
        int hash = requester.value().hashCode();
        return stripes[(hash ^ (hash >>> 16)) & (STRIPES - 1)];
    }

    /** One stripe: a map in access order that drops its eldest entry beyond its capacity. */
    private static final class Stripe extends LinkedHashMap<UserId, RequesterContext> {

        private static final long serialVersionUID = 1L;

        private final int capacity;

        Stripe(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<UserId, RequesterContext> eldest) {
            return size() > capacity;
        }
    }
}
