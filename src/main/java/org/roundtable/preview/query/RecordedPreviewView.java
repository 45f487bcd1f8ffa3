package org.roundtable.preview.query;

import java.time.Instant;
import org.roundtable.people.PersonId;
import org.roundtable.preview.RecordedImpact;
import org.roundtable.proposal.ProposalId;
import org.roundtable.rule.RuleId;

/**
 * One recorded impact preview: the proposal revision it was computed for, the rule and the version
 * of it taken as "before", the figures, and who recorded it when. {@code number} counts the
 * proposal's events, so it orders the previews and stays the same on replay.
 */
public record RecordedPreviewView(ProposalId proposalId, long number, int revision, RuleId ruleId, int ruleVersion,
                                  RecordedImpact impact, PersonId recordedBy, Instant recordedAt) {

    /** Whether the proposal has been revised since the preview was computed. */
    public boolean computedForAnEarlierRevisionThan(int currentRevision) {
        return revision < currentRevision;
    }
}
