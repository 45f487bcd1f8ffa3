package org.roundtable.complaint.query;

import org.roundtable.complaint.ComplaintId;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.rule.RuleId;

/** Queries of the complaint read side. Access to personal words is checked by the caller. */
public final class ComplaintQueries {

    private ComplaintQueries() {
    }

    /** One complaint with its whole history; answers null when unknown. */
    public record FindComplaint(ComplaintId complaintId) {
    }

    /** Summaries (no text) of a platform's complaints, newest first; {@code ruleId} null means every rule. */
    public record FindComplaintsOfPlatform(PlatformId platformId, RuleId ruleId) {
    }

    /** Summaries of one worker's own complaints, newest first. */
    public record FindComplaintsOfWorker(PersonId workerId) {
    }

    /** Summaries (no text) of the complaints of every platform that went to the union, latest escalation first. */
    public record FindEscalatedComplaints() {
    }

    /** The public statistics of one rule (zeros when it has no complaints). */
    public record GetComplaintStatistics(RuleId ruleId) {
    }

    /** The public statistics of every rule with complaints, those recommended for early review first. */
    public record FindComplaintStatistics() {
    }
}
