package org.tiaojie.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP relay between the application and its database, for fault tests: it can drop
 * every connection and refuse new ones (the database "stops"), do so after a given number of
 * bytes from the application (the database stops in the middle of a request), and let traffic
 * through again (it "returns").
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean down;
    private final AtomicLong budget = new AtomicLong(Long.MAX_VALUE);
    private final AtomicLong sent = new AtomicLong();

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("tcp-proxy-accept").start(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The database stops now: open connections break, new ones are refused. */
    public void stop() {
        down = true;
        for (Socket s : open) {
            close(s);
        }
        open.clear();
    }

    /** The database stops after this many more bytes from the application. */
    public void stopAfter(long bytes) {
        budget.set(bytes);
    }

    /** The database is back. */
    public void restore() {
        budget.set(Long.MAX_VALUE);
        down = false;
    }

    /** Bytes the application has sent through the relay so far. */
    public long sentByApplication() {
        return sent.get();
    }

    public boolean isDown() {
        return down;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    close(client);
                    continue;
                }
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream, true));
                Thread.ofVirtual().start(() -> pump(upstream, client, false));
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromApplication) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (down) {
                    break;
                }
                if (fromApplication) {
                    sent.addAndGet(n);
                }
                if (fromApplication && budget.addAndGet(-n) < 0) {
                    stop();
                    break;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException ignored) {
            // the other side went away, or the proxy cut it
        } finally {
            close(from);
            close(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        server.close();
    }
}
