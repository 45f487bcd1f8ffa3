package org.roundtable.complaint.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.roundtable.complaint.ComplaintCommands;
import org.roundtable.complaint.ComplaintOutcome;
import org.roundtable.complaint.DecisionMaking;
import org.springframework.validation.Errors;

/**
 * Platform HR's answer to a complaint, or the result of a human review: upheld or not, and why. An
 * answer also says how the decision was made; "not known" is no answer.
 */
public class ComplaintAnswerForm {

    @NotNull
    private ComplaintOutcome outcome;
    private DecisionMaking decisionMaking;
    @NotBlank
    @Size(max = ComplaintCommands.MAX_TEXT)
    private String explanation = "";

    /** For an answer (not a human review): the platform must say whether a person took part. */
    void validateAnswer(Errors errors) {
        if (decisionMaking == null || decisionMaking == DecisionMaking.NOT_KNOWN) {
            errors.rejectValue("decisionMaking", "complaint.decisionMakingNeeded");
        }
    }

    public ComplaintOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ComplaintOutcome outcome) {
        this.outcome = outcome;
    }

    public DecisionMaking getDecisionMaking() {
        return decisionMaking;
    }

    public void setDecisionMaking(DecisionMaking decisionMaking) {
        this.decisionMaking = decisionMaking;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
