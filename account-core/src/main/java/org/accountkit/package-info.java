/**
 * AccountKit: the "My account" domain of a technical wholesaler's B2B webshop. Build one
 * {@link org.accountkit.AccountKit} and take the use cases from it; every error it reports is an
 * {@link org.accountkit.AccountException}. The capabilities each have a package of their own; storage adapters
 * implement {@code org.accountkit.spi}. See {@code docs/ARCHITECTURE.md}.
 */
package org.accountkit;
