/**
 * The quote capability's aggregate ({@link org.accountkit.quote.internal.QuoteRequest}) and the implementation of its
 * use cases: not public API (the module does not export this package).
 */
@Application
package org.accountkit.quote.internal;

import org.jmolecules.architecture.hexagonal.Application;
