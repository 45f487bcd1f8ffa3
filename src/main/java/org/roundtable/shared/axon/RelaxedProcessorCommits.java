package org.roundtable.shared.axon;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which transactions of tracking processors may commit without waiting for the disk.
 * <p>
 * Every tracking processor reads every event and commits its position (the token) after each
 * batch, so during a vote two dozen processors commit for every few ballots, and on PostgreSQL each
 * commit waits for a write-ahead-log flush: those flushes compete with the ballots' own commits. A
 * processor's transaction now commits with {@code synchronous_commit} off (PostgreSQL only) when
 * nothing in it needs to outlive a crash on its own:
 * <ul>
 * <li>no handler of the group ran in it: only the token moved, and after a crash the processor
 * reads those events again and ignores them again;</li>
 * <li>only read-model handlers ran (classes in a {@code ..query..} package, which never send
 * commands): their rows and the token are lost or kept together, and are rebuilt from the event
 * store, which is always committed durably.</li>
 * </ul>
 * A batch in which a reaction ran (it may have sent commands, whose events others then read) waits
 * for the disk as before. A transaction that joins one already running (a subscribing processor
 * inside a command) is never touched.
 */
final class RelaxedProcessorCommits {

    private static final ThreadLocal<Boolean> DURABLE_WORK = ThreadLocal.withInitial(() -> false);

    private RelaxedProcessorCommits() {
    }

    /** The running processor batch must be committed durably (a reaction's handler ran in it). */
    static void markDurable() {
        DURABLE_WORK.set(true);
    }

    /** True if a handler of this class must have its batch committed durably. */
    static boolean needsDurableCommit(Class<?> handlerClass) {
        return !handlerClass.getPackageName().contains(".query");
    }

    /** The transaction manager of tracking processors. */
    static TransactionManager transactions(TransactionManager delegate, DataSource dataSource, boolean postgres) {
        if (!postgres) {
            return delegate;
        }
        return new TransactionManager() {
            @Override
            public Transaction startTransaction() {
                if (TransactionSynchronizationManager.isActualTransactionActive()) {
                    return delegate.startTransaction();
                }
                DURABLE_WORK.set(false);
                Transaction transaction = delegate.startTransaction();
                return new Transaction() {
                    @Override
                    public void commit() {
                        if (!DURABLE_WORK.get()) {
                            relax(dataSource);
                        }
                        DURABLE_WORK.set(false);
                        transaction.commit();
                    }

                    @Override
                    public void rollback() {
                        DURABLE_WORK.set(false);
                        transaction.rollback();
                    }
                };
            }
        };
    }

    private static void relax(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL synchronous_commit TO OFF");
        } catch (SQLException e) {
            throw new IllegalStateException("could not relax the commit of a processor's batch", e);
        }
    }

    /** Marks the running batch as needing a durable commit whenever a reaction's handler runs. */
    static final class Marker implements HandlerEnhancerDefinition {

        @Override
        public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
            if (!original.hasAnnotation(EventHandler.class) || original.hasAnnotation(EventSourcingHandler.class)
                    || original.hasAnnotation(SagaEventHandler.class) || original.hasAnnotation(ResetHandler.class)
                    || AnnotatedElementUtils.findMergedAnnotation(original.declaringClass(), ProcessingGroup.class)
                    == null || !needsDurableCommit(original.declaringClass())) {
                return original;
            }
            return new WrappedMessageHandlingMember<>(original) {
                @Override
                public Object handle(Message<?> message, T target) throws Exception {
                    markDurable();
                    return super.handle(message, target);
                }
            };
        }
    }
}
