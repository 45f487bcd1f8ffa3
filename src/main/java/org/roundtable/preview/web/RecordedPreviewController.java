package org.roundtable.preview.web;

import java.net.URI;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.roundtable.people.Actor;
import org.roundtable.preview.OrderSampleException;
import org.roundtable.preview.query.FindRecordedPreviews;
import org.roundtable.preview.query.RecordedPreviewView;
import org.roundtable.proposal.ProposalId;
import org.roundtable.rule.RuleId;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Impact previews recorded with a proposal's revision: HR or a worker representative of the
 * platform uploads an order sample; anyone reads what was recorded.
 */
@RestController
@RequestMapping("/api/proposals/{id}/previews")
class RecordedPreviewController {

    private final PreviewRecorder recorder;
    private final QueryGateway queries;

    RecordedPreviewController(PreviewRecorder recorder, QueryGateway queries) {
        this.recorder = recorder;
        this.queries = queries;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PreviewRecorder.Recorded> record(@PathVariable ProposalId id,
                                                    @RequestParam(name = "file", required = false) MultipartFile file,
                                                    @RequestParam(required = false) RuleId ruleId,
                                                    @RequestParam(required = false) Double hourlyFloor, Actor actor) {
        PreviewRecorder.Recorded recorded = recorder.record(id, ruleId, hourlyFloor, file, actor);
        return ResponseEntity.created(URI.create("/api/proposals/" + id + "/previews")).body(recorded);
    }

    @GetMapping
    List<RecordedPreviewView> previews(@PathVariable ProposalId id) {
        return queries.query(new FindRecordedPreviews(id), ResponseTypes.multipleInstancesOf(RecordedPreviewView.class))
                .join();
    }

    @ExceptionHandler(OrderSampleException.class)
    ResponseEntity<ProblemDetail> badSample(OrderSampleException e) {
        return SampleProblems.of(e);
    }
}
