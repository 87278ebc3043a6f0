/**
 * The implementations of the approval use cases: application services, not public API.
 */
@Application
package org.accountkit.approval.internal;

import org.jmolecules.architecture.hexagonal.Application;
