package org.helpdesk.platform.directory.ldap.internal;

import java.security.GeneralSecurityException;

import javax.net.SocketFactory;
import javax.net.ssl.TrustManager;

import org.helpdesk.platform.api.directory.DirectoryException;
import org.helpdesk.platform.api.directory.DirectoryException.Reason;

import com.unboundid.ldap.sdk.BindRequest;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.PostConnectProcessor;
import com.unboundid.ldap.sdk.SimpleBindRequest;
import com.unboundid.ldap.sdk.SingleServerSet;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import com.unboundid.util.ssl.TrustStoreTrustManager;

/**
 * The connection pool of one backend. It is made on first use, not at start, so the helpdesk comes
 * up while the server is down; a failed call leaves it to be tried again, so the backend recovers by
 * itself when the server is back. Every wait is bounded by the configured timeouts.
 */
final class LdapConnections implements AutoCloseable {

    /** One piece of work on a pooled connection. */
    @FunctionalInterface
    interface Call<T> {
        T on(LDAPConnection connection) throws LDAPException;
    }

    private final LdapSettings settings;
    private LDAPConnectionPool pool;
    private DirectoryException lastFailure;
    private long lastFailureNanos;

    LdapConnections(LdapSettings settings) {
        this.settings = settings;
    }

    /** Runs the call on one connection (paged searches need the same connection for every page). */
    <T> T run(Call<T> call) {
        LDAPConnectionPool current = pool();
        LDAPConnection connection = checkOut(current);
        try {
            T result = call.on(connection);
            current.releaseConnection(connection);
            return result;
        } catch (LDAPException e) {
            current.releaseConnectionAfterException(connection, e);
            throw unavailable(e);
        } catch (RuntimeException e) {
            current.releaseDefunctConnection(connection);
            throw e;
        }
    }

    /** @return whether {@code dn} binds with {@code password}; the pooled connection keeps its own identity */
    boolean bind(String dn, char[] password) {
        if (password == null || password.length == 0) {
            return false; // an empty password is an unauthenticated bind, which servers accept
        }
        LDAPConnectionPool current = pool();
        try {
            current.bindAndRevertAuthentication(new SimpleBindRequest(dn, new String(password)));
            return true;
        } catch (LDAPException e) {
            if (e.getResultCode().isConnectionUsable()) {
                return false;
            }
            throw unavailable(e);
        }
    }

    private synchronized LDAPConnectionPool pool() {
        if (pool == null || pool.isClosed()) {
            // callers queued behind a failed attempt fail at once instead of each waiting a connect timeout
            if (lastFailure != null
                    && System.nanoTime() - lastFailureNanos < settings.connectTimeoutMillis() * 1_000_000L) {
                throw lastFailure;
            }
            try {
                pool = createPool();
                lastFailure = null;
            } catch (LDAPException | GeneralSecurityException e) {
                lastFailure = unavailable(e);
                lastFailureNanos = System.nanoTime();
                throw lastFailure;
            }
        }
        return pool;
    }

    private LDAPConnection checkOut(LDAPConnectionPool current) {
        try {
            return current.getConnection();
        } catch (LDAPException e) {
            throw unavailable(e);
        }
    }

    private LDAPConnectionPool createPool() throws LDAPException, GeneralSecurityException {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setConnectTimeoutMillis(settings.connectTimeoutMillis());
        options.setResponseTimeoutMillis(settings.responseTimeoutMillis());
        options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
        options.setUseSynchronousMode(true);
        boolean ldaps = "ldaps".equals(settings.url().getScheme());
        SSLUtil ssl = new SSLUtil(trustManager());
        SocketFactory sockets = ldaps ? ssl.createSSLSocketFactory() : SocketFactory.getDefault();
        SingleServerSet server = new SingleServerSet(settings.url().getHost(), settings.url().getPort(), sockets,
                options);
        BindRequest bind = settings.bindDn().isEmpty() ? null
                : new SimpleBindRequest(settings.bindDn(), settings.bindPassword());
        PostConnectProcessor startTls = settings.startTls()
                ? new com.unboundid.ldap.sdk.StartTLSPostConnectProcessor(ssl.createSSLSocketFactory())
                : null;
        LDAPConnectionPool created = new LDAPConnectionPool(server, bind, 1, settings.poolSize(), startTls);
        created.setRetryFailedOperationsDueToInvalidConnections(true);
        created.setMaxWaitTimeMillis(settings.responseTimeoutMillis());
        created.setCreateIfNecessary(false);
        created.setConnectionPoolName("helpdesk-ldap-" + settings.backendId());
        return created;
    }

    private TrustManager trustManager() {
        return settings.trustStore().isEmpty() ? JVMDefaultTrustManager.getInstance()
                : new TrustStoreTrustManager(settings.trustStore(), settings.trustStorePassword().toCharArray(),
                        null, true);
    }

    private DirectoryException unavailable(Exception e) {
        return new DirectoryException(Reason.BACKEND_UNAVAILABLE, settings.backendId(), "The LDAP backend '"
                + settings.backendId() + "' (" + settings.url() + ") did not answer: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        if (pool != null) {
            pool.close();
            pool = null;
        }
    }
}
