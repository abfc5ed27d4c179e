/** Extension points for demo and synthetic load-test data that bundles add to the directory's. */
@Export
@Version("1.0.0")
package org.helpdesk.platform.api.demo;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
