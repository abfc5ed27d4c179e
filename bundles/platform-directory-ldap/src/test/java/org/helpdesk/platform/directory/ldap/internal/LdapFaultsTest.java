package org.helpdesk.platform.directory.ldap.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;
import org.helpdesk.platform.api.directory.dto.Validity;
import org.junit.jupiter.api.Test;

/** The server down, hanging, and back: clear errors within the timeouts, and recovery without a restart. */
class LdapFaultsTest {

    @Test
    void aHangingServerFailsWithinTheResponseTimeout() throws Exception {
        try (TcpForwarder silent = TcpForwarder.silent()) {
            LdapCustomerUserBackend ldap = backend(silent.port());
            long start = System.nanoTime();
            DirectoryException e = assertThrows(DirectoryException.class, () -> ldap.find("partner-0001"));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(Reason.BACKEND_UNAVAILABLE, e.reason());
            assertTrue(e.getMessage().contains("'partners'"), e.getMessage());
            assertTrue(millis < 5_000, "took " + millis + " ms");
            ldap.deactivate();
        }
    }

    @Test
    void recoversByItselfWhenTheServerIsBack() throws Exception {
        URI real = URI.create(TestLdap.configuration(Map.of()).url());
        int port;
        try (TcpForwarder probe = TcpForwarder.silent()) {
            port = probe.port(); // a free port, closed again: nothing listens there now
        }
        LdapCustomerUserBackend ldap = backend(port);
        try {
            DirectoryException down = assertThrows(DirectoryException.class, () -> ldap.count("", Validity.ALL));
            assertEquals(Reason.BACKEND_UNAVAILABLE, down.reason());
            try (TcpForwarder up = TcpForwarder.to(port, real.getHost(), real.getPort())) {
                Thread.sleep(400); // past the connect timeout, after which a new pool is tried
                assertEquals(300, ldap.count("", Validity.ALL));
            }
            // the server goes away under an open pool, then comes back on the same port
            assertThrows(DirectoryException.class, () -> ldap.count("", Validity.ALL));
            try (TcpForwarder again = TcpForwarder.to(port, real.getHost(), real.getPort())) {
                Thread.sleep(400);
                assertEquals(300, ldap.count("", Validity.ALL));
            }
        } finally {
            ldap.deactivate();
        }
    }

    private static LdapCustomerUserBackend backend(int port) {
        Map<String, Object> changes = new HashMap<>();
        changes.put("url", "ldap://127.0.0.1:" + port);
        changes.put("connectTimeoutMillis", 300);
        changes.put("responseTimeoutMillis", 500);
        return new LdapCustomerUserBackend(TestLdap.configuration(changes));
    }
}
