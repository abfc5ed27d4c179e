/**
 * What every bundle with tables on the helpdesk DataSource shares: schema migrations, MyBatis session factories,
 * and telling a database that cannot be reached from other failures ({@link DatabaseFaults}, since 1.1).
 */
@Export
@Version("1.1.0")
package org.helpdesk.platform.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
