/** Contributing views to the admin web shell, and who is using it. */
@Export
@Version("1.0.0")
package org.helpdesk.platform.api.admin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
