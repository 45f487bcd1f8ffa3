package org.roundtable.shared.axon;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.lifecycle.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With Axon Server, the application refuses to start unless it reaches Axon Server within
 * {@code roundtable.axonserver.startup-timeout}: every command, event and query goes through it,
 * so an instance without it could serve nothing while looking alive. Failing at once with a clear
 * message lets the supervisor (Docker, systemd, Kubernetes) restart it and shows the cause. A
 * connection lost later is not fatal: the connector reconnects and health reports DOWN meanwhile.
 */
@Configuration
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true", matchIfMissing = true)
class AxonServerStartup {

    private static final Logger log = LoggerFactory.getLogger(AxonServerStartup.class);
    private static final long POLL_NANOS = Duration.ofMillis(100).toNanos();

    @Bean
    ConfigurerModule axonServerMustBeReachable(ObjectProvider<AxonServerConnectionManager> connections,
                                               ObjectProvider<AxonServerConfiguration> settings,
                                               @Value("${roundtable.axonserver.startup-timeout:30s}") Duration timeout) {
        return configurer -> configurer.onStart(Phase.EXTERNAL_CONNECTIONS,
                () -> awaitConnection(connections.getObject(), settings.getObject(), timeout));
    }

    static void awaitConnection(AxonServerConnectionManager connections, AxonServerConfiguration settings,
                                Duration timeout) {
        String context = settings.getContext();
        log.info("Connecting to Axon Server at {} (context '{}'), waiting at most {} s",
                settings.getServers(), context, timeout.toSeconds());
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!connections.getConnection(context).isConnected()) {
            if (System.nanoTime() - deadline >= 0) {
                throw new IllegalStateException("Axon Server at " + settings.getServers() + " (context '" + context
                        + "') could not be reached within " + timeout.toMillis() + " ms, so Roundtable does not start."
                        + " Start Axon Server, or correct AXONSERVER_SERVERS, AXONSERVER_CONTEXT and AXONSERVER_TOKEN;"
                        + " to run without Axon Server, leave out the 'axonserver' profile.");
            }
            LockSupport.parkNanos(POLL_NANOS);
            if (Thread.currentThread().isInterrupted()) {
                throw new IllegalStateException("Interrupted while waiting for Axon Server at " + settings.getServers());
            }
        }
        log.info("Connected to Axon Server at {} (context '{}')", settings.getServers(), context);
    }
}
