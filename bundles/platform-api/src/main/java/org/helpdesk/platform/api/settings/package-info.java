/** Settings saved through System Configuration, held in the database for every node. */
@Export
@Version("1.0.0")
package org.helpdesk.platform.api.settings;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
