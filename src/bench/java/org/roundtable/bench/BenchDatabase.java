package org.roundtable.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one database of a benchmark run: the embedded PostgreSQL binaries (with synchronous_commit
 * and fsync ON, so a commit is durable when it returns), a server named by
 * ROUNDTABLE_BENCH_POSTGRES_URL (a JDBC URL whose user may create databases), or the embedded H2
 * file database of the default configuration.
 */
final class BenchDatabase implements AutoCloseable {

    final String kind;
    final String url;
    final String user;
    final String password;
    final String dialect;
    private final EmbeddedPostgres embedded;

    private BenchDatabase(String kind, String url, String user, String password, String dialect,
                          EmbeddedPostgres embedded) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dialect = dialect;
        this.embedded = embedded;
    }

    static BenchDatabase start(String kind, Path dataDir) throws Exception {
        if (kind.equals("h2")) {
            String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("roundtable")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE"
                    + ";LOCK_TIMEOUT=10000";
            return new BenchDatabase("h2", url, "sa", "", "org.roundtable.shared.persistence.ByteaH2Dialect", null);
        }
        String name = "rt_bench_" + ProcessHandle.current().pid();
        String server = System.getenv("ROUNDTABLE_BENCH_POSTGRES_URL");
        String postgresDialect = "org.roundtable.shared.persistence.ByteaPostgresDialect";
        if (server != null && !server.isBlank()) {
            try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
                s.execute("create database " + name);
            }
            int slash = server.lastIndexOf('/');
            int query = server.indexOf('?', slash);
            String url = server.substring(0, slash + 1) + name + (query < 0 ? "" : server.substring(query));
            return new BenchDatabase("postgres (server)", url, null, null, postgresDialect, null);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return new BenchDatabase("postgres (embedded)", postgres.getJdbcUrl("postgres", name), "postgres", "",
                postgresDialect, postgres);
    }

    boolean isH2() {
        return kind.equals("h2");
    }

    Connection connect() throws SQLException {
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, password);
    }

    /** What bounds a commit here: the server version and its durability settings. */
    Map<String, String> settings() throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            settings.put("product", c.getMetaData().getDatabaseProductName() + " "
                    + c.getMetaData().getDatabaseProductVersion());
            if (!isH2()) {
                for (String name : new String[]{"synchronous_commit", "fsync", "wal_sync_method", "shared_buffers",
                        "max_wal_size", "commit_delay"}) {
                    try (ResultSet rs = s.executeQuery("show " + name)) {
                        rs.next();
                        settings.put(name, rs.getString(1));
                    }
                }
            }
        }
        return settings;
    }

    @Override
    public void close() throws Exception {
        if (embedded != null) {
            embedded.close();
        }
    }
}
