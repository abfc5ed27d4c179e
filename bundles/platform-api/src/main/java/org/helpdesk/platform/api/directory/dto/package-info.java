/** Records exchanged with the directory: customers, customer users, queries and pages. */
@Export
@Version("1.0.0")
package org.helpdesk.platform.api.directory.dto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
