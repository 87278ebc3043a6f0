/**
 * The budget capability's aggregates and the implementations of its use cases: not public API (the module does not
 * export this package).
 */
@Application
package org.accountkit.budget.internal;

import org.jmolecules.architecture.hexagonal.Application;
