/**
 * <b>Profile and settings</b> ("profiel", "instellingen"): what a user changes about themselves: their name, their
 * password (the current one is asked), how prices are shown, and which address receives which documents, with the
 * moment of consent to promotional mail.
 *
 * <ul>
 *   <li>Use cases: {@link org.accountkit.profile.ViewProfile}, {@link org.accountkit.profile.ChangeUsername},
 *       {@link org.accountkit.profile.ChangePassword}, {@link org.accountkit.profile.ChangeEmailSettings},
 *       {@link org.accountkit.profile.ChangePriceDisplay}.</li>
 *   <li>Storage: the user's own record, {@link org.accountkit.spi.AccountUsers}.</li>
 *   <li>Errors: {@link org.accountkit.profile.CurrentPasswordIncorrect}.</li>
 * </ul>
 */
package org.accountkit.profile;
