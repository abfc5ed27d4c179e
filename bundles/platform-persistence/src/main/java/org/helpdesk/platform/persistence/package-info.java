/** What every bundle with tables on the helpdesk DataSource shares: schema migrations, MyBatis session factories. */
@Export
@Version("1.0.0")
package org.helpdesk.platform.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
