package org.roundtable.publication.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalId;
import org.roundtable.publication.OutcomeWords;
import org.roundtable.round.Outcome;
import org.roundtable.round.RoundId;
import org.roundtable.round.Tally;

/** One published outcome, as a feed entry tells it. */
public record PublishedOutcomeView(RoundId roundId, PlatformId platformId, String platformName, ProposalId proposalId,
                                   String proposalTitle, Outcome outcome, Tally tally, int revision,
                                   List<ParameterChange> changes, LocalDate effectiveDate, Instant publishedAt) {

    /** "Adopted: Storm pay". */
    public String title() {
        return OutcomeWords.title(outcome, proposalTitle);
    }

    /** The outcome, the tally and the changes in words. */
    public String summary() {
        return OutcomeWords.summary(outcome, tally, revision, changes, effectiveDate);
    }
}
