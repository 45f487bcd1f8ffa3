package org.roundtable.preview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hours of the day written as ranges, e.g. {@code 22-6} (night, across midnight) or
 * {@code 11-13,17-19} (peaks): each range starts at its first hour and ends before its last.
 */
public record HourRanges(String text, boolean[] hours) {

    public HourRanges {
        hours = hours.clone();
    }

    /** Reads {@code text}; throws IllegalArgumentException with a message naming what is wrong. */
    static HourRanges parse(String text) {
        boolean[] hours = new boolean[24];
        List<String> ranges = new ArrayList<>();
        for (String part : text.split(",")) {
            String range = part.strip();
            int dash = range.indexOf('-');
            if (dash < 0) {
                throw new IllegalArgumentException(
                        "'" + text + "' is not a list of hour ranges like 22-6 or 11-13,17-19");
            }
            int from = hour(range.substring(0, dash), text);
            int to = hour(range.substring(dash + 1), text);
            if (from == to) {
                throw new IllegalArgumentException("the hour range '" + range + "' in '" + text + "' is empty");
            }
            int span = Math.floorMod(to - from, 24) == 0 ? 24 : Math.floorMod(to - from, 24);
            for (int step = 0; step < span; step++) {
                hours[(from + step) % 24] = true;
            }
            ranges.add(String.format("%02d:00–%02d:00", from, to));
        }
        return new HourRanges(String.join(", ", ranges), hours);
    }

    private static int hour(String value, String text) {
        String digits = value.strip();
        if (!digits.matches("[0-9]{1,2}") || Integer.parseInt(digits) > 24) {
            throw new IllegalArgumentException("'" + value.strip() + "' in '" + text + "' is not an hour from 0 to 24");
        }
        return Integer.parseInt(digits);
    }

    public boolean contains(int hourOfDay) {
        return hours[hourOfDay];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HourRanges ranges && Arrays.equals(hours, ranges.hours);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hours);
    }

    @Override
    public String toString() {
        return text;
    }
}
