package org.roundtable.oversight;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The numbers of oversight, under {@code roundtable.oversight}: how many working days (Monday to
 * Friday) a platform has to file an adopted rule version with the regulator, and how often each
 * adopted version is reviewed. Dates are counted in China Standard Time.
 */
@ConfigurationProperties("roundtable.oversight")
public record OversightSettings(
        @DefaultValue("10") int filingWorkingDays,
        @DefaultValue("12m") Period reviewPeriod) {

    /** The zone in which due dates are days. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public OversightSettings {
        if (filingWorkingDays < 1) {
            throw new IllegalArgumentException("roundtable.oversight.filing-working-days must be at least 1");
        }
        if (reviewPeriod == null || reviewPeriod.isNegative() || reviewPeriod.isZero()) {
            throw new IllegalArgumentException("roundtable.oversight.review-period must be positive, e.g. 12m");
        }
    }

    public static OversightSettings defaults() {
        return new OversightSettings(10, Period.ofMonths(12));
    }

    /** The day an instant falls on. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The moment a due date has passed: the start of the next day. */
    public static Instant endOf(LocalDate dueBy) {
        ZonedDateTime nextMorning = dueBy.plusDays(1).atStartOfDay(ZONE);
        return nextMorning.toInstant();
    }

    /** The due date of a filing for a version adopted on {@code adoptedOn}. */
    public LocalDate filingDueAfter(LocalDate adoptedOn) {
        return WorkingDays.after(adoptedOn, filingWorkingDays);
    }
}
