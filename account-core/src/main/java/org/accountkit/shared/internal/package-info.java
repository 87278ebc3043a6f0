/**
 * What the use-case implementations share: command validation and event publishing. Not public API.
 */
@Application
package org.accountkit.shared.internal;

import org.jmolecules.architecture.hexagonal.Application;
