package org.roundtable.vote.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.round.RoundId;
import org.roundtable.shared.DomainException;
import org.roundtable.vote.Pseudonyms;
import org.roundtable.vote.VoteCommands.CastVote;
import org.roundtable.vote.VoteEvents.VoteCast;
import org.roundtable.vote.query.BallotQueries.FindMyBallot;
import org.roundtable.vote.query.BallotQueries.FindParticipation;
import org.roundtable.vote.query.BallotQueries.FindReceipts;
import org.roundtable.vote.query.MyBallotView;
import org.roundtable.vote.query.ParticipationView;
import org.roundtable.vote.query.ReceiptView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ballots over HTTP. The voter is always the signed-in person: their ballot id is computed here
 * from their id and never read from a request. Participation and, after the close, the receipts
 * are public; a voter's own ballot is shown to that voter only.
 */
@RestController
@RequestMapping("/api/rounds/{roundId}")
class VoteController {

    static final String RACE = "another ballot of yours was being recorded at the same moment; try again";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Pseudonyms pseudonyms;

    VoteController(CommandGateway commands, QueryGateway queries, Pseudonyms pseudonyms) {
        this.commands = commands;
        this.queries = queries;
        this.pseudonyms = pseudonyms;
    }

    @PostMapping("/votes")
    ResponseEntity<BallotReceipt> cast(@PathVariable RoundId roundId, @Valid @RequestBody CastVoteRequest request,
                                       Actor actor) {
        CastVote command = new CastVote(pseudonyms.ballotOf(roundId, actor.id()), actor.id(), request.choice());
        VoteCast cast;
        try {
            cast = commands.sendAndWait(command);
        } catch (ConcurrencyException | AggregateStreamCreationException race) {
            throw new DomainException.Conflict(RACE);
        }
        return ResponseEntity.created(URI.create("/api/rounds/" + roundId + "/votes/mine"))
                .body(new BallotReceipt(cast.receipt(), cast.replacedReceipt()));
    }

    @GetMapping("/votes/mine")
    MyBallotView mine(@PathVariable RoundId roundId, Actor actor) {
        return answer(queries.query(new FindMyBallot(pseudonyms.ballotOf(roundId, actor.id())), MyBallotView.class));
    }

    @GetMapping("/participation")
    ParticipationView participation(@PathVariable RoundId roundId) {
        return answer(queries.query(new FindParticipation(roundId), ParticipationView.class));
    }

    @GetMapping("/receipts")
    List<ReceiptView> receipts(@PathVariable RoundId roundId) {
        return answer(queries.query(new FindReceipts(roundId), ResponseTypes.multipleInstancesOf(ReceiptView.class)));
    }

    private static <T> T answer(CompletableFuture<T> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw e;
        }
    }
}
