package org.roundtable.vote.command;

import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.platform.Electorates;
import org.roundtable.platform.ElectorateKind;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.RoundId;
import org.roundtable.shared.DomainException;
import org.roundtable.vote.BallotId;
import org.roundtable.vote.Choice;
import org.roundtable.vote.Pseudonyms;
import org.roundtable.vote.VoteCommands.CastVote;
import org.roundtable.vote.VoteEvents.VoteCast;

class WorkerVoteAggregateTest {

    private static final RoundId ROUND = RoundId.of("rnd-1");
    private static final PersonId VOTER = PersonId.of("w-1");
    private static final PersonId OUTSIDER = PersonId.of("w-9");
    private static final Instant OPENS = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-03T08:00:00Z");
    private static final Pseudonyms PSEUDONYMS = WorkerVoteAggregateTest::pseudonym;
    private static final BallotId BALLOT = PSEUDONYMS.ballotOf(ROUND, VOTER);
    private static final String FIRST_RECEIPT = "7K3M9QXR2D";

    private final FakeVotingGate gate = new FakeVotingGate();
    private FixtureConfiguration<WorkerVoteAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkerVoteAggregate.class);
        fixture.registerInjectableResource(new ElectorateOf(ROUND, Set.of(VOTER)));
        fixture.registerInjectableResource(gate);
        fixture.registerInjectableResource(PSEUDONYMS);
    }

    @Test
    void castsAFirstBallotWithAFreshReceipt() {
        gate.votingOpen(ROUND, OPENS, CLOSES);
        Instant now = OPENS.plusSeconds(60);

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(now)
                .when(new CastVote(BALLOT, VOTER, Choice.FOR))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(onlyVoteCast(cast -> cast.choice() == Choice.FOR
                        && isReceipt(cast.receipt()) && cast.replacedReceipt() == null
                        && cast.castAt().equals(now) && cast.roundId().equals(ROUND)
                        && cast.ballotId().equals(BALLOT)))
                .expectResultMessagePayloadMatching(predicate((VoteCast cast) -> isReceipt(cast.receipt())));
    }

    @Test
    void changesTheBallotAndNamesTheReceiptItReplaces() {
        gate.votingOpen(ROUND, OPENS, CLOSES);

        fixture.given(firstBallot(Choice.FOR))
                .andGivenCurrentTime(OPENS.plusSeconds(120))
                .when(new CastVote(BALLOT, VOTER, Choice.AGAINST))
                .expectEventsMatching(onlyVoteCast(cast -> cast.choice() == Choice.AGAINST
                        && FIRST_RECEIPT.equals(cast.replacedReceipt())
                        && isReceipt(cast.receipt()) && !cast.receipt().equals(FIRST_RECEIPT)));
    }

    @Test
    void refreshesTheReceiptWhenTheSameChoiceIsCastAgain() {
        gate.votingOpen(ROUND, OPENS, CLOSES);

        fixture.given(firstBallot(Choice.FOR))
                .andGivenCurrentTime(OPENS.plusSeconds(120))
                .when(new CastVote(BALLOT, VOTER, Choice.FOR))
                .expectEventsMatching(onlyVoteCast(cast -> cast.choice() == Choice.FOR
                        && FIRST_RECEIPT.equals(cast.replacedReceipt()) && !cast.receipt().equals(FIRST_RECEIPT)));
    }

    @Test
    void refusesAVoterOutsideTheElectorate() {
        gate.votingOpen(ROUND, OPENS, CLOSES);

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(OPENS.plusSeconds(60))
                .when(new CastVote(PSEUDONYMS.ballotOf(ROUND, OUTSIDER), OUTSIDER, Choice.FOR))
                .expectException(DomainException.NotAllowed.class)
                .expectExceptionMessage(containsString("you are not in the electorate of round rnd-1"))
                .expectNoEvents();
    }

    @Test
    void refusesABallotOnAnotherVotersPseudonym() {
        gate.votingOpen(ROUND, OPENS, CLOSES);
        PersonId otherMember = PersonId.of("w-2");
        fixture.registerInjectableResource(new ElectorateOf(ROUND, Set.of(VOTER, otherMember)));

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(OPENS.plusSeconds(60))
                .when(new CastVote(BALLOT, otherMember, Choice.AGAINST))
                .expectException(DomainException.NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void refusesABallotBeforeVotingOpens() {
        gate.roundWithoutVoting(ROUND);

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(OPENS)
                .when(new CastVote(BALLOT, VOTER, Choice.FOR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("voting in round rnd-1 has not opened"))
                .expectNoEvents();
    }

    @Test
    void refusesABallotBeforeTheOpeningInstant() {
        gate.votingOpen(ROUND, OPENS, CLOSES);

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(OPENS.minusSeconds(1))
                .when(new CastVote(BALLOT, VOTER, Choice.FOR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("has not opened"));
    }

    @Test
    void refusesABallotAtTheClosingInstant() {
        gate.votingOpen(ROUND, OPENS, CLOSES);

        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(CLOSES)
                .when(new CastVote(BALLOT, VOTER, Choice.FOR))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("voting in round rnd-1 closed at 2026-03-03T08:00:00Z"))
                .expectNoEvents();
    }

    @Test
    void refusesAChangeOfBallotAfterTheDeadline() {
        gate.votingOpen(ROUND, OPENS, CLOSES);

        fixture.given(firstBallot(Choice.FOR))
                .andGivenCurrentTime(CLOSES.plusSeconds(1))
                .when(new CastVote(BALLOT, VOTER, Choice.AGAINST))
                .expectException(DomainException.Conflict.class)
                .expectNoEvents();
    }

    @Test
    void refusesABallotOnceTheBallotBoxIsClosedBeforeTheDeadline() {
        gate.votingClosed(ROUND, OPENS, CLOSES);

        fixture.given(firstBallot(Choice.FOR))
                .andGivenCurrentTime(OPENS.plusSeconds(600))
                .when(new CastVote(BALLOT, VOTER, Choice.AGAINST))
                .expectException(DomainException.Conflict.class)
                .expectExceptionMessage(containsString("voting in round rnd-1 closed at"))
                .expectNoEvents();
    }

    @Test
    void refusesABallotInAnUnknownRound() {
        fixture.givenNoPriorActivity()
                .andGivenCurrentTime(OPENS)
                .when(new CastVote(BALLOT, VOTER, Choice.FOR))
                .expectException(DomainException.NotFound.class)
                .expectNoEvents();
    }

    private static VoteCast firstBallot(Choice choice) {
        return new VoteCast(BALLOT, ROUND, choice, FIRST_RECEIPT, null, OPENS.plusSeconds(60));
    }

    private static org.hamcrest.Matcher<java.util.List<? super org.axonframework.eventhandling.EventMessage<?>>>
    onlyVoteCast(java.util.function.Predicate<VoteCast> expected) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        org.hamcrest.Matcher<java.util.List<? super org.axonframework.eventhandling.EventMessage<?>>> matcher =
                (org.hamcrest.Matcher) payloadsMatching(exactSequenceOf(
                        predicate(payload -> payload instanceof VoteCast cast && expected.test(cast))));
        return matcher;
    }

    private static boolean isReceipt(String receipt) {
        return receipt != null && receipt.matches("[0-9A-HJKMNP-TV-Z]{10}");
    }

    private static String pseudonym(RoundId roundId, PersonId voterId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((roundId + "/" + voterId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An electorate of one round with the given members. */
    private record ElectorateOf(RoundId roundId, Set<PersonId> members) implements Electorates {

        @Override
        public FrozenElectorate freeze(RoundId round, PlatformId platformId, ElectorateKind kind) {
            throw new UnsupportedOperationException("votes never freeze electorates");
        }

        @Override
        public boolean includes(RoundId round, PersonId personId) {
            return Objects.equals(roundId, round) && members.contains(personId);
        }
    }
}
