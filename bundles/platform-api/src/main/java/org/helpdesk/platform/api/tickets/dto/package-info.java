/** Records exchanged with the ticket store. */
@Export
@Version("1.0.0")
package org.helpdesk.platform.api.tickets.dto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
