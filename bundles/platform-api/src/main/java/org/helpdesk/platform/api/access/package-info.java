/** The one access decision: a customer user's effective customer IDs (R1) and ticket visibility (R2). */
@Export
@Version("1.1.0")
package org.helpdesk.platform.api.access;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
