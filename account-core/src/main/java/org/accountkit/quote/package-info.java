/**
 * <b>Quotes</b> ("offertes"): a customer asks for prices for one article or a cart, customer service answers with a
 * price per line valid until a date (or declines), and the customer orders the quote once, at those prices, through
 * the same budget and approval rules as any cart; or withdraws it. An answered quote expires when its validity has
 * passed, derived from the clock.
 *
 * <ul>
 *   <li>Use cases: {@link org.accountkit.quote.RequestQuote}, {@link org.accountkit.quote.AnswerQuote},
 *       {@link org.accountkit.quote.DeclineQuote}, {@link org.accountkit.quote.WithdrawQuote},
 *       {@link org.accountkit.quote.OrderQuote}, {@link org.accountkit.quote.ListMyQuotes},
 *       {@link org.accountkit.quote.ViewQuote}, {@link org.accountkit.quote.ListQuoteRequests}.</li>
 *   <li>Views: {@link org.accountkit.quote.Quote}, {@link org.accountkit.quote.QuoteLine}.</li>
 * </ul>
 */
package org.accountkit.quote;
