/**
 * <b>Saved addresses</b> ("opgeslagen adressen"): a customer number's delivery addresses. Whenever any exist,
 * exactly one is the primary delivery address; postcodes are checked for the country.
 *
 * <ul>
 *   <li>Use cases: {@link org.accountkit.address.AddAddress}, {@link org.accountkit.address.ChangeAddress},
 *       {@link org.accountkit.address.DeleteAddress}, {@link org.accountkit.address.SetPrimaryAddress},
 *       {@link org.accountkit.address.ListAddresses}.</li>
 *   <li>Storage: {@link org.accountkit.spi.AddressBooks}.</li>
 *   <li>Errors: {@link org.accountkit.address.AddressBookFull}.</li>
 *   <li>Aggregate (internal): {@code AddressBook}.</li>
 * </ul>
 */
package org.accountkit.address;
