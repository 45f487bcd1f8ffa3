package org.roundtable.complaint.query;

import java.time.Instant;
import java.time.LocalDate;
import org.roundtable.complaint.ComplaintId;
import org.roundtable.complaint.ComplaintOutcome;
import org.roundtable.complaint.DecisionKind;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;

/** A complaint in a list: no text and no worker, so a list can be shown to HR or the union at a glance. */
public record ComplaintSummary(ComplaintId id, PlatformId platformId, RuleId ruleId, DecisionKind decisionKind,
                               LocalDate decisionDate, ComplaintStatus status, ComplaintOutcome outcome,
                               Instant filedAt, Instant answerDueBy, Instant answeredAt, boolean answeredLate,
                               boolean escalated) {
}
