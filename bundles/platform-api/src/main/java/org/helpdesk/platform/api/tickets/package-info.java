/** The platform's tickets; every customer-facing read obeys {@link org.helpdesk.platform.api.access.CustomerAccess}. */
@Export
@Version("1.0.0")
package org.helpdesk.platform.api.tickets;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
