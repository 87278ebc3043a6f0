package org.accountkit.inmemory;

import org.accountkit.OutcomeUnknown;

/** An injected {@link StorageFaults} fault after the change was stored: the caller cannot know it was. */
final class InMemoryOutcomeUnknown extends OutcomeUnknown {

    private static final long serialVersionUID = 1L;

    InMemoryOutcomeUnknown(String doing, RuntimeException cause) {
        super(doing, cause);
    }
}
