package org.roundtable.shared.axon;

import javax.sql.DataSource;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * How event processors behave on failure and how they batch. See {@link ProcessingGroups} for who
 * parks failed events, and docs/operations.md for the reasons.
 */
@org.springframework.context.annotation.Configuration
class EventProcessingConfig {

    /** Runs after Axon's own modules, so that this dead-letter provider is the one in force. */
    private static final int AFTER_AXON_DEFAULTS = 100;

    @Bean
    ProcessingGroups processingGroups(EventProcessorProperties processors, EventProcessingSettings settings) {
        return new ProcessingGroups(processors, settings);
    }

    @Bean
    SavepointPerEvent savepointPerEvent(ObjectProvider<ProcessingGroups> groups,
                                        ObjectProvider<EntityManagerProvider> entityManagers,
                                        ObjectProvider<DataSource> dataSource) {
        return new SavepointPerEvent(groups, entityManagers, dataSource);
    }

    @Bean
    RelaxedProcessorCommits.Marker durableBatchMarker() {
        return new RelaxedProcessorCommits.Marker();
    }

    @Bean
    ConfigurerModule roundtableEventProcessing(ProcessingGroups groups, EventProcessorProperties processors,
                                               EventProcessingSettings settings, ListableBeanFactory beans,
                                               ObjectProvider<EntityManagerProvider> entityManagers,
                                               ObjectProvider<TransactionManager> transactions,
                                               ObjectProvider<DataSource> dataSource,
                                               @Value("${spring.datasource.url:}") String databaseUrl) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(org.axonframework.config.Configurer configurer) {
                EventProcessingConfigurer processing = configurer.eventProcessing();
                processing.registerTrackingEventProcessorConfiguration(
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(settings.batchSize()));
                processors.getProcessors().keySet().stream()
                        .filter(groups::isSubscribing)
                        .forEach(group -> processing.registerListenerInvocationErrorHandler(
                                group, config -> PropagatingErrorHandler.instance()));
                processing.registerDefaultTransactionManager(config -> RelaxedProcessorCommits.transactions(
                        transactions.getObject(), dataSource.getObject(), databaseUrl.startsWith("jdbc:postgresql:")));
                processing.registerDeadLetterQueueProvider(
                        group -> groups.parksFailedEvents(group) ? config -> deadLetterQueue(group, config, settings,
                                entityManagers.getObject(), transactions.getObject()) : null);
                // Before each event the dead-lettering invoker asks whether the event's sequence is
                // already parked: without this cache that is one query per event and processor. The
                // cache remembers which sequences this node parked in a segment it owns (starting
                // from "none" when the queue is empty), so a miss needs no query.
                ProcessingGroups.declaredIn(beans).stream().filter(groups::parksFailedEvents)
                        .forEach(group -> processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (config, invoker) -> invoker.enableSequenceIdentifierCache()
                                        .sequenceIdentifierCacheSize(settings.deadLetterCacheSize())));
            }

            @Override
            public int order() {
                return AFTER_AXON_DEFAULTS;
            }
        };
    }

    private static SequencedDeadLetterQueue<EventMessage<?>> deadLetterQueue(String group, Configuration config,
                                                                            EventProcessingSettings settings,
                                                                            EntityManagerProvider entityManagers,
                                                                            TransactionManager transactions) {
        return JpaSequencedDeadLetterQueue.builder()
                .processingGroup(group)
                .maxSequences(settings.deadLetterMaxSequences())
                .entityManagerProvider(entityManagers)
                .transactionManager(transactions)
                .eventSerializer(config.eventSerializer())
                .genericSerializer(config.serializer())
                .build();
    }
}
