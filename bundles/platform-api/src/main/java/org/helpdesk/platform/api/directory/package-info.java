/** The platform's directory of customers and customer users, its backends and its events. */
@Export
@Version("1.2.0")
package org.helpdesk.platform.api.directory;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
