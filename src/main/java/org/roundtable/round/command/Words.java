package org.roundtable.round.command;

import java.time.Duration;

/** Numbers and durations in the words of a refusal message. */
final class Words {

    private Words() {
    }

    /** "7 days", "24 hours", "90 minutes", "2 seconds": the largest unit that divides the duration exactly. */
    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds > 0 && seconds % 86_400 == 0 && seconds != 86_400) {
            return count(seconds / 86_400, "day", "days");
        }
        if (seconds > 0 && seconds % 3_600 == 0) {
            return count(seconds / 3_600, "hour", "hours");
        }
        if (seconds > 0 && seconds % 60 == 0) {
            return count(seconds / 60, "minute", "minutes");
        }
        return count(seconds, "second", "seconds");
    }

    /** "1 opinion is", "3 opinions are". */
    static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
