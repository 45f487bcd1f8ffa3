package org.roundtable.publication;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.roundtable.support.PostgresDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh database with every migration applied, without a Spring context: H2 in PostgreSQL mode
 * (as the application runs it) or a new database on the embedded PostgreSQL of the tests.
 */
public final class MigratedDatabase implements AutoCloseable {

    public final JdbcTemplate jdbc;
    public final TransactionTemplate transactions;
    private final HikariDataSource dataSource;

    private MigratedDatabase(String url, String user) {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword("");
        dataSource.setMaximumPoolSize(6);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    public static MigratedDatabase h2() {
        return new MigratedDatabase("jdbc:h2:mem:publication-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa");
    }

    public static MigratedDatabase postgres() {
        return new MigratedDatabase(PostgresDatabase.createDatabase(), "postgres");
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
