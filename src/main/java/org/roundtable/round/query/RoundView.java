package org.roundtable.round.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.people.PersonId;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.PlatformId;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.Outcome;
import org.roundtable.round.Phase;
import org.roundtable.round.RoundId;
import org.roundtable.round.Threshold;

/**
 * A consultation round as people read it. {@code participation} is the number of voters who have
 * cast a ballot, shown only while voting; how they chose is shown only in {@code outcome}, once
 * voting has closed.
 */
public record RoundView(RoundId id, PlatformId platformId, ProposalId proposalId, Phase phase, boolean suspended,
                        ElectorateKind electorateKind, Long electorateSize, String electorateDigest,
                        Request request, Schedule schedule, VoteRuleView voteRule, Long participation,
                        VotedText votedText, OutcomeView outcome, Signatures signatures, PersonId openedBy,
                        Instant openedAt, Instant publishedAt, RoundId previousRoundId, RoundId followUpRoundId,
                        String returnReason, Cancellation cancellation) {

    /** The worker side's written request and the platform's answer (art. 32). */
    public record Request(String topic, String text, PersonId requestedBy, Instant requestedAt, Instant answerDueBy,
                          String answer, Instant answeredAt, Boolean answeredLate, boolean overdue) {
    }

    /** When each phase is due and when it happened. */
    public record Schedule(Instant commentStartsAt, Instant commentEndsAt, Instant commentStartedAt,
                           Boolean commentStartedEarly, Instant negotiationStartedAt, Instant votingOpensAt,
                           Instant votingClosesAt, Instant votingClosedAt, Boolean votingClosedEarly) {
    }

    /** The vote rule, in words and as fractions of the whole electorate. */
    public record VoteRuleView(String description, Threshold attendance, Threshold approval) {
    }

    /** The revision voted on, its parameter changes and when they take effect. */
    public record VotedText(int revision, List<ParameterChange> changes, LocalDate effectiveDate) {
    }

    /** The count and the rule's arithmetic: anyone can check that the outcome follows from the numbers. */
    public record OutcomeView(Outcome outcome, long electorate, long ballots, long forVotes, long against,
                              long abstain, String attendanceThreshold, long ballotsNeeded, boolean attendanceMet,
                              String approvalThreshold, long forNeeded, boolean approvalMet, String explanation,
                              Instant determinedAt) {
    }

    /** The chief representatives' signatures of an adopted text (arts. 34, 37). */
    public record Signatures(PersonId workerSide, Instant workerSideSignedAt, PersonId platformSide,
                             Instant platformSideSignedAt) {
    }

    public record Cancellation(String reason, PersonId cancelledBy, Instant cancelledAt) {
    }
}
