package org.roundtable.oversight.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.roundtable.oversight.ReviewDecision;
import org.springframework.validation.Errors;

/** A worker representative's evaluation of the latest results: keep the rule, or renegotiate it with reasons. */
public class EvaluationForm {

    @NotNull
    private ReviewDecision decision;
    @Size(max = 5_000)
    private String reasons = "";

    /** Asking to renegotiate needs reasons: they become the written request for a new round. */
    void validate(Errors errors) {
        if (decision == ReviewDecision.RENEGOTIATE && (reasons == null || reasons.isBlank())) {
            errors.rejectValue("reasons", "evaluation.reasonsNeeded");
        }
    }

    String reasonsOrNull() {
        return reasons == null || reasons.isBlank() ? null : reasons.strip();
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public void setDecision(ReviewDecision decision) {
        this.decision = decision;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
