/** Support for the platform's and plugins' Karaf shell commands. */
@Export
@Version("1.0.0")
package org.helpdesk.platform.api.shell;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
