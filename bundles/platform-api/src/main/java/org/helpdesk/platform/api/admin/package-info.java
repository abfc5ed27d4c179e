/** Contributing views to the admin web shell, who is using it, and checking admin credentials. */
@Export
@Version("1.2.0")
package org.helpdesk.platform.api.admin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
