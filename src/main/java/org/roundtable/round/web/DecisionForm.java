package org.roundtable.round.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Platform HR accepts or rejects an amendment; a rejection needs its reason. */
public class DecisionForm {

    @NotBlank
    private String decision = "";
    @Size(max = 5_000)
    private String reason = "";

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
