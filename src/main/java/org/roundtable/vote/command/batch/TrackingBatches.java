package org.roundtable.vote.command.batch;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every tracking processor reads every ballot, even one that ignores it. With Axon's default batch
 * of one event, each processor commits its token every few events, and those commits take the
 * database's durable commits away from the votes. Processors not configured otherwise therefore
 * handle up to {@code roundtable.events.tracking-batch-size} events (default 200) per transaction.
 */
@Configuration(proxyBeanMethods = false)
class TrackingBatches {

    @Bean
    ConfigurerModule trackingBatchSize(@Value("${roundtable.events.tracking-batch-size:200}") int batchSize) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                axon -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize));
    }
}
