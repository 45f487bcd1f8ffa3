package org.roundtable.proposal.query;

import java.time.LocalDate;
import java.util.List;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleCategory;

/**
 * A proposal as it stands: its current revision ({@code 0} while a draft) and changes, the round
 * it is under (if any), and every numbered revision, oldest first.
 */
public record ProposalView(ProposalId id, PlatformId platformId, String title, RuleCategory category, String rationale,
                           String expectedImpact, LocalDate effectiveDate, ProposalStatus status, int revision,
                           List<ParameterChange> changes, RoundId roundId, List<RevisionView> revisions) {
}
