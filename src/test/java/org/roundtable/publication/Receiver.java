package org.roundtable.publication;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A webhook receiver on loopback (127.0.0.1, a free port) that records every request and answers as
 * its script says: a status, after holding the request for a while if asked to (a slow or hanging
 * receiver). Holding ends early when the receiver is closed.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived, with the answer the script chose for it. */
    record Arrival(Instant at, String delivery, String event, String signature, String body, Reply reply) {

        boolean acknowledged() {
            return reply.status() / 100 == 2;
        }
    }

    /** An answer: this status, after holding the request this long. */
    record Reply(int status, Duration hold) {

        static Reply ok() {
            return new Reply(200, Duration.ZERO);
        }

        static Reply status(int status) {
            return new Reply(status, Duration.ZERO);
        }

        static Reply okAfter(Duration hold) {
            return new Reply(200, hold);
        }

        static Reply hang(Duration hold) {
            return new Reply(500, hold);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile IntFunction<Reply> script;

    private Receiver(IntFunction<Reply> script) throws IOException {
        this.script = script;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** Starts a receiver whose script gets the 0-based number of each request. */
    static Receiver start(IntFunction<Reply> script) {
        try {
            return new Receiver(script);
        } catch (IOException e) {
            throw new IllegalStateException("could not start a receiver on loopback", e);
        }
    }

    void script(IntFunction<Reply> script) {
        this.script = script;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    List<Arrival> acknowledged() {
        return arrivals.stream().filter(Arrival::acknowledged).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Instant at = Instant.now();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Reply reply = script.apply(count.getAndIncrement());
        arrivals.add(new Arrival(at, exchange.getRequestHeaders().getFirst("X-Roundtable-Delivery"),
                exchange.getRequestHeaders().getFirst("X-Roundtable-Event"),
                exchange.getRequestHeaders().getFirst("X-Roundtable-Signature"), body, reply));
        try {
            if (!reply.hold().isZero()) {
                closing.await(reply.hold().toMillis(), TimeUnit.MILLISECONDS);
            }
            exchange.sendResponseHeaders(reply.status(), -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the sender gave up waiting; that is what a hanging receiver is for
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
