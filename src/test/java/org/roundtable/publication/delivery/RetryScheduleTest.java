package org.roundtable.publication.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final List<Duration> WAITS = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30),
            Duration.ofMinutes(2), Duration.ofMinutes(10));

    @Test
    void waitsLongerAfterEachFailureAndRepeatsTheLastWait() {
        RetrySchedule schedule = new RetrySchedule(WAITS, 0.2, () -> 0.5);
        assertThat(schedule.after(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.after(2)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.after(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(schedule.after(4)).isEqualTo(Duration.ofMinutes(10));
        assertThat(schedule.after(40)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void jitterShortensOrLengthensAWaitByAtMostItsFraction() {
        assertThat(new RetrySchedule(WAITS, 0.2, () -> 0.0).after(1)).isEqualTo(Duration.ofSeconds(8));
        assertThat(new RetrySchedule(WAITS, 0.2, () -> 0.999_999).after(1))
                .isBetween(Duration.ofMillis(11_999), Duration.ofSeconds(12));
        assertThat(new RetrySchedule(WAITS, 0.0, () -> 0.0).after(2)).isEqualTo(Duration.ofSeconds(30));
    }
}
