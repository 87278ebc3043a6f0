/**
 * The implementations of the address use cases: application services, not public API.
 */
@Application
package org.accountkit.address.internal;

import org.jmolecules.architecture.hexagonal.Application;
