package org.roundtable.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.people.PersonId;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.Side;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalId;

/** Facts about consultation rounds. */
public sealed interface RoundEvents {

    RoundId roundId();

    record ConsultationRequested(RoundId roundId, PlatformId platformId, String topic, String request,
                                 PersonId requestedBy, Instant requestedAt, Instant answerDueBy)
            implements RoundEvents {
    }

    record ConsultationRequestAnswered(RoundId roundId, String answer, PersonId answeredBy, Instant answeredAt,
                                       boolean late) implements RoundEvents {
    }

    /** A fact that the platform let the 20-day answer deadline pass without a written answer. */
    record ConsultationRequestOverdue(RoundId roundId, Instant answerDueBy) implements RoundEvents {
    }

    record RoundOpened(RoundId roundId, PlatformId platformId, ProposalId proposalId, ElectorateKind electorateKind,
                       long electorateSize, String electorateDigest, Instant commentStartsAt,
                       Instant commentEndsAt, VoteRule voteRule, RoundId previousRoundId, PersonId openedBy,
                       Instant openedAt) implements RoundEvents {
    }

    record CommentPeriodStarted(RoundId roundId, Instant startedAt, Instant endsAt, boolean early)
            implements RoundEvents {
    }

    record NegotiationStarted(RoundId roundId, Instant startedAt) implements RoundEvents {
    }

    record OpinionSubmitted(RoundId roundId, OpinionId opinionId, String text, String parameter, PersonId authorId,
                            Instant submittedAt) implements RoundEvents {
    }

    record OpinionAnswered(RoundId roundId, OpinionId opinionId, OpinionAnswer answer, String reason,
                           PersonId answeredBy, Instant answeredAt) implements RoundEvents {
    }

    record AmendmentTabled(RoundId roundId, AmendmentId amendmentId, List<ParameterChange> changes, String reasons,
                           PersonId tabledBy, Instant tabledAt) implements RoundEvents {
    }

    record AmendmentAccepted(RoundId roundId, AmendmentId amendmentId, ProposalId proposalId,
                             List<ParameterChange> changes, String reason, PersonId acceptedBy, Instant acceptedAt)
            implements RoundEvents {
    }

    record AmendmentRejected(RoundId roundId, AmendmentId amendmentId, String reason, PersonId rejectedBy,
                             Instant rejectedAt) implements RoundEvents {
    }

    /** A fact that an accepted amendment could not be applied to the proposal, with the proposal's reason. */
    record AmendmentNotApplied(RoundId roundId, AmendmentId amendmentId, String reason, Instant recordedAt)
            implements RoundEvents {
    }

    record MeetingRecorded(RoundId roundId, MeetingId meetingId, LocalDate date, List<PersonId> attendees,
                           String minutes, PersonId recordedBy) implements RoundEvents {
    }

    record SuspensionAgreed(RoundId roundId, Side side, String reason, PersonId chief, Instant agreedAt)
            implements RoundEvents {
    }

    record TalksSuspended(RoundId roundId, String reason, Instant suspendedAt) implements RoundEvents {
    }

    record ResumptionAgreed(RoundId roundId, Side side, PersonId chief, Instant agreedAt) implements RoundEvents {
    }

    record TalksResumed(RoundId roundId, Instant resumedAt) implements RoundEvents {
    }

    record VotingOpened(RoundId roundId, ProposalId proposalId, Instant opensAt, Instant closesAt,
                        long electorateSize, PersonId openedBy) implements RoundEvents {
    }

    record VotedTextRecorded(RoundId roundId, int revision, List<ParameterChange> changes, LocalDate effectiveDate)
            implements RoundEvents {
    }

    record VotingClosed(RoundId roundId, Instant closedAt, boolean early) implements RoundEvents {
    }

    /** A fact that the vote rule turned the tally into an outcome; it carries the whole arithmetic. */
    record OutcomeDetermined(RoundId roundId, ProposalId proposalId, Outcome outcome, Tally tally, VoteRule voteRule,
                             long ballotsNeeded, long forNeeded, int revision, Instant determinedAt)
            implements RoundEvents {
    }

    record OutcomeSigned(RoundId roundId, Side side, PersonId chief, Instant signedAt) implements RoundEvents {
    }

    record OutcomePublished(RoundId roundId, PlatformId platformId, ProposalId proposalId, Outcome outcome,
                            Tally tally, int revision, List<ParameterChange> changes, LocalDate effectiveDate,
                            PersonId publishedBy, Instant publishedAt) implements RoundEvents {
    }

    record ReturnedToNegotiation(RoundId roundId, RoundId followUpRoundId, PlatformId platformId,
                                 ProposalId proposalId, ElectorateKind electorateKind, VoteRule voteRule,
                                 String reason, PersonId returnedBy) implements RoundEvents {
    }

    record RoundCancelled(RoundId roundId, ProposalId proposalId, String reason, PersonId cancelledBy,
                          Instant cancelledAt) implements RoundEvents {
    }
}
