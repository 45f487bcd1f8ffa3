package org.roundtable.round.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void durationsReadInTheLargestExactUnit() {
        assertThat(Words.duration(Duration.ofDays(7))).isEqualTo("7 days");
        assertThat(Words.duration(Duration.ofHours(24))).isEqualTo("24 hours");
        assertThat(Words.duration(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(Words.duration(Duration.ofSeconds(2))).isEqualTo("2 seconds");
        assertThat(Words.duration(Duration.ofSeconds(61))).isEqualTo("61 seconds");
    }

    @Test
    void countsAgreeWithTheirNouns() {
        assertThat(Words.count(1, "opinion is", "opinions are")).isEqualTo("1 opinion is");
        assertThat(Words.count(3, "opinion is", "opinions are")).isEqualTo("3 opinions are");
    }
}
