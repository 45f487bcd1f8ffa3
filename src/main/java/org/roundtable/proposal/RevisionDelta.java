package org.roundtable.proposal;

import org.roundtable.rule.RuleId;

/**
 * How one parameter's proposed value moved between two revisions. {@code before} is null for a
 * parameter the revision adds, {@code after} is null for one it drops.
 */
public record RevisionDelta(RuleId ruleId, String parameter, String before, String after) {
}
