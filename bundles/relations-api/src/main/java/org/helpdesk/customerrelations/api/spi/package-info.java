/**
 * Service provider interface between the plugin's own bundles: the relation store that the persistence
 * bundle provides and the core bundle uses. Not for other callers; use
 * {@link org.helpdesk.customerrelations.api.CustomerRelationService}.
 */
@Export
@Version("1.1.0")
package org.helpdesk.customerrelations.api.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
