/** Records exchanged with the relations service. */
@Export
@Version("1.1.0")
package org.helpdesk.customerrelations.api.dto;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
