package org.roundtable.oversight;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counting working days: Monday to Friday (public holidays are not known here). */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** The date {@code days} working days after {@code start}; the start day itself is not counted. */
    public static LocalDate after(LocalDate start, int days) {
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }
}
