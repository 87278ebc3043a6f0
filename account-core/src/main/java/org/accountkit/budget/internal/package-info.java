/**
 * The implementations of the budget use cases: application services, not public API.
 */
@Application
package org.accountkit.budget.internal;

import org.jmolecules.architecture.hexagonal.Application;
