/**
 * The implementations of the customer use cases: application services, not public API.
 */
@Application
package org.accountkit.customer.internal;

import org.jmolecules.architecture.hexagonal.Application;
