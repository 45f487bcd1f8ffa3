package org.roundtable.oversight.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.oversight.Figure;
import org.roundtable.oversight.ReviewCommands.RecordReviewEvaluation;
import org.roundtable.oversight.ReviewCommands.SubmitReviewResults;
import org.roundtable.oversight.ReviewDecision;
import org.roundtable.oversight.ReviewId;
import org.roundtable.oversight.query.OversightQueries.FindReview;
import org.roundtable.oversight.query.OversightQueries.FindReviewsOfRule;
import org.roundtable.oversight.query.ReviewView;
import org.roundtable.oversight.web.OversightRequests.Evaluation;
import org.roundtable.oversight.web.OversightRequests.FigureValue;
import org.roundtable.oversight.web.OversightRequests.Results;
import org.roundtable.people.Actor;
import org.roundtable.platform.PlatformId;
import org.roundtable.round.RoundId;
import org.roundtable.rule.RuleId;
import org.roundtable.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Periodic reviews of adopted rule versions: public figures over time, results from HR, the
 * evaluation by a worker representative.
 */
@RestController
@RequestMapping("/api/reviews")
class ReviewController {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final RuleLookup rules;

    ReviewController(CommandGateway commands, QueryGateway queries, RuleLookup rules) {
        this.commands = commands;
        this.queries = queries;
        this.rules = rules;
    }

    @GetMapping
    List<ReviewView> ofRule(@RequestParam String rule) {
        return queries.query(new FindReviewsOfRule(RuleId.of(rule)),
                ResponseTypes.multipleInstancesOf(ReviewView.class)).join();
    }

    @GetMapping("/{id}")
    List<ReviewView> one(@PathVariable String id) {
        return find(ReviewId.of(id));
    }

    @PostMapping("/{id}/results")
    ResponseEntity<Void> results(@PathVariable String id, @Valid @RequestBody Results body, Actor actor) {
        ReviewView review = find(ReviewId.of(id)).get(0);
        RuleLookup.assertHrOf(actor, rules.platformOf(review.ruleId()), "submit the review results of its rule");
        SortedMap<String, Figure> figures = new TreeMap<>();
        for (Map.Entry<String, FigureValue> figure : body.figures().entrySet()) {
            figures.put(figure.getKey(), new Figure(figure.getValue().value(), figure.getValue().unit()));
        }
        commands.sendAndWait(new SubmitReviewResults(review.id(), body.period(), figures, actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/evaluation")
    ResponseEntity<Void> evaluation(@PathVariable String id, @Valid @RequestBody Evaluation body, Actor actor) {
        ReviewView review = find(ReviewId.of(id)).get(0);
        PlatformId platform = rules.platformOf(review.ruleId());
        RuleLookup.assertRepresentativeOf(actor, platform);
        RoundId round = RoundId.random();
        commands.sendAndWait(new RecordReviewEvaluation(review.id(), body.decision(), body.reasons(), platform,
                round, actor.id()));
        if (body.decision() == ReviewDecision.RENEGOTIATE) {
            return ResponseEntity.accepted().location(URI.create("/api/rounds/" + round)).build();
        }
        return ResponseEntity.accepted().build();
    }

    private List<ReviewView> find(ReviewId id) {
        List<ReviewView> cycles = queries.query(new FindReview(id),
                ResponseTypes.multipleInstancesOf(ReviewView.class)).join();
        if (cycles.isEmpty()) {
            throw new DomainException.NotFound("There is no review " + id
                    + "; reviews are scheduled when a rule version is adopted.");
        }
        return cycles;
    }
}
