package org.roundtable.vote.command.batch;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's command bus: Axon's {@link SimpleCommandBus}, built as Axon's Spring Boot
 * auto-configuration builds it, with ballots group-committed unless
 * {@code roundtable.vote.batch.enabled} is false (then every ballot is one aggregate command in
 * one transaction, as in the aggregate's tests).
 */
@Configuration(proxyBeanMethods = false)
class VoteBatchingConfiguration {

    @Bean
    @Qualifier("localSegment")
    SimpleCommandBus commandBus(TransactionManager transactions, org.axonframework.config.Configuration axon,
                                DuplicateCommandHandlerResolver duplicates, ObjectProvider<VoteBatcher> batcher,
                                @Value("${roundtable.vote.batch.enabled:true}") boolean batching) {
        SimpleCommandBus.Builder builder = SimpleCommandBus.builder()
                .transactionManager(transactions)
                .duplicateCommandHandlerResolver(duplicates)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"));
        SimpleCommandBus bus = batching ? new VoteBatchingCommandBus(builder, batcher) : builder.build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }
}
