package org.roundtable.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.roundtable.RoundtableApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/**
 * With the "axonserver" profile and no Axon Server to reach, the application does not hang and
 * does not pretend to run: it stops within its startup timeout and says why.
 */
class AxonServerUnreachableTest {

    @Test
    void refusesToStartWithAClearMessageWhenAxonServerCannotBeReached() {
        Throwable failure = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> assertThrows(Throwable.class,
                () -> new SpringApplicationBuilder(RoundtableApplication.class)
                        .profiles("test", "axonserver")
                        .run("--server.port=0",
                                "--axon.axonserver.servers=127.0.0.1:1",
                                "--axon.axonserver.connect-timeout=500",
                                "--roundtable.axonserver.startup-timeout=2s")
                        .close()));

        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        assertThat(cause).isInstanceOf(IllegalStateException.class);
        assertThat(cause.getMessage())
                .contains("Axon Server at 127.0.0.1:1 (context 'default') could not be reached within 2000 ms")
                .contains("AXONSERVER_SERVERS");
    }
}
