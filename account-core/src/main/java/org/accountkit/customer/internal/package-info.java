/**
 * The customer account aggregate and the implementations of the customer use cases: not public API.
 */
@Application
package org.accountkit.customer.internal;

import org.jmolecules.architecture.hexagonal.Application;
