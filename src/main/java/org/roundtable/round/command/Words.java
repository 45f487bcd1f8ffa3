package org.roundtable.round.command;

import java.time.Duration;

/** Numbers and durations in the words of a refusal message. */
final class Words {

    private Words() {
    }

    /** "7 days", "24 hours", "90 minutes": the largest whole unit that fits exactly. */
    static String duration(Duration duration) {
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays())) && duration.toDays() != 1) {
            return count(duration.toDays(), "day", "days");
        }
        if (duration.toHours() > 0 && duration.equals(Duration.ofHours(duration.toHours()))) {
            return count(duration.toHours(), "hour", "hours");
        }
        return count(Math.max(duration.toMinutes(), 0), "minute", "minutes");
    }

    /** "1 opinion is", "3 opinions are". */
    static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
