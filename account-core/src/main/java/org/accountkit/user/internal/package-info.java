/**
 * The user capability's aggregates and the implementations of its use cases: not public API (the module does not
 * export this package).
 */
@Application
package org.accountkit.user.internal;

import org.jmolecules.architecture.hexagonal.Application;
