package org.roundtable.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The ballots of the benchmark over HTTP/1.1, as a phone's browser sends them: one keep-alive
 * connection per client, each request written whole in one write with Nagle's algorithm off. (The
 * JDK's HttpClient writes a request's headers and its body separately; on loopback that can hold the
 * body back until the server's delayed acknowledgement, some 40 ms, which would be measured as
 * Roundtable's latency.) Only what a vote needs: a status line, and a body by length or in chunks.
 */
final class VoteClient implements AutoCloseable {

    private final int port;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();
    private final ExecutorService senders = Executors.newFixedThreadPool(VoteLoad.MAX_IN_FLIGHT, runnable -> {
        Thread thread = new Thread(runnable, "vote-client");
        thread.setDaemon(true);
        return thread;
    });

    VoteClient(int port) {
        this.port = port;
    }

    /** Sends one vote on this thread's connection and returns the status of the answer. */
    int vote(String path, String json, String authorization) throws IOException {
        Connection connection = connections.get();
        if (connection == null || connection.socket.isClosed()) {
            connection = new Connection(port);
            connections.set(connection);
        }
        try {
            return connection.post(path, json, authorization);
        } catch (IOException broken) {
            connection.close();
            connections.remove();
            throw broken;
        }
    }

    /** Sends one vote from a pool of senders (at most {@value VoteLoad#MAX_IN_FLIGHT} at once). */
    CompletableFuture<Integer> voteAsync(String path, String json, String authorization) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return vote(path, json, authorization);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, senders);
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }

    private static final class Connection {

        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;

        Connection(int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(300_000);
            out = socket.getOutputStream();
            in = new java.io.BufferedInputStream(socket.getInputStream());
        }

        int post(String path, String json, String authorization) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
                    + "Content-Type: application/json\r\nAuthorization: " + authorization + "\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n";
            ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() + body.length);
            request.write(head.getBytes(StandardCharsets.US_ASCII));
            request.write(body);
            out.write(request.toByteArray());
            out.flush();
            String status = line();
            int length = 0;
            boolean closes = false;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Integer.parseInt(lower.substring(15).trim());
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closes = true;
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (chunked) {
                skipChunks();
            } else {
                in.readNBytes(length);
            }
            if (closes) {
                close();
            }
            return Integer.parseInt(status.split(" ", 3)[1]);
        }

        /** Reads a chunked body to its end: sized chunks, a chunk of size 0, then (empty) trailers. */
        private void skipChunks() throws IOException {
            for (int size = chunkSize(); size > 0; size = chunkSize()) {
                in.readNBytes(size);
                line();
            }
            for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                // trailers are not used
            }
        }

        private int chunkSize() throws IOException {
            String line = line();
            int extension = line.indexOf(';');
            return Integer.parseInt((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the server closed the connection");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection
            }
        }
    }
}
