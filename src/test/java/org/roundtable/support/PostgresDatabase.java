package org.roundtable.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real PostgreSQL for tests: the embedded PostgreSQL binaries from Maven Central, started once per
 * test JVM; each caller gets a database of its own. Set {@code ROUNDTABLE_TEST_POSTGRES_URL}
 * (a JDBC URL of a server whose user may create databases) to use a running server instead.
 *
 * <pre>
 * &#64;DynamicPropertySource
 * static void postgres(DynamicPropertyRegistry registry) { PostgresDatabase.register(registry); }
 * </pre>
 */
public final class PostgresDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres embedded;

    private PostgresDatabase() {
    }

    /** Creates a fresh database and points the datasource and the PostgreSQL dialect at it. */
    public static void register(DynamicPropertyRegistry registry) {
        String url = createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.jpa.database-platform", () -> "org.roundtable.shared.persistence.ByteaPostgresDialect");
    }

    /** A JDBC URL of a new, empty database. */
    public static synchronized String createDatabase() {
        String name = "rt_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        String server = System.getenv("ROUNDTABLE_TEST_POSTGRES_URL");
        try {
            if (server != null && !server.isBlank()) {
                try (Connection connection = java.sql.DriverManager.getConnection(server);
                     Statement statement = connection.createStatement()) {
                    statement.execute("create database " + name);
                }
                int slash = server.lastIndexOf('/');
                int query = server.indexOf('?', slash);
                return server.substring(0, slash + 1) + name + (query < 0 ? "" : server.substring(query));
            }
            if (embedded == null) {
                embedded = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(PostgresDatabase::stop));
            }
            try (Connection connection = embedded.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            }
            return embedded.getJdbcUrl("postgres", name);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("could not start or reach PostgreSQL for tests", e);
        }
    }

    private static synchronized void stop() {
        try {
            if (embedded != null) {
                embedded.close();
            }
        } catch (IOException ignored) {
            // the JVM is exiting; the data directory is temporary
        }
    }
}
