package org.roundtable.proposal.query;

import java.time.Instant;
import java.time.LocalDate;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleCategory;

/** One line of a list of proposals. */
public record ProposalSummary(ProposalId id, PlatformId platformId, String title, RuleCategory category,
                              ProposalStatus status, int revision, RoundId roundId, LocalDate effectiveDate,
                              Instant draftedAt) {
}
