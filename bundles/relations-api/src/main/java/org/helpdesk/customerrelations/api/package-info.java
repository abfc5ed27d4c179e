/** The relations service of the Customer Relations plugin, its exception and its event topics. */
@Export
@Version("1.1.0")
package org.helpdesk.customerrelations.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
