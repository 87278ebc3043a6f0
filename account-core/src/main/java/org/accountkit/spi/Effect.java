package org.accountkit.spi;

import java.util.Objects;
import java.util.UUID;

import org.accountkit.shared.CustomerNumber;

/**
 * Something that leaves the library besides a notice: a placed order handed off to the host, or a domain event
 * published to the host's listeners. Written to the {@link EffectOutbox} in the transaction of the change that caused
 * it, as text the core wrote and reads back; a store keeps {@code type} and {@code payload} as they are.
 *
 * @param id             the entry's id, stable across retries: receivers can drop duplicates by it
 * @param customerNumber whose change caused it; entries of one customer number and channel leave in the order written
 * @param channel        where it goes
 * @param type           what the payload holds (an event's or the placed order's type name), at most 60 characters
 * @param payload        the effect as text written by the core
 */
public record Effect(UUID id, CustomerNumber customerNumber, Channel channel, String type, String payload) {

    /** Where an effect goes; each channel of a customer number is delivered in order, independently of the other. */
    public enum Channel {
        /** A placed order, for the host's {@link org.accountkit.ordering.OrderHandOff}. */
        HAND_OFF,
        /** A domain event, for the host's {@link org.accountkit.shared.DomainEvents}. */
        EVENT
    }

    /** Refuses missing parts. */
    public Effect {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }
}
