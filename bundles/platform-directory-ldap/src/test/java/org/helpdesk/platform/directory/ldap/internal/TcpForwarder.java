package org.helpdesk.platform.directory.ldap.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A port that forwards to the test LDAP server, or accepts and stays silent: a server that hangs. */
final class TcpForwarder implements AutoCloseable {

    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private TcpForwarder(int port, String host, int targetPort) throws IOException {
        server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> accept(host, targetPort), "forwarder-" + port);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Forwards {@code port} (0: any free one) to {@code host:targetPort}. */
    static TcpForwarder to(int port, String host, int targetPort) throws IOException {
        return new TcpForwarder(port, host, targetPort);
    }

    /** Accepts connections on a free port and never answers. */
    static TcpForwarder silent() throws IOException {
        return new TcpForwarder(0, null, 0);
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept(String host, int targetPort) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                if (host != null) {
                    Socket target = new Socket(host, targetPort);
                    sockets.add(target);
                    pump(client.getInputStream(), target.getOutputStream());
                    pump(target.getInputStream(), client.getOutputStream());
                }
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void pump(InputStream in, OutputStream out) {
        Thread pump = new Thread(() -> {
            try (in; out) {
                in.transferTo(out);
            } catch (IOException e) {
                // one side closed: the other follows
            }
        });
        pump.setDaemon(true);
        pump.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
