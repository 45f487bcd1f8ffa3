package org.roundtable.proposal.command;

import java.time.LocalDate;
import java.util.List;
import org.roundtable.people.PersonId;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalContent;
import org.roundtable.proposal.ProposalEvents.ProposalDrafted;
import org.roundtable.proposal.ProposalEvents.ProposalLockedForVote;
import org.roundtable.proposal.ProposalEvents.ProposalPlacedUnderConsultation;
import org.roundtable.proposal.ProposalEvents.ProposalSubmitted;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleId;

/** Sample facts of one pricing proposal, shared by the proposal's rule tests. */
final class ProposalSamples {

    static final ProposalId PROPOSAL = ProposalId.of("prop-1");
    static final PlatformId PLATFORM = PlatformId.of("pf-fastfood");
    static final PersonId HR = PersonId.of("p-hr");
    static final RoundId ROUND = RoundId.of("round-1");
    static final RoundId FOLLOW_UP = RoundId.of("round-2");
    static final RuleId PRICING = RuleId.of("rule-pricing");
    static final RuleId DISPATCH = RuleId.of("rule-dispatch");
    static final LocalDate EFFECTIVE = LocalDate.of(2026, 3, 1);

    static final ParameterChange BASE_FARE = new ParameterChange(PRICING, "base fare", "3.5", "4.0", "CNY");
    static final ParameterChange PER_KM = new ParameterChange(PRICING, "per km", "1.0", "1.2", "CNY/km");

    private ProposalSamples() {
    }

    static ProposalContent content() {
        return content(List.of(BASE_FARE, PER_KM));
    }

    static ProposalContent content(List<ParameterChange> changes) {
        return new ProposalContent("Fairer base fare", RuleCategory.PRICING_AND_PAY, changes,
                "Fares have not followed costs since 2023.", "Riders earn about 0.5 CNY more per order.", EFFECTIVE);
    }

    static ProposalDrafted drafted() {
        return new ProposalDrafted(PROPOSAL, PLATFORM, content(), HR);
    }

    static ProposalSubmitted submitted() {
        return new ProposalSubmitted(PROPOSAL, PLATFORM, content(), HR);
    }

    static ProposalPlacedUnderConsultation placed(RoundId round) {
        return new ProposalPlacedUnderConsultation(PROPOSAL, round);
    }

    static ProposalLockedForVote locked(RoundId round) {
        return new ProposalLockedForVote(PROPOSAL, round, 1, content().changes(), EFFECTIVE);
    }
}
