package org.roundtable.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.roundtable.people.PersonId;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.Side;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalId;

/** Commands of the ConsultationRound aggregate. Actor ids come from the authenticated principal. */
public sealed interface RoundCommands {

    RoundId roundId();

    /** The worker side asks the platform in writing for a consultation (art. 32: answer within 20 days). */
    record RequestConsultation(@TargetAggregateIdentifier RoundId roundId, PlatformId platformId, String topic,
                               String request, PersonId requestedBy) implements RoundCommands {
    }

    /** Platform HR answers the written request. */
    record AnswerConsultationRequest(@TargetAggregateIdentifier RoundId roundId, String answer, PersonId answeredBy)
            implements RoundCommands {
    }

    /**
     * The convener opens a round on a submitted proposal (or on a requested round): freezes the
     * electorate and sets the comment period. {@code voteRule} null means the configured default.
     */
    record OpenRound(@TargetAggregateIdentifier RoundId roundId, PlatformId platformId, ProposalId proposalId,
                     ElectorateKind electorateKind, Instant commentStartsAt, Instant commentEndsAt,
                     VoteRule voteRule, PersonId openedBy) implements RoundCommands {
    }

    /** The convener starts the comment period before its scheduled start. */
    record StartCommentPeriod(@TargetAggregateIdentifier RoundId roundId, PersonId startedBy)
            implements RoundCommands {
    }

    record SubmitOpinion(@TargetAggregateIdentifier RoundId roundId, OpinionId opinionId, String text,
                         String parameter, PersonId authorId) implements RoundCommands {
    }

    record AnswerOpinion(@TargetAggregateIdentifier RoundId roundId, OpinionId opinionId, OpinionAnswer answer,
                         String reason, PersonId answeredBy) implements RoundCommands {
    }

    /** A representative tables a change to the parameter diff, with reasons. */
    record TableAmendment(@TargetAggregateIdentifier RoundId roundId, AmendmentId amendmentId,
                          List<ParameterChange> changes, String reasons, PersonId tabledBy)
            implements RoundCommands {
    }

    record AcceptAmendment(@TargetAggregateIdentifier RoundId roundId, AmendmentId amendmentId, String reason,
                           PersonId acceptedBy) implements RoundCommands {
    }

    record RejectAmendment(@TargetAggregateIdentifier RoundId roundId, AmendmentId amendmentId, String reason,
                           PersonId rejectedBy) implements RoundCommands {
    }

    /**
     * Sent by the consultation process when the proposal refused the revision an accepted amendment
     * asked for: the round records that the amendment was not applied, and why.
     */
    record RecordAmendmentNotApplied(@TargetAggregateIdentifier RoundId roundId, AmendmentId amendmentId,
                                     String reason) implements RoundCommands {
    }

    /** Minutes of a negotiation meeting, taken by a neutral note-taker (art. 33). */
    record RecordMeeting(@TargetAggregateIdentifier RoundId roundId, MeetingId meetingId, LocalDate date,
                         List<PersonId> attendees, String minutes, PersonId recordedBy) implements RoundCommands {
    }

    /** One side's chief representative agrees to suspend talks (art. 35); both must agree. */
    record AgreeToSuspend(@TargetAggregateIdentifier RoundId roundId, Side side, String reason, PersonId chief)
            implements RoundCommands {
    }

    /** One side's chief representative agrees to resume suspended talks; both must agree. */
    record AgreeToResume(@TargetAggregateIdentifier RoundId roundId, Side side, PersonId chief)
            implements RoundCommands {
    }

    /** The convener opens voting on the proposal as it stands, until {@code closesAt}. */
    record OpenVoting(@TargetAggregateIdentifier RoundId roundId, Instant closesAt, PersonId openedBy)
            implements RoundCommands {
    }

    /** Sent by the consultation process once the proposal is locked: the text being voted on. */
    record RecordVotedText(@TargetAggregateIdentifier RoundId roundId, int revision, List<ParameterChange> changes,
                           LocalDate effectiveDate) implements RoundCommands {
    }

    /** The convener closes voting early; allowed only once every member of the electorate has voted. */
    record CloseVoting(@TargetAggregateIdentifier RoundId roundId, PersonId closedBy) implements RoundCommands {
    }

    /** A chief representative signs the adopted text for their side (arts. 34, 37). */
    record SignOutcome(@TargetAggregateIdentifier RoundId roundId, Side side, PersonId chief)
            implements RoundCommands {
    }

    /** The convener publishes the outcome to the workers and the public. */
    record PublishOutcome(@TargetAggregateIdentifier RoundId roundId, PersonId publishedBy)
            implements RoundCommands {
    }

    /** After a rejection or no quorum: back to negotiation in a new round linked to this one. */
    record ReturnToNegotiation(@TargetAggregateIdentifier RoundId roundId, RoundId followUpRoundId, String reason,
                               PersonId returnedBy) implements RoundCommands {
    }

    /** Sent by the consultation process: the follow-up round of a returned round starts in negotiation. */
    record OpenFollowUpRound(@TargetAggregateIdentifier RoundId roundId, RoundId previousRoundId,
                             PlatformId platformId, ProposalId proposalId, ElectorateKind electorateKind,
                             VoteRule voteRule) implements RoundCommands {
    }

    /** The convener, or the process when the proposal is withdrawn, ends a round before voting. */
    record CancelRound(@TargetAggregateIdentifier RoundId roundId, String reason, PersonId cancelledBy)
            implements RoundCommands {
    }
}
