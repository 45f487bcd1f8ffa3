package org.roundtable.complaint.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.complaint.ComplaintCommands.AnswerComplaint;
import org.roundtable.complaint.ComplaintCommands.DisputeAnswer;
import org.roundtable.complaint.ComplaintCommands.FileComplaint;
import org.roundtable.complaint.ComplaintCommands.RecordHumanReview;
import org.roundtable.complaint.ComplaintCommands.RecordUnionFollowUp;
import org.roundtable.complaint.ComplaintCommands.RequestHumanReview;
import org.roundtable.complaint.ComplaintCommands.WithdrawComplaint;
import org.roundtable.complaint.ComplaintId;
import org.roundtable.complaint.DecisionMaking;
import org.roundtable.complaint.query.ComplaintQueries.FindComplaint;
import org.roundtable.complaint.query.ComplaintQueries.FindComplaintsOfPlatform;
import org.roundtable.complaint.query.ComplaintQueries.FindComplaintsOfWorker;
import org.roundtable.complaint.query.ComplaintSummary;
import org.roundtable.complaint.query.ComplaintView;
import org.roundtable.complaint.web.ComplaintRequests.Answer;
import org.roundtable.complaint.web.ComplaintRequests.Dispute;
import org.roundtable.complaint.web.ComplaintRequests.HumanReview;
import org.roundtable.complaint.web.ComplaintRequests.NewComplaint;
import org.roundtable.complaint.web.ComplaintRequests.UnionFollowUp;
import org.roundtable.complaint.web.ComplaintRequests.Withdrawal;
import org.roundtable.people.Actor;
import org.roundtable.platform.PlatformId;
import org.roundtable.platform.PlatformQueries.FindPlatform;
import org.roundtable.platform.PlatformQueries.PlatformView;
import org.roundtable.rule.RuleId;
import org.roundtable.rule.query.FindRule;
import org.roundtable.rule.query.RuleView;
import org.roundtable.shared.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Complaints about algorithmic decisions: filed by workers, answered by HR, followed by the union. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    ComplaintController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    ResponseEntity<Void> file(@Valid @RequestBody NewComplaint body, Actor actor) {
        PlatformId platform = PlatformId.of(body.platformId());
        ComplaintAccess.assertWorkerOf(actor, platform);
        assertPlatformExists(platform);
        assertRuleOf(RuleId.of(body.ruleId()), platform);
        ComplaintId id = ComplaintId.random();
        DecisionMaking decisionMaking = body.decisionMaking() == null
                ? DecisionMaking.NOT_KNOWN : body.decisionMaking();
        commands.sendAndWait(new FileComplaint(id, platform, RuleId.of(body.ruleId()), body.decisionKind(),
                body.decisionDate(), decisionMaking, body.text(), actor.id()));
        return ResponseEntity.created(URI.create("/api/complaints/" + id)).build();
    }

    @GetMapping("/{id}")
    ComplaintView one(@PathVariable String id, Actor actor) {
        ComplaintView complaint = find(id);
        ComplaintAccess.assertMayRead(actor, complaint);
        return complaint;
    }

    @GetMapping
    List<ComplaintSummary> ofPlatform(@RequestParam String platform, @RequestParam(required = false) String rule,
                                      Actor actor) {
        PlatformId platformId = PlatformId.of(platform);
        ComplaintAccess.assertMayList(actor, platformId);
        return queries.query(new FindComplaintsOfPlatform(platformId, rule == null ? null : RuleId.of(rule)),
                ResponseTypes.multipleInstancesOf(ComplaintSummary.class)).join();
    }

    @GetMapping("/mine")
    List<ComplaintSummary> mine(Actor actor) {
        return queries.query(new FindComplaintsOfWorker(actor.id()),
                ResponseTypes.multipleInstancesOf(ComplaintSummary.class)).join();
    }

    @PostMapping("/{id}/answer")
    ResponseEntity<Void> answer(@PathVariable String id, @Valid @RequestBody Answer body, Actor actor) {
        ComplaintView complaint = find(id);
        ComplaintAccess.assertHrOf(actor, complaint.platformId(), "answer its complaints");
        commands.sendAndWait(new AnswerComplaint(complaint.id(), body.outcome(), body.decisionMaking(),
                body.explanation(), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/human-review-request")
    ResponseEntity<Void> requestHumanReview(@PathVariable String id, Actor actor) {
        commands.sendAndWait(new RequestHumanReview(ComplaintId.of(id), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/human-review")
    ResponseEntity<Void> recordHumanReview(@PathVariable String id, @Valid @RequestBody HumanReview body,
                                           Actor actor) {
        ComplaintView complaint = find(id);
        ComplaintAccess.assertHrOf(actor, complaint.platformId(), "record the human review of its complaints");
        commands.sendAndWait(new RecordHumanReview(complaint.id(), body.result(), body.explanation(), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/dispute")
    ResponseEntity<Void> dispute(@PathVariable String id, @Valid @RequestBody Dispute body, Actor actor) {
        commands.sendAndWait(new DisputeAnswer(ComplaintId.of(id), body.reason(), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/union-follow-up")
    ResponseEntity<Void> unionFollowUp(@PathVariable String id, @Valid @RequestBody UnionFollowUp body,
                                       Actor actor) {
        ComplaintAccess.assertConvener(actor);
        commands.sendAndWait(new RecordUnionFollowUp(ComplaintId.of(id), body.note(), actor.id()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/withdrawal")
    ResponseEntity<Void> withdraw(@PathVariable String id, @Valid @RequestBody(required = false) Withdrawal body,
                                  Actor actor) {
        commands.sendAndWait(new WithdrawComplaint(ComplaintId.of(id), body == null ? null : body.reason(),
                actor.id()));
        return ResponseEntity.noContent().build();
    }

    private ComplaintView find(String id) {
        ComplaintView complaint = queries.query(new FindComplaint(ComplaintId.of(id)),
                ResponseTypes.instanceOf(ComplaintView.class)).join();
        if (complaint == null) {
            throw new DomainException.NotFound("There is no complaint '" + id
                    + "' (a complaint filed a moment ago may take a second to appear).");
        }
        return complaint;
    }

    /** A complaint is about a rule of the platform it is filed with, so that platform's HR answers it. */
    private void assertRuleOf(RuleId ruleId, PlatformId platform) {
        RuleView rule = queries.query(new FindRule(ruleId), ResponseTypes.optionalInstanceOf(RuleView.class)).join()
                .orElseThrow(() -> new DomainException.NotFound("There is no rule '" + ruleId
                        + "' (a rule registered a moment ago may take a second to appear)."));
        if (!rule.platformId().equals(platform)) {
            throw new DomainException.Invalid("Rule '" + ruleId + "' is a rule of platform '" + rule.platformId()
                    + "', not of '" + platform + "': file the complaint with the platform whose rule it is.");
        }
    }

    private void assertPlatformExists(PlatformId platform) {
        PlatformView view = queries.query(new FindPlatform(platform), ResponseTypes.instanceOf(PlatformView.class))
                .join();
        if (view == null) {
            throw new DomainException.NotFound("There is no platform '" + platform + "'.");
        }
    }
}
