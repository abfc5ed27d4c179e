/** Support for the platform's login pages: throttling of repeated failed logins. */
@Export
@Version("1.0.0")
package org.helpdesk.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
