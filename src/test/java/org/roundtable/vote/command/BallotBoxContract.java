package org.roundtable.vote.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roundtable.people.PersonId;
import org.roundtable.people.Role;
import org.roundtable.people.store.PersonStore;
import org.roundtable.platform.Electorates;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.RoundId;
import org.roundtable.shared.DomainException;
import org.roundtable.support.TestPeople;
import org.roundtable.vote.BallotBox;
import org.roundtable.vote.BallotId;
import org.roundtable.vote.Choice;
import org.roundtable.vote.Pseudonyms;
import org.roundtable.vote.VoteCommands.CastVote;
import org.roundtable.vote.VoteEvents.VoteCast;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ballot box against the real event store and database: the last ballot counts, the count
 * closes the box, and nothing cast after the close is recorded or counted. Run on H2 and PostgreSQL.
 */
abstract class BallotBoxContract {

    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore events;
    @Autowired
    BallotBox ballotBox;
    @Autowired
    Pseudonyms pseudonyms;
    @Autowired
    Electorates electorates;
    @Autowired
    PersonStore people;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    VotingRounds rounds;
    RoundId round;
    PlatformId platform;

    @BeforeEach
    void setUp() {
        rounds = new VotingRounds(events, electorates, ballotBox, transaction);
        round = RoundId.random();
        platform = PlatformId.of("pf-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void countsTheLastBallotOfEachVoterWhenClosing() {
        PersonId first = worker();
        PersonId second = worker();
        PersonId third = worker();
        openRound(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)));

        cast(first, Choice.FOR);
        cast(second, Choice.FOR);
        cast(third, Choice.ABSTAIN);
        cast(first, Choice.AGAINST);

        assertThat(ballotBox.participation(round)).isEqualTo(3);
        assertThat(rounds.closeVoting(round)).isEqualTo(new BallotBox.Count(1, 1, 1));
    }

    @Test
    void countsNothingInARoundWhoseVotingNeverOpened() {
        worker();
        rounds.negotiate(round, platform);

        assertThat(rounds.closeVoting(round)).isEqualTo(new BallotBox.Count(0, 0, 0));
        assertThat(ballotBox.participation(round)).isZero();
    }

    @Test
    void refusesABallotAfterTheCloseAndLeavesItUncounted() {
        PersonId early = worker();
        PersonId late = worker();
        openRound(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)));
        cast(early, Choice.FOR);

        BallotBox.Count count = rounds.closeVoting(round);

        assertThatThrownBy(() -> cast(late, Choice.AGAINST))
                .isInstanceOf(DomainException.Conflict.class)
                .hasMessageContaining("voting in round " + round + " closed at");
        assertThatThrownBy(() -> cast(early, Choice.AGAINST)).isInstanceOf(DomainException.Conflict.class);
        assertThat(count).isEqualTo(new BallotBox.Count(1, 0, 0));
        assertThat(ballotBox.participation(round)).isEqualTo(1);
        assertThat(stream(pseudonyms.ballotOf(round, late))).isEmpty();
        assertThat(jdbc.queryForObject("select choice from ballot where round_id = ?", String.class, round.value()))
                .isEqualTo("FOR");
    }

    @Test
    void refusesABallotOnceTheDeadlinePassedEvenBeforeTheCount() {
        PersonId voter = worker();
        openRound(Instant.now().minus(Duration.ofHours(2)), Instant.now().minus(Duration.ofHours(1)));

        assertThatThrownBy(() -> cast(voter, Choice.FOR))
                .isInstanceOf(DomainException.Conflict.class)
                .hasMessageContaining("closed at");
        assertThat(ballotBox.participation(round)).isZero();
    }

    @Test
    void refusesABallotBeforeVotingOpensAndInAnUnknownRound() {
        PersonId voter = worker();
        rounds.negotiate(round, platform);

        assertThatThrownBy(() -> cast(voter, Choice.FOR))
                .isInstanceOf(DomainException.Conflict.class)
                .hasMessageContaining("has not opened");
        RoundId unknown = RoundId.random();
        assertThatThrownBy(() -> commands.sendAndWait(
                new CastVote(pseudonyms.ballotOf(unknown, voter), voter, Choice.FOR)))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void refusesAPersonOutsideTheFrozenElectorate() {
        worker();
        openRound(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)));
        PersonId joinedLater = worker();

        assertThatThrownBy(() -> cast(joinedLater, Choice.FOR))
                .isInstanceOf(DomainException.NotAllowed.class)
                .hasMessageContaining("you are not in the electorate of round " + round);
    }

    PersonId worker() {
        String name = "w-" + UUID.randomUUID().toString().substring(0, 12);
        return new TestPeople(people).open(name, platform, Role.WORKER).id();
    }

    void openRound(Instant opensAt, Instant closesAt) {
        rounds.negotiate(round, platform);
        rounds.openVoting(round, opensAt, closesAt);
    }

    VoteCast cast(PersonId voter, Choice choice) {
        return commands.sendAndWait(new CastVote(pseudonyms.ballotOf(round, voter), voter, choice));
    }

    java.util.List<VoteCast> stream(BallotId ballotId) {
        return events.readEvents(ballotId.toString()).asStream()
                .map(event -> (VoteCast) event.getPayload()).toList();
    }
}
