package org.roundtable.round.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.roundtable.round.Outcome;
import org.roundtable.round.Threshold;
import org.roundtable.round.query.RoundView.OutcomeView;

/** The vote rule and the outcome's arithmetic in words anyone can check. */
final class RoundOutcomes {

    private RoundOutcomes() {
    }

    static String describe(Threshold attendance, Threshold approval) {
        return attendance + " of the whole electorate must cast a ballot, and " + approval
                + " of the whole electorate (not only of those voting) must vote for";
    }

    static OutcomeView outcome(ResultSet rs, Threshold attendance, Threshold approval) throws SQLException {
        Outcome outcome = RoundRows.outcomeOf(rs.getString("outcome"));
        if (outcome == null) {
            return null;
        }
        long electorate = rs.getLong("tally_electorate");
        long forVotes = rs.getLong("tally_for");
        long against = rs.getLong("tally_against");
        long abstain = rs.getLong("tally_abstain");
        long ballots = forVotes + against + abstain;
        long ballotsNeeded = rs.getLong("ballots_needed");
        long forNeeded = rs.getLong("for_needed");
        boolean attendanceMet = outcome != Outcome.NO_QUORUM;
        boolean approvalMet = outcome == Outcome.ADOPTED;
        return new OutcomeView(outcome, electorate, ballots, forVotes, against, abstain, attendance.toString(),
                ballotsNeeded, attendanceMet, approval.toString(), forNeeded, approvalMet,
                explain(outcome, electorate, ballots, forVotes, ballotsNeeded, forNeeded, attendance, approval),
                RoundRows.instant(rs, "determined_at"));
    }

    static String explain(Outcome outcome, long electorate, long ballots, long forVotes, long ballotsNeeded,
                          long forNeeded, Threshold attendance, Threshold approval) {
        String quorum = ballots + " of " + electorate + " cast a ballot; " + attendance + " of " + electorate
                + " needed at least " + ballotsNeeded + ", so ";
        if (outcome == Outcome.NO_QUORUM) {
            return quorum + "there was no quorum and the proposal was not adopted.";
        }
        String approvalWords = forVotes + " voted for; " + approval + " of all " + electorate + " needed at least "
                + forNeeded + ", so the proposal was ";
        return quorum + "the quorum was met. " + approvalWords
                + (outcome == Outcome.ADOPTED ? "adopted." : "rejected.");
    }
}
