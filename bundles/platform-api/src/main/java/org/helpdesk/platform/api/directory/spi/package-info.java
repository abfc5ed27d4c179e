/** The service a customer-user backend with its own store (e.g. LDAP) registers to join the directory. */
@Export
@Version("1.0.0")
package org.helpdesk.platform.api.directory.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
