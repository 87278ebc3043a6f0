/**
 * What every capability shares: who acts ({@link org.accountkit.shared.Actor}), the customer number and user
 * identifiers, money, e-mail and postal addresses, paging, and the one definition of valid input that Bean
 * Validation and the value objects both apply ({@link org.accountkit.shared.Text},
 * {@link org.accountkit.shared.Moments}, {@link org.accountkit.shared.Money#LARGEST_STORED}, and the constraints
 * {@link org.accountkit.shared.PlainText}, {@link org.accountkit.shared.ValidEmailAddress},
 * {@link org.accountkit.shared.StorableMoment}, {@link org.accountkit.shared.ValidAmount}).
 *
 * <ul>
 *   <li>Host port: {@link org.accountkit.shared.DomainEvents}, where every event is published.</li>
 * </ul>
 */
package org.accountkit.shared;
