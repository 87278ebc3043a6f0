/**
 * <b>Customer numbers</b> ("klantnummers"): the companies that buy from the wholesaler. Customer service registers
 * a customer number with its company profile, invoice address, time zone and first administrator, and alone changes
 * the invoice address later.
 *
 * <ul>
 *   <li>Use cases: {@link org.accountkit.customer.RegisterCustomerAccount},
 *       {@link org.accountkit.customer.ChangeInvoiceAddress}.</li>
 *   <li>Storage: {@link org.accountkit.spi.CustomerAccounts}.</li>
 *   <li>Errors: {@link org.accountkit.customer.CustomerNumberTaken}.</li>
 *   <li>Aggregate (internal): {@code CustomerAccount}, which is also the consistency boundary for the roster of
 *       administrators.</li>
 * </ul>
 */
package org.accountkit.customer;
