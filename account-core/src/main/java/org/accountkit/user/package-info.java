/**
 * <b>Users and rights</b> ("gebruikers", "rechten"): the people of a customer number, each with an own login and
 * explicit rights; administrators ("beheerders") hold every right and manage the others. Login addresses are unique
 * over all customer numbers; a customer number always keeps an administrator.
 *
 * <ul>
 *   <li>Use cases: {@link org.accountkit.user.AddUser}, {@link org.accountkit.user.RemoveUser},
 *       {@link org.accountkit.user.ChangeRights}, {@link org.accountkit.user.ChangeRole},
 *       {@link org.accountkit.user.ListUsers}, {@link org.accountkit.user.Authenticate}.</li>
 *   <li>Host port: {@link org.accountkit.user.PasswordHashing} (one-way hashes only).</li>
 *   <li>Storage: {@link org.accountkit.spi.AccountUsers}.</li>
 *   <li>Errors: {@link org.accountkit.user.EmailAddressTaken}, {@link org.accountkit.user.LastAdministrator},
 *       {@link org.accountkit.user.AuthenticationFailed}.</li>
 *   <li>Aggregate (internal): {@code AccountUser}; who may do what is decided by {@code AccessPolicy}.</li>
 * </ul>
 */
package org.accountkit.user;
