package org.roundtable.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.roundtable.support.Api;

/**
 * One Roundtable process started from the packaged jar with {@code java -jar}, listening on
 * loopback only, its output appended to a log file. It can be started again after it stopped.
 */
final class Node {

    private final String name;
    private final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    Node(String name, int port, Path jar, Map<String, String> environment, List<String> settings, Path log) {
        this.name = name;
        this.port = port;
        Map<String, String> own = new HashMap<>(environment);
        own.put("PORT", String.valueOf(port));
        this.environment = Map.copyOf(own);
        this.log = log;
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                "--server.address=127.0.0.1"));
        line.addAll(settings);
        this.command = List.copyOf(line);
    }

    String name() {
        return name;
    }

    Api api() {
        return Api.at(port);
    }

    void start() {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start node " + name, e);
        }
    }

    /** Waits until the node answers ready; fails at once with its last log lines if it stopped. */
    void awaitReady(Duration patience) {
        await("node " + name + " ready").atMost(patience).pollInterval(Duration.ofMillis(500)).until(this::ready);
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new AssertionError("node " + name + " stopped with exit code " + process.exitValue()
                    + "; the end of " + log + ":\n" + tail(60));
        }
        try {
            return api().get("/actuator/health/readiness").status() == 200;
        } catch (IllegalStateException notListeningYet) {
            return false;
        }
    }

    /** True if a token claim's owner (Axon's default: {@code pid@host}) is this process. */
    boolean owns(String owner) {
        return process != null && owner != null && owner.startsWith(process.pid() + "@");
    }

    /** SIGKILL: no shutdown hook runs, no claim is released, open transactions are cut off. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("node " + name + " survived SIGKILL for 30 s");
        }
        return process.exitValue();
    }

    /** Stops the node if it runs: SIGTERM, and SIGKILL after 30 s. */
    void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Kills the node at once if it runs: for a test JVM that is being shut down. */
    void destroyIfAlive() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** A port free on loopback right now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The jar that `package` built: the test runs in `verify`, after it. */
    static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("roundtable-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError(
                            "no target/roundtable-*.jar: run this test with `./mvnw verify` (after package)"))
                    .toAbsolutePath();
        }
    }
}
