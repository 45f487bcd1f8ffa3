package org.roundtable.vote.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
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
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    VotingGate votingGate;

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

    @Test
    void twoFirstBallotsOfOneVoterAtOnceLeaveOneStreamAndOneCountedBallot() throws Exception {
        PersonId voter = worker();
        openRound(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)));
        BallotId ballot = pseudonyms.ballotOf(round, voter);

        List<Object> outcomes = atOnce(() -> cast(voter, Choice.FOR), () -> cast(voter, Choice.AGAINST));

        List<? extends DomainEventMessage<?>> stream = events.readEvents(ballot.toString()).asStream().toList();
        List<VoteCast> recorded = outcomes.stream().filter(VoteCast.class::isInstance).map(VoteCast.class::cast).toList();
        assertThat(outcomes).allMatch(outcome -> outcome instanceof VoteCast || isRace(outcome));
        assertThat(recorded).isNotEmpty();
        assertThat(stream).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(LongStream.range(0, recorded.size()).boxed().toList());
        VoteCast last = (VoteCast) stream.get(stream.size() - 1).getPayload();
        assertThat(((VoteCast) stream.get(0).getPayload()).replacedReceipt()).isNull();
        if (stream.size() == 2) {
            assertThat(last.replacedReceipt()).isEqualTo(((VoteCast) stream.get(0).getPayload()).receipt());
        }
        assertThat(jdbc.queryForList("select receipt from ballot where round_id = ? and pseudonym = ?",
                String.class, round.value(), ballot.pseudonym())).containsExactly(last.receipt());
        assertThat(ballotBox.participation(round)).isEqualTo(1);
    }

    @Test
    void theEventStoreKeepsOneBallotStreamPerVoterWhenTwoNodesRace() throws Exception {
        PersonId voter = worker();
        openRound(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)));
        BallotId ballot = pseudonyms.ballotOf(round, voter);

        List<Object> outcomes = atOnce(() -> appendFirstBallot(ballot, "AAAAAAAAAA"),
                () -> appendFirstBallot(ballot, "BBBBBBBBBB"));

        assertThat(outcomes).filteredOn(String.class::isInstance).hasSize(1);
        Object refusal = outcomes.stream().filter(outcome -> !(outcome instanceof String)).findFirst().orElseThrow();
        assertThat(refusal).isInstanceOf(AggregateStreamCreationException.class);
        String winner = outcomes.stream().filter(String.class::isInstance).map(String.class::cast).findFirst().orElseThrow();
        assertThat(stream(ballot)).extracting(VoteCast::receipt).containsExactly(winner);
        assertThat(jdbc.queryForList("select receipt from ballot where round_id = ?", String.class, round.value()))
                .containsExactly(winner);
    }

    @Test
    void aFirstBallotOvertakenByOneFromAnotherNodeIsRefusedAsARace() throws Exception {
        PersonId voter = worker();
        openRound(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)));
        BallotId ballot = pseudonyms.ballotOf(round, voter);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        TransactionStatus gateHeld = transactions.getTransaction(TransactionDefinition.withDefaults());
        try {
            jdbc.queryForList("select state from vote_gate where round_id = ? for update", String.class, round.value());
            Future<Object> overtaken = pool.submit(() -> outcome(() -> cast(voter, Choice.FOR)));
            await().atMost(Duration.ofSeconds(20)).until(this::aSessionWaitsForTheGate);
            pool.submit(() -> appendFirstBallot(ballot, "CCCCCCCCCC")).get(30, TimeUnit.SECONDS);
            transactions.commit(gateHeld);

            assertThat(overtaken.get(30, TimeUnit.SECONDS)).isInstanceOf(AggregateStreamCreationException.class);
        } finally {
            if (!gateHeld.isCompleted()) {
                transactions.rollback(gateHeld);
            }
            pool.shutdownNow();
        }
        assertThat(stream(ballot)).extracting(VoteCast::receipt).containsExactly("CCCCCCCCCC");
    }

    @Test
    void theCountWaitsForABallotInFlightAndCountsIt() throws Exception {
        PersonId voter = worker();
        openRound(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)));
        BallotId ballot = pseudonyms.ballotOf(round, voter);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        TransactionStatus ballotInFlight = transactions.getTransaction(TransactionDefinition.withDefaults());
        try {
            votingGate.assertOpen(round, Instant.now());
            events.publish(new GenericDomainEventMessage<>("WorkerVoteAggregate", ballot.toString(), 0,
                    new VoteCast(ballot, round, Choice.FOR, "EEEEEEEEEE", null, Instant.now())));
            Future<BallotBox.Count> count = pool.submit(() -> rounds.closeVoting(round));
            await().atMost(Duration.ofSeconds(20)).until(this::aSessionWaitsForTheGate);
            assertThat(count).isNotDone();
            transactions.commit(ballotInFlight);

            assertThat(count.get(30, TimeUnit.SECONDS)).isEqualTo(new BallotBox.Count(1, 0, 0));
        } finally {
            if (!ballotInFlight.isCompleted()) {
                transactions.rollback(ballotInFlight);
            }
            pool.shutdownNow();
        }
    }

    @Test
    void manyVotesAtOnceAreRecordedTogetherAndEachSenderHearsItsOwnAnswer() {
        List<PersonId> members = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            members.add(worker());
        }
        openRound(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)));
        List<PersonId> outsiders = List.of(worker(), worker(), worker());

        List<java.util.concurrent.CompletableFuture<Object>> sent = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            sent.add(commands.send(new CastVote(pseudonyms.ballotOf(round, members.get(i)), members.get(i),
                    i % 4 == 0 ? Choice.AGAINST : Choice.FOR)));
            if (i % 13 == 0 && i / 13 < outsiders.size()) {
                PersonId outsider = outsiders.get(i / 13);
                sent.add(commands.send(new CastVote(pseudonyms.ballotOf(round, outsider), outsider, Choice.FOR)));
            }
        }
        List<Object> answers = sent.stream().map(future -> outcome(() -> future.get(60, TimeUnit.SECONDS)))
                .map(answer -> answer instanceof java.util.concurrent.ExecutionException e ? e.getCause() : answer)
                .toList();

        assertThat(answers).filteredOn(VoteCast.class::isInstance).hasSize(40);
        assertThat(answers).filteredOn(DomainException.NotAllowed.class::isInstance).hasSize(3);
        for (PersonId member : members) {
            List<? extends DomainEventMessage<?>> stream = events.readEvents(pseudonyms.ballotOf(round, member).toString())
                    .asStream().toList();
            assertThat(stream).singleElement().satisfies(event -> {
                assertThat(event.getSequenceNumber()).isZero();
                assertThat(event.getType()).isEqualTo("WorkerVoteAggregate");
                assertThat(event.getMetaData()).containsKeys("correlationId", "traceId");
            });
        }
        for (PersonId outsider : outsiders) {
            assertThat(stream(pseudonyms.ballotOf(round, outsider))).isEmpty();
        }
        assertThat(rounds.closeVoting(round)).isEqualTo(new BallotBox.Count(30, 10, 0));
    }

    @Test
    void aVoterWhoVotesTwiceAtOnceGetsTwoBallotsInOrderAndTheLastCounts() throws Exception {
        PersonId voter = worker();
        openRound(Instant.now().minusSeconds(60), Instant.now().plus(Duration.ofHours(1)));
        BallotId ballot = pseudonyms.ballotOf(round, voter);

        java.util.concurrent.CompletableFuture<VoteCast> first = commands.send(new CastVote(ballot, voter, Choice.FOR));
        java.util.concurrent.CompletableFuture<VoteCast> second = commands.send(new CastVote(ballot, voter, Choice.AGAINST));

        VoteCast later = second.get(60, TimeUnit.SECONDS);
        assertThat(later.replacedReceipt()).isEqualTo(first.get(60, TimeUnit.SECONDS).receipt());
        assertThat(stream(ballot)).extracting(VoteCast::choice).containsExactly(Choice.FOR, Choice.AGAINST);
        assertThat(jdbc.queryForList("select receipt from ballot where round_id = ?", String.class, round.value()))
                .containsExactly(later.receipt());
    }

    /** Whether a session is blocked on a lock another holds, as a ballot or the count waiting for the gate row. */
    abstract boolean aSessionWaitsForTheGate();

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

    String appendFirstBallot(BallotId ballot, String receipt) {
        transaction.executeWithoutResult(status -> events.publish(new GenericDomainEventMessage<>(
                "WorkerVoteAggregate", ballot.toString(), 0,
                new VoteCast(ballot, round, Choice.ABSTAIN, receipt, null, Instant.now()))));
        return receipt;
    }

    /** Runs the actions on two threads released at the same instant; each gives its result or its exception. */
    static List<Object> atOnce(Callable<?> one, Callable<?> other) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (Callable<?> action : List.of(one, other)) {
                results.add(pool.submit(() -> {
                    start.await();
                    return outcome(action);
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    static Object outcome(Callable<?> action) {
        try {
            return action.call();
        } catch (Exception e) {
            return e;
        }
    }

    static boolean isRace(Object outcome) {
        return outcome instanceof AggregateStreamCreationException || outcome instanceof ConcurrencyException;
    }

    List<VoteCast> stream(BallotId ballotId) {
        return events.readEvents(ballotId.toString()).asStream()
                .map(event -> (VoteCast) event.getPayload()).toList();
    }
}
