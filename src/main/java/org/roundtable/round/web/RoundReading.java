package org.roundtable.round.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.platform.PlatformQueries.FindPlatform;
import org.roundtable.platform.PlatformQueries.PlatformView;
import org.roundtable.preview.query.FindRecordedPreviews;
import org.roundtable.preview.query.RecordedPreviewView;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.query.FindProposal;
import org.roundtable.proposal.query.ProposalView;
import org.roundtable.round.Phase;
import org.roundtable.round.query.AmendmentView;
import org.roundtable.round.query.MeetingView;
import org.roundtable.round.query.OpinionView;
import org.roundtable.round.query.RoundQueries.FindAmendments;
import org.roundtable.round.query.RoundQueries.FindMeetings;
import org.roundtable.round.query.RoundQueries.FindOpinions;
import org.roundtable.round.query.RoundQueries.FindRoundTimeline;
import org.roundtable.round.query.RoundView;
import org.roundtable.round.query.TimelineEntryView;
import org.roundtable.rule.query.FindRule;
import org.roundtable.rule.query.FindRuleChangesInWords;
import org.roundtable.rule.query.RuleChangeInWords;
import org.roundtable.rule.query.RuleView;
import org.roundtable.shared.web.Refusal;
import org.roundtable.vote.query.BallotQueries.FindReceipts;
import org.roundtable.vote.query.ReceiptView;
import org.springframework.stereotype.Component;

/** Gathers a round page from the read models, through the query gateway only. */
@Component
class RoundReading {

    private final QueryGateway queries;
    private final RoundAccess access;

    RoundReading(QueryGateway queries, RoundAccess access) {
        this.queries = queries;
        this.access = access;
    }

    RoundPage page(String roundId, String receiptSearch) {
        RoundView round = access.round(roundId);
        ProposalView proposal = proposal(round);
        List<ParameterChange> changes = round.votedText() != null ? round.votedText().changes()
                : proposal == null ? List.of() : proposal.changes();
        var effectiveDate = round.votedText() != null && round.votedText().effectiveDate() != null
                ? round.votedText().effectiveDate() : proposal == null ? null : proposal.effectiveDate();
        List<AmendmentView> amendments = list(new FindAmendments(round.id()), AmendmentView.class);
        Map<String, String> ruleNames = new LinkedHashMap<>();
        changes.forEach(change -> ruleNames.computeIfAbsent(change.ruleId().value(), this::ruleName));
        amendments.forEach(amendment -> amendment.changes()
                .forEach(change -> ruleNames.computeIfAbsent(change.ruleId().value(), this::ruleName)));
        int revision = round.votedText() != null ? round.votedText().revision()
                : proposal == null ? 0 : proposal.revision();
        List<RecordedPreviewView> previews = proposal == null ? List.of()
                : list(new FindRecordedPreviews(proposal.id()), RecordedPreviewView.class);
        previews.forEach(preview -> ruleNames.computeIfAbsent(preview.ruleId().value(), this::ruleName));
        return new RoundPage(round, platformName(round), proposal, changes, effectiveDate, ruleNames,
                list(new FindOpinions(round.id()), OpinionView.class), amendments,
                list(new FindMeetings(round.id()), MeetingView.class),
                list(new FindRoundTimeline(round.id()), TimelineEntryView.class), receipts(round, receiptSearch),
                revision, list(new FindRuleChangesInWords(changes), RuleChangeInWords.class), previews);
    }

    RoundView round(String roundId) {
        return access.round(roundId);
    }

    ProposalView proposal(RoundView round) {
        if (round.proposalId() == null) {
            return null;
        }
        return queries.query(new FindProposal(round.proposalId()), ResponseTypes.optionalInstanceOf(ProposalView.class))
                .join().orElse(null);
    }

    String platformName(RoundView round) {
        PlatformView platform = queries.query(new FindPlatform(round.platformId()),
                ResponseTypes.instanceOf(PlatformView.class)).join();
        return platform == null ? round.platformId().value() : platform.name();
    }

    String ruleName(String ruleId) {
        Optional<RuleView> rule = queries.query(new FindRule(org.roundtable.rule.RuleId.of(ruleId)),
                ResponseTypes.optionalInstanceOf(RuleView.class)).join();
        return rule.map(RuleView::name).orElse(ruleId);
    }

    private RoundPage.Receipts receipts(RoundView round, String search) {
        if (round.phase() != Phase.CLOSED && round.phase() != Phase.PUBLISHED) {
            return RoundPage.Receipts.notYet(search);
        }
        try {
            return RoundPage.Receipts.of(list(new FindReceipts(round.id()), ReceiptView.class), search);
        } catch (RuntimeException notYetPublished) {
            Refusal.from(notYetPublished);
            return RoundPage.Receipts.notYet(search);
        }
    }

    private <T> List<T> list(Object query, Class<T> type) {
        CompletableFuture<List<T>> answer = queries.query(query, ResponseTypes.multipleInstancesOf(type));
        return answer.join();
    }
}
