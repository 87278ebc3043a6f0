/**
 * The implementation of the price display use case: not public API (the module does not export this package).
 */
@Application
package org.accountkit.pricing.internal;

import org.jmolecules.architecture.hexagonal.Application;
