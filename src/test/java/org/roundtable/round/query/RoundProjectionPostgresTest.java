package org.roundtable.round.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.PlatformCommands.AppointRepresentative;
import org.roundtable.platform.PlatformCommands.RegisterPlatform;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.Side;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalId;
import org.roundtable.round.AmendmentId;
import org.roundtable.round.MeetingId;
import org.roundtable.round.OpinionAnswer;
import org.roundtable.round.OpinionId;
import org.roundtable.round.Outcome;
import org.roundtable.round.Phase;
import org.roundtable.round.RoundCommands.*;
import org.roundtable.round.RoundId;
import org.roundtable.round.query.RoundQueries.*;
import org.roundtable.rule.RuleId;
import org.roundtable.support.PostgresDatabase;
import org.roundtable.support.RoundtableTest;
import org.roundtable.vote.BallotBox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The round's read models on PostgreSQL: every column round-trips, and a replay rebuilds the same views. */
@RoundtableTest
class RoundProjectionPostgresTest {

    static final PlatformId PLATFORM = PlatformId.of("pg-rounds");
    static final PersonId CONVENER = PersonId.of("pg-convener");
    static final PersonId HR = PersonId.of("pg-hr");
    static final PersonId REP = PersonId.of("pg-rep");
    static final ParameterChange CHANGE = new ParameterChange(RuleId.of("rule-eta"), "rain buffer", "5", "8",
            "minutes");
    static final LocalDate EFFECTIVE = LocalDate.of(2026, 5, 1);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresDatabase.register(registry);
    }

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    EventProcessingConfiguration processing;
    @MockitoBean
    BallotBox ballotBox;

    @Test
    void theViewsOfAClosedRoundReadBackAndSurviveAReplay() {
        commands.sendAndWait(new RegisterPlatform(PLATFORM, "Postgres rides", CONVENER));
        commands.sendAndWait(new AppointRepresentative(PLATFORM, REP, Side.WORKERS, true, CONVENER));
        commands.sendAndWait(new AppointRepresentative(PLATFORM, PersonId.of("pg-rep-2"), Side.WORKERS, false,
                CONVENER));
        RoundId round = RoundId.of("rnd-pg-1");
        Instant startsAt = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
        commands.sendAndWait(new OpenRound(round, PLATFORM, ProposalId.of("prop-pg"), ElectorateKind.REPRESENTATIVES,
                startsAt, startsAt.plusSeconds(2), null, CONVENER));
        commands.sendAndWait(new StartCommentPeriod(round, CONVENER));
        OpinionId opinion = OpinionId.of("op-pg-1");
        commands.sendAndWait(new SubmitOpinion(round, opinion, "eight minutes in rain", "rain buffer", REP));
        commands.sendAndWait(new AnswerOpinion(round, opinion, OpinionAnswer.NOT_ADOPTED, "covered by bonus", HR));
        await().atMost(Duration.ofSeconds(90)).until(() -> phaseOf(round) == Phase.NEGOTIATING);

        AmendmentId amendment = AmendmentId.of("am-pg-1");
        commands.sendAndWait(new TableAmendment(round, amendment, List.of(CHANGE), "unsafe in rain", REP));
        commands.sendAndWait(new RejectAmendment(round, amendment, "covered by the weather bonus", HR));
        commands.sendAndWait(new RecordMeeting(round, MeetingId.of("mt-pg-1"), LocalDate.of(2026, 3, 12),
                List.of(REP, HR), "no agreement", CONVENER));
        commands.sendAndWait(new OpenVoting(round, Instant.now().plusSeconds(3_600), CONVENER));
        commands.sendAndWait(new RecordVotedText(round, 1, List.of(CHANGE), EFFECTIVE));
        when(ballotBox.participation(any())).thenReturn(1L);
        await().until(() -> view(round).participation() != null && view(round).votedText() != null);
        assertThat(view(round).participation()).isEqualTo(1);

        when(ballotBox.participation(any())).thenReturn(2L);
        when(ballotBox.closeAndCount(any())).thenReturn(new BallotBox.Count(1, 1, 0));
        commands.sendAndWait(new CloseVoting(round, CONVENER));
        await().until(() -> view(round).outcome() != null && timeline(round).size() == 12);

        RoundView closed = view(round);
        assertThat(closed.phase()).isEqualTo(Phase.CLOSED);
        assertThat(closed.participation()).as("shown only while voting").isNull();
        assertThat(closed.electorateSize()).isEqualTo(2);
        assertThat(closed.schedule().commentStartsAt()).isEqualTo(startsAt);
        assertThat(closed.schedule().votingClosedEarly()).isTrue();
        assertThat(closed.votedText()).isEqualTo(new RoundView.VotedText(1, List.of(CHANGE), EFFECTIVE));
        RoundView.OutcomeView outcome = closed.outcome();
        assertThat(outcome.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(List.of(outcome.electorate(), outcome.ballots(), outcome.forVotes(), outcome.against(),
                outcome.ballotsNeeded(), outcome.forNeeded())).containsExactly(2L, 2L, 1L, 1L, 2L, 2L);
        assertThat(outcome.attendanceMet()).isTrue();
        assertThat(outcome.approvalMet()).isFalse();
        assertThat(outcome.explanation()).isEqualTo("2 of 2 cast a ballot; at least 2/3 of 2 needed at least 2, so "
                + "the quorum was met. 1 voted for; more than 1/2 of all 2 needed at least 2, so the proposal was "
                + "rejected.");
        assertThat(list(new FindOpinions(round), OpinionView.class)).singleElement()
                .satisfies(o -> assertThat(o.answerReason()).isEqualTo("covered by bonus"));
        assertThat(list(new FindAmendments(round), AmendmentView.class)).singleElement()
                .satisfies(a -> assertThat(a.changes()).containsExactly(CHANGE))
                .satisfies(a -> assertThat(a.status()).isEqualTo(AmendmentView.Status.REJECTED));
        assertThat(list(new FindMeetings(round), MeetingView.class)).singleElement()
                .satisfies(m -> assertThat(m.attendees()).containsExactly(REP, HR));
        List<TimelineEntryView> timeline = timeline(round);
        assertThat(timeline).extracting(TimelineEntryView::type).startsWith("RoundOpened", "CommentPeriodStarted")
                .endsWith("VotingClosed", "OutcomeDetermined");
        assertThat(list(new FindRounds(PLATFORM, Phase.CLOSED), RoundView.class)).extracting(RoundView::id)
                .containsExactly(round);

        replay("rounds", "round-opinions", "round-negotiation", "round-timeline");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(view(round)).isEqualTo(closed);
            assertThat(timeline(round)).isEqualTo(timeline);
            assertThat(list(new FindOpinions(round), OpinionView.class)).hasSize(1);
            assertThat(list(new FindAmendments(round), AmendmentView.class)).hasSize(1);
        });
    }

    private void replay(String... processors) {
        for (String name : processors) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
    }

    private Phase phaseOf(RoundId round) {
        RoundView view = view(round);
        return view == null ? null : view.phase();
    }

    private RoundView view(RoundId round) {
        return queries.query(new FindRound(round), ResponseTypes.instanceOf(RoundView.class)).join();
    }

    private List<TimelineEntryView> timeline(RoundId round) {
        return list(new FindRoundTimeline(round), TimelineEntryView.class);
    }

    private <T> List<T> list(Object query, Class<T> type) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(type)).join();
    }
}
