package org.roundtable.shared.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.support.PostgresDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a real PostgreSQL: which processor transactions commit without waiting for the disk. The
 * setting in force is read inside each transaction at the moment it commits.
 */
class RelaxedProcessorCommitsTest {

    private final List<String> atCommit = new ArrayList<>();
    private JdbcTemplate jdbc;
    private DataSourceTransactionManager spring;
    private TransactionManager processors;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(PostgresDatabase.createDatabase(), "postgres", "");
        jdbc = new JdbcTemplate(dataSource);
        // The embedded test server runs with synchronous_commit off; a production server has it on.
        jdbc.execute("alter database " + jdbc.queryForObject("select current_database()", String.class)
                + " set synchronous_commit = on");
        spring = new DataSourceTransactionManager(dataSource);
        TransactionManager recording = new TransactionManager() {
            private final SpringTransactionManager real = new SpringTransactionManager(spring);

            @Override
            public Transaction startTransaction() {
                Transaction transaction = real.startTransaction();
                return new Transaction() {
                    @Override
                    public void commit() {
                        atCommit.add(jdbc.queryForObject("show synchronous_commit", String.class));
                        transaction.commit();
                    }

                    @Override
                    public void rollback() {
                        transaction.rollback();
                    }
                };
            }
        };
        processors = RelaxedProcessorCommits.transactions(recording, dataSource, true);
    }

    @Test
    void aBatchThatOnlyMovedItsTokenCommitsWithoutWaitingForTheDisk() {
        processors.executeInTransaction(() -> jdbc.queryForObject("select 1", Integer.class));

        assertThat(atCommit).containsExactly("off");
    }

    @Test
    void aBatchInWhichAReactionRanWaitsForTheDisk() {
        processors.executeInTransaction(RelaxedProcessorCommits::markDurable);
        processors.executeInTransaction(() -> jdbc.queryForObject("select 1", Integer.class));

        assertThat(atCommit).containsExactly("on", "off");
    }

    @Test
    void aTransactionJoiningOneAlreadyRunningIsLeftAlone() {
        new TransactionTemplate(spring).executeWithoutResult(status ->
                processors.executeInTransaction(() -> jdbc.queryForObject("select 1", Integer.class)));

        assertThat(atCommit).containsExactly("on");
    }

    @Test
    void readModelsMayRelaxAndReactionsMayNot() {
        assertThat(RelaxedProcessorCommits.needsDurableCommit(org.roundtable.vote.query.BallotQueries.class)).isFalse();
        assertThat(RelaxedProcessorCommits.needsDurableCommit(org.roundtable.vote.command.BallotRules.class)).isTrue();
    }
}
