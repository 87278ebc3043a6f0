/**
 * The implementations of the user use cases: application services, not public API.
 */
@Application
package org.accountkit.user.internal;

import org.jmolecules.architecture.hexagonal.Application;
