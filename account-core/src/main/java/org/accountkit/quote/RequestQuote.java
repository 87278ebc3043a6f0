package org.accountkit.quote;

import org.accountkit.InvalidCommand;
import org.accountkit.NotPermitted;
import org.accountkit.shared.Actor;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** A user asks for a quote ("offerte aanvragen"). */
@PrimaryPort
public interface RequestQuote {

    /**
     * Records the request and answers its quote number (such as {@code OF-2026-000123}). Needs
     * {@code REQUEST_QUOTES}. Every article must be one the catalog offers the customer.
     *
     * @throws InvalidCommand when the actor or the command is missing or invalid, or names an article the catalog
     *                        does not offer (the field names the line)
     * @throws NotPermitted   when the actor lacks the right
     */
    String request(Actor actor, RequestQuoteCommand command);
}
