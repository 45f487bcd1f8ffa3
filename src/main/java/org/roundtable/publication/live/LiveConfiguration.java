package org.roundtable.publication.live;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.roundtable.shared.axon.EventProcessingSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The live forwarder keeps its position in memory and starts at the head of the event stream: every
 * node forwards new events to its own open pages, and none replays history to them after a restart.
 */
@Configuration
class LiveConfiguration {

    @Autowired
    void configure(EventProcessingConfigurer processing, EventProcessingSettings settings) {
        processing.registerTokenStore(LiveRoundForwarder.GROUP, configuration -> new InMemoryTokenStore());
        processing.registerTrackingEventProcessorConfiguration(LiveRoundForwarder.GROUP,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(settings.batchSize())
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
