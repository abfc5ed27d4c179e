/** Translations that bundles contribute to the admin shell and the portal. */
@Export
@Version("1.0.0")
package org.helpdesk.platform.api.i18n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
