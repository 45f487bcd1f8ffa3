package org.roundtable.preview.web;

import org.roundtable.people.Actor;
import org.roundtable.preview.OrderSampleException;
import org.roundtable.proposal.ProposalId;
import org.roundtable.rule.RuleId;
import org.roundtable.shared.DomainException;
import org.roundtable.shared.web.HtmlController;
import org.roundtable.shared.web.Refusal;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The preview form of a proposal page: a signed-in HR person or worker representative of the
 * platform uploads an order sample. On success the page shows the recorded preview; on a bad
 * upload the form comes back on the proposal page with the message next to the field (naming the
 * CSV line) and nothing is recorded.
 */
@HtmlController
class RecordedPreviewPageController {

    private final PreviewRecorder recorder;

    RecordedPreviewPageController(PreviewRecorder recorder) {
        this.recorder = recorder;
    }

    @PostMapping(path = "/proposals/{id}/previews", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String record(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(name = "ruleId", required = false) String ruleId,
                  @RequestParam(name = "hourlyFloor", required = false) String hourlyFloor, Actor actor,
                  RedirectAttributes redirect) {
        ProposalId proposal = ProposalId.of(id);
        PreviewUpload typed = PreviewUpload.typed(ruleId, hourlyFloor);
        Double floor = null;
        if (hourlyFloor != null && !hourlyFloor.isBlank()) {
            try {
                floor = Double.valueOf(hourlyFloor.strip());
            } catch (NumberFormatException notANumber) {
                return back(proposal, typed.withFloorError("preview.form.floor.invalid"), redirect);
            }
        }
        try {
            recorder.record(proposal, ruleId == null || ruleId.isBlank() ? null : RuleId.of(ruleId.strip()), floor,
                    file, actor);
        } catch (OrderSampleException unreadable) {
            return back(proposal, typed.withFileError(unreadable.getMessage(),
                    unreadable.line() > 0 ? unreadable.line() : null), redirect);
        } catch (DomainException.NotAllowed | DomainException.NotFound notForThisPerson) {
            throw notForThisPerson;
        } catch (RuntimeException refused) {
            return back(proposal, typed.withRefusal(Refusal.from(refused).message()), redirect);
        }
        redirect.addFlashAttribute("notice", "notice.preview.recorded");
        return "redirect:/proposals/" + proposal + "#previews";
    }

    private static String back(ProposalId proposal, PreviewUpload upload, RedirectAttributes redirect) {
        redirect.addFlashAttribute("previewUpload", upload);
        return "redirect:/proposals/" + proposal + "#preview-form";
    }
}
