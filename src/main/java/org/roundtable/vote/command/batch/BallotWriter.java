package org.roundtable.vote.command.batch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.roundtable.people.PersonId;
import org.roundtable.platform.Electorates;
import org.roundtable.round.RoundId;
import org.roundtable.shared.DomainException;
import org.roundtable.shared.axon.AppendedEventsNotice;
import org.roundtable.vote.BallotId;
import org.roundtable.vote.Pseudonyms;
import org.roundtable.vote.VoteEvents.VoteCast;
import org.roundtable.vote.command.BallotRules;
import org.roundtable.vote.command.Receipts;
import org.roundtable.vote.command.VotingGate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a group of votes in ONE transaction, with the same rules as the WorkerVote aggregate:
 * the round's gate is read once under its shared lock, membership is asked once per round, every
 * vote is checked on its own, and a refused vote is answered alone without failing the others.
 * Events go to the event store and last ballots to the ballot table before the commit, so each
 * answer is given only after its vote is durable. When the group's commit fails (a ballot raced
 * by another node), each vote is tried again alone, against the stream it was first read with:
 * the one that raced is refused as a race, as the aggregate would refuse it.
 */
@Component
@ConditionalOnProperty(name = "roundtable.vote.batch.enabled", havingValue = "true", matchIfMissing = true)
class BallotWriter {

    static final String AGGREGATE_TYPE = "WorkerVoteAggregate";

    private final BallotLedger ledger;
    private final VoteEventRows rows;
    private final VotingGate gate;
    private final Electorates electorates;
    private final Pseudonyms pseudonyms;
    private final TransactionTemplate transaction;
    private final List<CorrelationDataProvider> correlation;
    private final AppendedEventsNotice notice;

    BallotWriter(BallotLedger ledger, VoteEventRows rows, VotingGate gate, Electorates electorates,
                 Pseudonyms pseudonyms, TransactionTemplate transaction,
                 org.axonframework.config.Configuration axon, AppendedEventsNotice notice) {
        this.ledger = ledger;
        this.rows = rows;
        this.gate = gate;
        this.electorates = electorates;
        this.pseudonyms = pseudonyms;
        this.transaction = transaction;
        this.correlation = axon.correlationDataProviders();
        this.notice = notice;
    }

    /** Records the votes and answers each of them. Never throws: a failure is each vote's answer. */
    void write(List<PendingVote> votes) {
        Instant now = GenericEventMessage.clock.instant();
        Map<BallotId, BallotState> read = new HashMap<>();
        try {
            Object[] answers = transaction.execute(status -> {
                read.putAll(ledger.states(votes.stream().map(vote -> vote.vote().ballotId()).toList()));
                return record(votes, new HashMap<>(read), now);
            });
            notice.eventsAppended();
            answer(votes, answers);
        } catch (RuntimeException failure) {
            if (votes.size() == 1 || read.isEmpty()) {
                votes.forEach(vote -> vote.answer().accept(explained(failure, read.get(vote.vote().ballotId()))));
            } else {
                oneByOne(votes, read, now);
            }
        }
    }

    private void oneByOne(List<PendingVote> votes, Map<BallotId, BallotState> read, Instant now) {
        Map<BallotId, BallotState> known = new HashMap<>(read);
        for (PendingVote vote : votes) {
            BallotState before = known.get(vote.vote().ballotId());
            try {
                Object answer = transaction.execute(status -> record(List.of(vote), known, now))[0];
                notice.eventsAppended();
                vote.answer().accept(answer);
            } catch (RuntimeException failure) {
                if (before == null) {
                    known.remove(vote.vote().ballotId());
                } else {
                    known.put(vote.vote().ballotId(), before);
                }
                vote.answer().accept(explained(failure, before));
            }
        }
    }

    /**
     * Checks and appends the votes against the given states, which it advances; answers in order:
     * the recorded VoteCast or the refusal.
     */
    private Object[] record(List<PendingVote> votes, Map<BallotId, BallotState> states, Instant now) {
        Map<RoundId, List<PendingVote>> byRound = votes.stream()
                .collect(Collectors.groupingBy(vote -> vote.vote().ballotId().roundId(), LinkedHashMap::new,
                        Collectors.toList()));
        Map<RoundId, RuntimeException> shut = new HashMap<>();
        Map<RoundId, Set<PersonId>> members = new HashMap<>();
        byRound.forEach((round, inRound) -> {
            try {
                gate.assertOpen(round, now);
                members.put(round, electorates.membersAmong(round,
                        inRound.stream().map(vote -> vote.vote().voterId()).distinct().toList()));
            } catch (DomainException refusal) {
                shut.put(round, refusal);
            }
        });
        Set<BallotId> withRow = votes.stream().map(vote -> vote.vote().ballotId())
                .filter(ballot -> states.getOrDefault(ballot, BallotState.NONE).receipt() != null)
                .collect(Collectors.toSet());
        Object[] answers = new Object[votes.size()];
        List<GenericDomainEventMessage<VoteCast>> events = new ArrayList<>();
        Map<BallotId, VoteCast> lastBallots = new LinkedHashMap<>();
        for (int i = 0; i < votes.size(); i++) {
            PendingVote pending = votes.get(i);
            BallotId ballot = pending.vote().ballotId();
            RoundId round = ballot.roundId();
            if (shut.containsKey(round)) {
                answers[i] = shut.get(round);
            } else if (!members.get(round).contains(pending.vote().voterId())) {
                answers[i] = BallotRules.notInElectorate(round);
            } else if (!pseudonyms.ballotOf(round, pending.vote().voterId()).equals(ballot)) {
                answers[i] = BallotRules.notYourBallot();
            } else {
                BallotState state = states.getOrDefault(ballot, BallotState.NONE);
                VoteCast cast = new VoteCast(ballot, round, pending.vote().choice(), Receipts.next(), state.receipt(),
                        now);
                events.add(new GenericDomainEventMessage<>(AGGREGATE_TYPE, ballot.toString(),
                        state.lastSequence() + 1, cast, metaData(pending)));
                states.put(ballot, state.next(cast.receipt()));
                lastBallots.put(ballot, cast);
                answers[i] = cast;
            }
        }
        rows.append(events);
        ledger.keep(lastBallots.values(), withRow);
        return answers;
    }

    private MetaData metaData(PendingVote vote) {
        Map<String, Object> data = new HashMap<>();
        correlation.forEach(provider -> data.putAll(provider.correlationDataFor(vote.message())));
        return MetaData.from(data);
    }

    /** A collision on a ballot stream is the race the aggregate reports; other failures pass as they are. */
    private static RuntimeException explained(RuntimeException failure, BallotState before) {
        if (failure instanceof DuplicateKeyException && before != null) {
            return before.begun()
                    ? new ConcurrencyException("another ballot was recorded in this stream first", failure)
                    : new AggregateStreamCreationException("another first ballot was recorded first", failure);
        }
        return failure;
    }

    private static void answer(List<PendingVote> votes, Object[] answers) {
        for (int i = 0; i < votes.size(); i++) {
            votes.get(i).answer().accept(answers[i]);
        }
    }
}
