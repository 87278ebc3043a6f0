/**
 * The service capability's aggregate ({@link org.accountkit.service.internal.NightDelivery}) and the implementation
 * of its use cases: not public API (the module does not export this package).
 */
@Application
package org.accountkit.service.internal;

import org.jmolecules.architecture.hexagonal.Application;
