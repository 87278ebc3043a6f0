/**
 * The implementations of the profile use cases: application services, not public API.
 */
@Application
package org.accountkit.profile.internal;

import org.jmolecules.architecture.hexagonal.Application;
