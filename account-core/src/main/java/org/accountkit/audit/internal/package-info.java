/**
 * The implementations of the audit use cases: application services, not public API.
 */
@Application
package org.accountkit.audit.internal;

import org.jmolecules.architecture.hexagonal.Application;
