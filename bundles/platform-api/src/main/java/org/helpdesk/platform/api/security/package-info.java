/** Support for the platform's login pages: the throttle of repeated failed logins, shared by all nodes. */
@Export
@Version("2.0.0")
package org.helpdesk.platform.api.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
