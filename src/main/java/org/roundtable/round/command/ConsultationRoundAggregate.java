package org.roundtable.round.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.roundtable.round.command.Refusals.conflictUnless;
import static org.roundtable.round.command.Refusals.invalidUnless;
import static org.roundtable.round.command.Refusals.optionalText;
import static org.roundtable.round.command.Refusals.phaseIsOneOf;
import static org.roundtable.round.command.Refusals.required;
import static org.roundtable.round.command.Refusals.text;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.Electorates;
import org.roundtable.platform.Electorates.FrozenElectorate;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.Side;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.MeetingId;
import org.roundtable.round.OpinionAnswer;
import org.roundtable.round.Outcome;
import org.roundtable.round.Phase;
import org.roundtable.round.RoundCommands.*;
import org.roundtable.round.RoundEvents.*;
import org.roundtable.round.RoundId;
import org.roundtable.round.Tally;
import org.roundtable.round.VoteRule;
import org.roundtable.shared.ConsultationSettings;
import org.roundtable.vote.BallotBox;

/**
 * One consultation round, from a written request or its opening to the published outcome. Phase
 * changes on time are Axon deadlines; a deadline that fires when its phase has passed does nothing.
 * A fact caused by a deadline carries the scheduled time (the comment period ends, and voting
 * closes, when the schedule says, even if the scheduler fires late: opinions and ballots are refused
 * from that time on). The shape and state rules live here; who may send each command is checked at
 * the web edge.
 */
@Aggregate
class ConsultationRoundAggregate {

    static final String REQUEST_ANSWER_DUE = "request-answer-due";
    static final String COMMENT_STARTS = "comment-starts";
    static final String COMMENT_ENDS = "comment-ends";
    static final String VOTING_CLOSES = "voting-closes";
    /** How far in the past a comment period may start, to allow for the clocks of the convener and the server. */
    static final Duration START_TOLERANCE = Duration.ofMinutes(1);
    static final int MAX_TEXT = 5_000;

    @AggregateIdentifier
    private RoundId roundId;
    private PlatformId platformId;
    private ProposalId proposalId;
    private Phase phase;
    private ElectorateKind electorateKind;
    private long electorateSize;
    private VoteRule voteRule;
    private Instant answerDueBy;
    private boolean requestAnswered;
    private boolean requestOverdue;
    private Instant commentStartsAt;
    private Instant commentEndsAt;
    private Instant votingClosesAt;
    private final RoundOpinions opinions = new RoundOpinions();
    private final RoundAmendments amendments = new RoundAmendments();
    private final Set<MeetingId> meetings = new HashSet<>();
    private final TalksAgreement talks = new TalksAgreement();
    private VotedTextRecorded votedText;
    private Outcome outcome;
    private Tally tally;
    private final Set<Side> signatures = EnumSet.noneOf(Side.class);
    private RoundId followUpRoundId;

    protected ConsultationRoundAggregate() {
        // for Axon
    }

    // --- the written request (art. 32) ---

    @CommandHandler
    ConsultationRoundAggregate(RequestConsultation command, ConsultationSettings settings,
                               DeadlineManager deadlines) {
        required(command.platformId(), "the platform");
        required(command.requestedBy(), "the requesting representative");
        String topic = text(command.topic(), 200, "the topic");
        String request = text(command.request(), 10_000, "the written request");
        Instant now = now();
        Instant due = now.plus(settings.requestAnswerPeriod());
        apply(new ConsultationRequested(command.roundId(), command.platformId(), topic, request,
                command.requestedBy(), now, due));
        deadlines.schedule(due, REQUEST_ANSWER_DUE);
    }

    @CommandHandler
    void handle(AnswerConsultationRequest command, DeadlineManager deadlines) {
        phaseIsOneOf(phase, "A written request can be answered", Phase.REQUESTED);
        conflictUnless(!requestAnswered, "the request has already been answered in writing");
        required(command.answeredBy(), "the answering person");
        String answer = text(command.answer(), 10_000, "the written answer");
        Instant now = now();
        apply(new ConsultationRequestAnswered(roundId, answer, command.answeredBy(), now, now.isAfter(answerDueBy)));
        deadlines.cancelAllWithinScope(REQUEST_ANSWER_DUE);
    }

    @DeadlineHandler(deadlineName = REQUEST_ANSWER_DUE)
    void onRequestAnswerDue() {
        if (phase == Phase.REQUESTED && !requestAnswered && !requestOverdue) {
            apply(new ConsultationRequestOverdue(roundId, answerDueBy));
        }
    }

    // --- opening, and the comment period ---

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenRound command, ConsultationSettings settings, Electorates electorates,
                DeadlineManager deadlines) {
        assertNotOpenedYet(command.platformId());
        required(command.platformId(), "the platform");
        required(command.proposalId(), "the proposal under consultation");
        required(command.electorateKind(), "who votes (the electorate kind)");
        required(command.openedBy(), "the convener");
        Instant now = now();
        assertCommentPeriod(command.commentStartsAt(), command.commentEndsAt(), settings, now);
        FrozenElectorate electorate = freeze(electorates, command.roundId(), command.platformId(),
                command.electorateKind());
        VoteRule rule = command.voteRule() != null ? command.voteRule() : settings.defaultVoteRule();
        if (phase == Phase.REQUESTED) {
            deadlines.cancelAllWithinScope(REQUEST_ANSWER_DUE);
        }
        apply(new RoundOpened(command.roundId(), command.platformId(), command.proposalId(),
                command.electorateKind(), electorate.size(), electorate.digest(), command.commentStartsAt(),
                command.commentEndsAt(), rule, null, command.openedBy(), now));
        deadlines.schedule(command.commentStartsAt(), COMMENT_STARTS);
        deadlines.schedule(command.commentEndsAt(), COMMENT_ENDS);
    }

    private void assertNotOpenedYet(PlatformId requestedPlatform) {
        conflictUnless(phase == null || phase == Phase.REQUESTED, "this round has already been opened");
        conflictUnless(phase == null || platformId.equals(requestedPlatform),
                "this consultation was requested for platform " + platformId + "; open the round for that platform");
    }

    private static void assertCommentPeriod(Instant startsAt, Instant endsAt, ConsultationSettings settings,
                                            Instant now) {
        required(startsAt, "the start of the comment period");
        required(endsAt, "the end of the comment period");
        invalidUnless(!startsAt.isBefore(now.minus(START_TOLERANCE)),
                "the comment period cannot start in the past; start it now or later");
        invalidUnless(Duration.between(startsAt, endsAt).compareTo(settings.minCommentPeriod()) >= 0,
                "the comment period must last at least " + Words.duration(settings.minCommentPeriod())
                        + "; move its end to " + startsAt.plus(settings.minCommentPeriod()) + " or later");
    }

    private static FrozenElectorate freeze(Electorates electorates, RoundId roundId, PlatformId platformId,
                                           ElectorateKind kind) {
        FrozenElectorate electorate = electorates.freeze(roundId, platformId, kind);
        conflictUnless(electorate.size() > 0, kind == ElectorateKind.REPRESENTATIVES
                ? "the roster has no worker representatives: appoint the worker side's representatives "
                + "before opening a round"
                : "the platform has no registered workers: register its workers before opening an all-worker round");
        return electorate;
    }

    @CommandHandler
    void handle(StartCommentPeriod command, DeadlineManager deadlines) {
        phaseIsOneOf(phase, "The comment period can be started early", Phase.ANNOUNCED);
        required(command.startedBy(), "the convener");
        Instant now = now();
        apply(new CommentPeriodStarted(roundId, now, commentEndsAt, now.isBefore(commentStartsAt)));
        deadlines.cancelAllWithinScope(COMMENT_STARTS);
    }

    @DeadlineHandler(deadlineName = COMMENT_STARTS)
    void onCommentStarts() {
        if (phase == Phase.ANNOUNCED) {
            apply(new CommentPeriodStarted(roundId, commentStartsAt, commentEndsAt, false));
        }
    }

    /** The first parameter takes the deadline message, so that the handler can take resources after it. */
    @DeadlineHandler(deadlineName = COMMENT_ENDS)
    void onCommentEnds(DeadlineMessage<?> deadline, DeadlineManager deadlines) {
        if (phase == Phase.ANNOUNCED) {
            onCommentStarts();
            deadlines.cancelAllWithinScope(COMMENT_STARTS);
        }
        if (phase == Phase.COMMENTING) {
            apply(new NegotiationStarted(roundId, commentEndsAt));
        }
    }

    @CommandHandler
    void handle(SubmitOpinion command) {
        phaseIsOneOf(phase, "Opinions can be given", Phase.COMMENTING);
        Instant now = now();
        conflictUnless(commentEndsAt == null || now.isBefore(commentEndsAt),
                "the comment period ended at " + commentEndsAt + "; opinions can no longer be given");
        required(command.opinionId(), "the opinion id");
        required(command.authorId(), "the author");
        String opinion = text(command.text(), MAX_TEXT, "the text of the opinion");
        String parameter = optionalText(command.parameter(), 100, "the parameter an opinion is about");
        opinions.assertNew(command.opinionId());
        apply(new OpinionSubmitted(roundId, command.opinionId(), opinion, parameter, command.authorId(), now));
    }

    @CommandHandler
    void handle(AnswerOpinion command) {
        phaseIsOneOf(phase, "Opinions can be answered", Phase.COMMENTING, Phase.NEGOTIATING);
        required(command.opinionId(), "the opinion id");
        opinions.assertAwaitingAnswer(command.opinionId());
        required(command.answer(), "the answer (adopted, partly adopted or not adopted)");
        required(command.answeredBy(), "the answering person");
        String reason = command.answer() == OpinionAnswer.ADOPTED
                ? optionalText(command.reason(), MAX_TEXT, "the reason")
                : text(command.reason(), MAX_TEXT, "the reason why the opinion was not fully adopted");
        apply(new OpinionAnswered(roundId, command.opinionId(), command.answer(), reason, command.answeredBy(),
                now()));
    }

    // --- negotiation ---

    @CommandHandler
    void handle(TableAmendment command) {
        assertNegotiating("Amendments can be tabled");
        required(command.amendmentId(), "the amendment id");
        required(command.tabledBy(), "the representative tabling it");
        invalidUnless(command.changes() != null && !command.changes().isEmpty(),
                "an amendment needs at least one parameter change");
        String reasons = text(command.reasons(), MAX_TEXT, "the reasons for the amendment");
        amendments.assertNew(command.amendmentId());
        apply(new AmendmentTabled(roundId, command.amendmentId(), List.copyOf(command.changes()), reasons,
                command.tabledBy(), now()));
    }

    @CommandHandler
    void handle(AcceptAmendment command) {
        assertNegotiating("Amendments can be accepted");
        required(command.amendmentId(), "the amendment id");
        amendments.assertPending(command.amendmentId());
        required(command.acceptedBy(), "the accepting person");
        String reason = optionalText(command.reason(), MAX_TEXT, "the reason");
        apply(new AmendmentAccepted(roundId, command.amendmentId(), proposalId,
                amendments.changesOf(command.amendmentId()), reason, command.acceptedBy(), now()));
    }

    @CommandHandler
    void handle(RejectAmendment command) {
        assertNegotiating("Amendments can be rejected");
        required(command.amendmentId(), "the amendment id");
        amendments.assertPending(command.amendmentId());
        required(command.rejectedBy(), "the rejecting person");
        String reason = text(command.reason(), MAX_TEXT, "the reason for rejecting the amendment");
        apply(new AmendmentRejected(roundId, command.amendmentId(), reason, command.rejectedBy(), now()));
    }

    /** Whatever the phase: the proposal's refusal may arrive after the round has moved on. */
    @CommandHandler
    void handle(RecordAmendmentNotApplied command) {
        required(command.amendmentId(), "the amendment id");
        amendments.assertAcceptedAndNotYetFoundInapplicable(command.amendmentId());
        String reason = text(command.reason(), MAX_TEXT, "the reason the amendment could not be applied");
        apply(new AmendmentNotApplied(roundId, command.amendmentId(), reason, now()));
    }

    @CommandHandler
    void handle(RecordMeeting command) {
        assertNegotiating("Meetings can be recorded");
        required(command.meetingId(), "the meeting id");
        required(command.date(), "the date of the meeting");
        required(command.recordedBy(), "the note-taker");
        invalidUnless(command.attendees() != null && !command.attendees().isEmpty(),
                "the minutes must list who attended");
        String minutes = text(command.minutes(), 20_000, "the minutes");
        conflictUnless(!meetings.contains(command.meetingId()),
                "meeting " + command.meetingId() + " has already been recorded");
        apply(new MeetingRecorded(roundId, command.meetingId(), command.date(), List.copyOf(command.attendees()),
                minutes, command.recordedBy()));
    }

    private void assertNegotiating(String whatNeedsIt) {
        phaseIsOneOf(phase, whatNeedsIt, Phase.NEGOTIATING);
        talks.assertNotSuspended(whatNeedsIt.toLowerCase() + " again");
    }

    @CommandHandler
    void handle(AgreeToSuspend command) {
        phaseIsOneOf(phase, "Talks can be suspended", Phase.NEGOTIATING);
        required(command.side(), "the side");
        required(command.chief(), "the chief representative");
        talks.assertMayAgreeToSuspend(command.side());
        String reason = text(command.reason(), MAX_TEXT, "the reason for suspending talks");
        Instant now = now();
        apply(new SuspensionAgreed(roundId, command.side(), reason, command.chief(), now));
        if (talks.bothAgreedToSuspend()) {
            apply(new TalksSuspended(roundId, talks.suspensionReason(), now));
        }
    }

    @CommandHandler
    void handle(AgreeToResume command) {
        phaseIsOneOf(phase, "Talks can be resumed", Phase.NEGOTIATING);
        required(command.side(), "the side");
        required(command.chief(), "the chief representative");
        talks.assertMayAgreeToResume(command.side());
        Instant now = now();
        apply(new ResumptionAgreed(roundId, command.side(), command.chief(), now));
        if (talks.bothAgreedToResume()) {
            apply(new TalksResumed(roundId, now));
        }
    }

    // --- voting ---

    @CommandHandler
    void handle(OpenVoting command, ConsultationSettings settings, DeadlineManager deadlines) {
        assertNegotiating("Voting can be opened");
        long unanswered = opinions.unansweredCount();
        conflictUnless(unanswered == 0, Words.count(unanswered, "opinion is", "opinions are")
                + " still unanswered: platform HR must answer every opinion before voting opens");
        long pending = amendments.pendingCount();
        conflictUnless(pending == 0, Words.count(pending, "amendment is", "amendments are")
                + " still pending: accept or reject every amendment before voting opens");
        required(command.openedBy(), "the convener");
        Instant closesAt = required(command.closesAt(), "when voting closes");
        Instant now = now();
        invalidUnless(Duration.between(now, closesAt).compareTo(settings.minVotingWindow()) >= 0,
                "voting must stay open at least " + Words.duration(settings.minVotingWindow())
                        + "; close it at " + now.plus(settings.minVotingWindow()) + " or later");
        apply(new VotingOpened(roundId, proposalId, now, closesAt, electorateSize, command.openedBy()));
        deadlines.schedule(closesAt, VOTING_CLOSES);
    }

    @CommandHandler
    void handle(RecordVotedText command) {
        phaseIsOneOf(phase, "The voted text can be recorded", Phase.VOTING, Phase.CLOSED);
        conflictUnless(votedText == null, "the voted text of this round has already been recorded");
        invalidUnless(command.revision() >= 1, "the voted revision must be 1 or more");
        List<ParameterChange> changes = required(command.changes(), "the voted changes");
        apply(new VotedTextRecorded(roundId, command.revision(), List.copyOf(changes), command.effectiveDate()));
    }

    @CommandHandler
    void handle(CloseVoting command, BallotBox ballotBox, DeadlineManager deadlines) {
        phaseIsOneOf(phase, "Voting can be closed", Phase.VOTING);
        required(command.closedBy(), "the convener");
        long missing = electorateSize - ballotBox.participation(roundId);
        conflictUnless(missing <= 0, missing + " of the " + electorateSize + " voters have not voted yet; "
                + "voting can close early only once everyone has voted, otherwise it closes at " + votingClosesAt);
        closeVoting(ballotBox, true, now());
        deadlines.cancelAllWithinScope(VOTING_CLOSES);
    }

    @DeadlineHandler(deadlineName = VOTING_CLOSES)
    void onVotingCloses(DeadlineMessage<?> deadline, BallotBox ballotBox) {
        if (phase == Phase.VOTING) {
            closeVoting(ballotBox, false, votingClosesAt);
        }
    }

    private void closeVoting(BallotBox ballotBox, boolean early, Instant now) {
        BallotBox.Count count = ballotBox.closeAndCount(roundId);
        Tally counted = new Tally(electorateSize, count.forVotes(), count.against(), count.abstain());
        VoteRule.Decision decision = voteRule.decide(counted);
        apply(new VotingClosed(roundId, now, early));
        apply(new OutcomeDetermined(roundId, proposalId, decision.outcome(), counted, voteRule,
                decision.ballotsNeeded(), decision.forNeeded(), votedText == null ? 0 : votedText.revision(), now));
    }

    // --- after the vote ---

    @CommandHandler
    void handle(SignOutcome command) {
        phaseIsOneOf(phase, "The outcome can be signed", Phase.CLOSED);
        conflictUnless(outcome == Outcome.ADOPTED, "only an adopted text is signed; this vote ended " + outcome);
        required(command.side(), "the side");
        required(command.chief(), "the chief representative");
        conflictUnless(!signatures.contains(command.side()),
                "the " + TalksAgreement.words(command.side()) + " has already signed the adopted text");
        apply(new OutcomeSigned(roundId, command.side(), command.chief(), now()));
    }

    @CommandHandler
    void handle(PublishOutcome command) {
        phaseIsOneOf(phase, "The outcome can be published", Phase.CLOSED);
        required(command.publishedBy(), "the convener");
        if (outcome == Outcome.ADOPTED) {
            List<String> unsigned = Arrays.stream(Side.values()).filter(side -> !signatures.contains(side))
                    .map(side -> "the " + TalksAgreement.words(side) + "'s chief representative").toList();
            conflictUnless(unsigned.isEmpty(), "the adopted text must be signed before it is published; still "
                    + "missing: " + String.join(" and ", unsigned));
            conflictUnless(votedText != null,
                    "the voted text has not been recorded yet; try again in a moment");
        }
        apply(new OutcomePublished(roundId, platformId, proposalId, outcome, tally,
                votedText == null ? 0 : votedText.revision(),
                votedText == null ? List.of() : votedText.changes(),
                votedText == null ? null : votedText.effectiveDate(), command.publishedBy(), now()));
    }

    @CommandHandler
    void handle(ReturnToNegotiation command) {
        phaseIsOneOf(phase, "A round can return to negotiation", Phase.CLOSED, Phase.PUBLISHED);
        conflictUnless(outcome != Outcome.ADOPTED,
                "the proposal was adopted; only a rejected or inquorate round returns to negotiation");
        conflictUnless(followUpRoundId == null,
                "this round has already returned to negotiation in round " + followUpRoundId);
        RoundId followUp = required(command.followUpRoundId(), "the id of the follow-up round");
        invalidUnless(!followUp.equals(roundId), "the follow-up round must be a new round");
        required(command.returnedBy(), "the convener");
        String reason = text(command.reason(), MAX_TEXT, "the reason for returning to negotiation");
        apply(new ReturnedToNegotiation(roundId, followUp, platformId, proposalId, electorateKind, voteRule,
                reason, command.returnedBy()));
    }

    /**
     * The follow-up of a returned round starts directly in negotiation, on a newly frozen electorate.
     * It has no comment period of its own, so its RoundOpened carries no comment times and no
     * convener (the process opens it; the convener who returned the round is on ReturnedToNegotiation).
     */
    @CommandHandler
    ConsultationRoundAggregate(OpenFollowUpRound command, ConsultationSettings settings, Electorates electorates) {
        required(command.previousRoundId(), "the previous round");
        required(command.platformId(), "the platform");
        required(command.proposalId(), "the proposal under consultation");
        required(command.electorateKind(), "who votes (the electorate kind)");
        FrozenElectorate electorate = freeze(electorates, command.roundId(), command.platformId(),
                command.electorateKind());
        VoteRule rule = command.voteRule() != null ? command.voteRule() : settings.defaultVoteRule();
        Instant now = now();
        apply(new RoundOpened(command.roundId(), command.platformId(), command.proposalId(),
                command.electorateKind(), electorate.size(), electorate.digest(), null, null, rule,
                command.previousRoundId(), null, now));
        apply(new NegotiationStarted(command.roundId(), now));
    }

    @CommandHandler
    void handle(CancelRound command, DeadlineManager deadlines) {
        phaseIsOneOf(phase, "A round can be cancelled", Phase.REQUESTED, Phase.ANNOUNCED, Phase.COMMENTING,
                Phase.NEGOTIATING);
        required(command.cancelledBy(), "who cancels the round");
        String reason = text(command.reason(), MAX_TEXT, "the reason for cancelling the round");
        apply(new RoundCancelled(roundId, proposalId, reason, command.cancelledBy(), now()));
        deadlines.cancelAllWithinScope(REQUEST_ANSWER_DUE);
        deadlines.cancelAllWithinScope(COMMENT_STARTS);
        deadlines.cancelAllWithinScope(COMMENT_ENDS);
    }

    private static Instant now() {
        return GenericEventMessage.clock.instant();
    }

    // --- state ---

    @EventSourcingHandler
    void on(ConsultationRequested event) {
        roundId = event.roundId();
        platformId = event.platformId();
        answerDueBy = event.answerDueBy();
        phase = Phase.REQUESTED;
    }

    @EventSourcingHandler
    void on(ConsultationRequestAnswered event) {
        requestAnswered = true;
    }

    @EventSourcingHandler
    void on(ConsultationRequestOverdue event) {
        requestOverdue = true;
    }

    @EventSourcingHandler
    void on(RoundOpened event) {
        roundId = event.roundId();
        platformId = event.platformId();
        proposalId = event.proposalId();
        electorateKind = event.electorateKind();
        electorateSize = event.electorateSize();
        voteRule = event.voteRule();
        commentStartsAt = event.commentStartsAt();
        commentEndsAt = event.commentEndsAt();
        phase = Phase.ANNOUNCED;
    }

    @EventSourcingHandler
    void on(CommentPeriodStarted event) {
        phase = Phase.COMMENTING;
    }

    @EventSourcingHandler
    void on(NegotiationStarted event) {
        phase = Phase.NEGOTIATING;
    }

    @EventSourcingHandler
    void on(OpinionSubmitted event) {
        opinions.submitted(event.opinionId());
    }

    @EventSourcingHandler
    void on(OpinionAnswered event) {
        opinions.answered(event.opinionId());
    }

    @EventSourcingHandler
    void on(AmendmentTabled event) {
        amendments.tabled(event.amendmentId(), event.changes());
    }

    @EventSourcingHandler
    void on(AmendmentAccepted event) {
        amendments.accepted(event.amendmentId());
    }

    @EventSourcingHandler
    void on(AmendmentRejected event) {
        amendments.rejected(event.amendmentId());
    }

    @EventSourcingHandler
    void on(AmendmentNotApplied event) {
        amendments.notApplied(event.amendmentId());
    }

    @EventSourcingHandler
    void on(MeetingRecorded event) {
        meetings.add(event.meetingId());
    }

    @EventSourcingHandler
    void on(SuspensionAgreed event) {
        talks.suspensionAgreed(event.side(), event.reason());
    }

    @EventSourcingHandler
    void on(TalksSuspended event) {
        talks.talksSuspended();
    }

    @EventSourcingHandler
    void on(ResumptionAgreed event) {
        talks.resumptionAgreed(event.side());
    }

    @EventSourcingHandler
    void on(TalksResumed event) {
        talks.talksResumed();
    }

    @EventSourcingHandler
    void on(VotingOpened event) {
        votingClosesAt = event.closesAt();
        phase = Phase.VOTING;
    }

    @EventSourcingHandler
    void on(VotedTextRecorded event) {
        votedText = event;
    }

    @EventSourcingHandler
    void on(VotingClosed event) {
        phase = Phase.CLOSED;
    }

    @EventSourcingHandler
    void on(OutcomeDetermined event) {
        outcome = event.outcome();
        tally = event.tally();
    }

    @EventSourcingHandler
    void on(OutcomeSigned event) {
        signatures.add(event.side());
    }

    @EventSourcingHandler
    void on(OutcomePublished event) {
        phase = Phase.PUBLISHED;
    }

    @EventSourcingHandler
    void on(ReturnedToNegotiation event) {
        followUpRoundId = event.followUpRoundId();
    }

    @EventSourcingHandler
    void on(RoundCancelled event) {
        phase = Phase.CANCELLED;
    }
}
