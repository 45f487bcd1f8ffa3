package org.roundtable.shared.axon;

import java.sql.Connection;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives every event handler of a tracking processing group a savepoint of its own, so that a
 * failing handler takes back exactly its own writes and the rest of the batch goes on.
 * <p>
 * Without it, a failed SQL statement leaves a PostgreSQL transaction aborted: the dead letter could
 * not be written, the whole batch would roll back and the processor would stop and retry forever.
 * On H2 the failed handler's earlier statements would be committed with the batch although its
 * event is parked. Applies to {@code @EventHandler} methods of classes with a {@link ProcessingGroup}
 * that is not subscribing; aggregates, sagas, reset handlers and handlers marked
 * {@link WithoutSavepoint} are left alone.
 */
class SavepointPerEvent implements HandlerEnhancerDefinition {

    private final ObjectProvider<ProcessingGroups> groups;
    private final ObjectProvider<EntityManagerProvider> entityManagers;
    private final ObjectProvider<DataSource> dataSource;

    SavepointPerEvent(ObjectProvider<ProcessingGroups> groups, ObjectProvider<EntityManagerProvider> entityManagers,
                      ObjectProvider<DataSource> dataSource) {
        this.groups = groups;
        this.entityManagers = entityManagers;
        this.dataSource = dataSource;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.hasAnnotation(EventHandler.class) || original.hasAnnotation(EventSourcingHandler.class)
                || original.hasAnnotation(SagaEventHandler.class) || original.hasAnnotation(ResetHandler.class)) {
            return original;
        }
        ProcessingGroup group = AnnotatedElementUtils.findMergedAnnotation(original.declaringClass(),
                ProcessingGroup.class);
        if (group == null || original.hasAnnotation(WithoutSavepoint.class)
                || AnnotatedElementUtils.hasAnnotation(original.declaringClass(), WithoutSavepoint.class)) {
            return original;
        }
        return new Guarded<>(original, group.value());
    }

    private final class Guarded<T> extends WrappedMessageHandlingMember<T> {

        private final String group;

        private Guarded(MessageHandlingMember<T> delegate, String group) {
            super(delegate);
            this.group = group;
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!TransactionSynchronizationManager.isActualTransactionActive()
                    || !groups.getObject().undoesFailedEventsAlone(group)) {
                return super.handle(message, target);
            }
            // Writes queued by JPA before this handler (tokens, earlier dead letters) go out before
            // the savepoint, so that rolling back to it cannot take them along.
            entityManagers.getObject().getEntityManager().flush();
            Connection connection = DataSourceUtils.getConnection(dataSource.getObject());
            Savepoint savepoint = connection.setSavepoint();
            Object result;
            try {
                result = super.handle(message, target);
            } catch (Exception | Error failure) {
                connection.rollback(savepoint);
                throw failure;
            }
            connection.releaseSavepoint(savepoint);
            return result;
        }
    }
}
