/**
 * The article list capability's aggregate ({@link org.accountkit.lists.internal.SavedList}) and the implementation
 * of its use cases: not public API (the module does not export this package).
 */
@Application
package org.accountkit.lists.internal;

import org.jmolecules.architecture.hexagonal.Application;
