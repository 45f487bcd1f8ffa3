package org.roundtable.round.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.roundtable.preview.query.RecordedPreviewView;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.query.ProposalView;
import org.roundtable.round.query.AmendmentView;
import org.roundtable.round.query.MeetingView;
import org.roundtable.round.query.OpinionView;
import org.roundtable.round.query.RoundView;
import org.roundtable.round.query.TimelineEntryView;
import org.roundtable.rule.query.RuleChangeInWords;
import org.roundtable.vote.query.ReceiptView;

/**
 * Everything the public round page shows. {@code changes} is the text voted on once voting opened,
 * otherwise the proposal's current revision ({@code revision}); {@code ruleNames} names the rules by
 * id; {@code inWords} says what the changes make of each rule with a kind, and {@code previews} are
 * the impact previews recorded with the proposal, newest first.
 */
public record RoundPage(RoundView round, String platformName, ProposalView proposal, List<ParameterChange> changes,
                        LocalDate effectiveDate, Map<String, String> ruleNames, List<OpinionView> opinions,
                        List<AmendmentView> amendments, List<MeetingView> meetings,
                        List<TimelineEntryView> timeline, Receipts receipts, int revision,
                        List<RuleChangeInWords> inWords, List<RecordedPreviewView> previews) {

    /** The published receipts after the close, filtered by what the reader searched for. */
    public record Receipts(boolean published, String search, List<ReceiptView> shown, int total, int matching) {

        static final int MAX_SHOWN = 200;

        static Receipts notYet(String search) {
            return new Receipts(false, search, List.of(), 0, 0);
        }

        static Receipts of(List<ReceiptView> all, String search) {
            String wanted = search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT);
            List<ReceiptView> matching = wanted.isEmpty() ? all : all.stream()
                    .filter(receipt -> receipt.receipt().toLowerCase(java.util.Locale.ROOT).contains(wanted))
                    .toList();
            return new Receipts(true, search, matching.stream().limit(MAX_SHOWN).toList(), all.size(),
                    matching.size());
        }

        public boolean truncated() {
            return matching > shown.size();
        }
    }
}
