package org.roundtable.round.web;

import org.roundtable.platform.ElectorateKind;
import org.roundtable.round.Threshold;
import org.roundtable.round.query.RoundView;
import org.roundtable.round.query.RoundView.OutcomeView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The vote rule and the outcome's arithmetic as sentences in the reader's language, for the round
 * page ({@code @roundWords} in templates): "7 of 9 representatives voted: at least two thirds of
 * all 9 meant at least 6 were needed, so the quorum was met."
 */
@Component("roundWords")
public class RoundWords {

    private final MessageSource messages;

    RoundWords(MessageSource messages) {
        this.messages = messages;
    }

    /** "at least two thirds", "超过半数". */
    public String threshold(Threshold threshold) {
        String fraction = text("fraction." + threshold.numerator() + "." + threshold.denominator(),
                threshold.numerator() + "/" + threshold.denominator());
        return text("threshold." + threshold.comparison().name(), null, fraction);
    }

    /** The rule in one sentence, with the electorate's numbers when known. */
    public String rule(RoundView round) {
        if (round.voteRule() == null) {
            return "";
        }
        long electorate = round.electorateSize() == null ? 0 : round.electorateSize();
        var rule = round.voteRule();
        return text("rule.sentence", null, threshold(rule.attendance()), electorate, noun(round.electorateKind()),
                rule.attendance().smallestCountMeeting(electorate), threshold(rule.approval()),
                rule.approval().smallestCountMeeting(electorate));
    }

    /** While voting: how many have voted so far, and how many must for the vote to count. */
    public String participation(RoundView round) {
        long electorate = round.electorateSize() == null ? 0 : round.electorateSize();
        long voted = round.participation() == null ? 0 : round.participation();
        long needed = round.voteRule() == null ? 0 : round.voteRule().attendance().smallestCountMeeting(electorate);
        return text("participation.sentence", null, voted, electorate, noun(round.electorateKind()), needed);
    }

    /** Attendance: who voted, how many were needed, whether the quorum was met. */
    public String attendance(RoundView round) {
        OutcomeView outcome = round.outcome();
        return text(outcome.attendanceMet() ? "outcome.attendance.met" : "outcome.attendance.notMet", null,
                outcome.ballots(), outcome.electorate(), noun(round.electorateKind()),
                threshold(round.voteRule().attendance()), outcome.ballotsNeeded());
    }

    /** Approval: the votes for against what was needed, and the verdict; empty without a quorum. */
    public String approval(RoundView round) {
        OutcomeView outcome = round.outcome();
        if (!outcome.attendanceMet()) {
            return "";
        }
        return text(outcome.approvalMet() ? "outcome.approval.met" : "outcome.approval.notMet", null,
                outcome.forVotes(), outcome.electorate(), threshold(round.voteRule().approval()),
                outcome.forNeeded(), outcome.against(), outcome.abstain(), noun(round.electorateKind()));
    }

    private String noun(ElectorateKind kind) {
        return text("electorate.noun." + (kind == null ? ElectorateKind.REPRESENTATIVES : kind).name(), null);
    }

    private String text(String code, String fallback, Object... arguments) {
        return messages.getMessage(code, arguments, fallback, LocaleContextHolder.getLocale());
    }
}
