package org.roundtable.shared.axon;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an event handler (or every handler of a class) that writes nothing to the database while it
 * runs: it keeps state in memory, or gathers rows that it writes when the batch commits. Such a
 * handler needs no savepoint of its own ({@link SavepointPerEvent}), which saves two round trips to
 * the database per event on the busiest streams (every ballot).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface WithoutSavepoint {
}
