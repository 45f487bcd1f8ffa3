package org.roundtable.complaint.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.roundtable.complaint.ComplaintCommands;
import org.roundtable.complaint.DecisionKind;
import org.roundtable.complaint.DecisionMaking;
import org.springframework.format.annotation.DateTimeFormat;

/** A worker's complaint about one algorithmic decision, as typed; kept as typed when it comes back with errors. */
public class ComplaintForm {

    @NotBlank
    private String ruleId = "";
    @NotNull
    private DecisionKind decisionKind;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decisionDate;
    @NotNull
    private DecisionMaking decisionMaking = DecisionMaking.NOT_KNOWN;
    @NotBlank
    @Size(max = ComplaintCommands.MAX_TEXT)
    private String text = "";

    public String getRuleId() {
        return ruleId;
    }

    public void setRuleId(String ruleId) {
        this.ruleId = ruleId;
    }

    public DecisionKind getDecisionKind() {
        return decisionKind;
    }

    public void setDecisionKind(DecisionKind decisionKind) {
        this.decisionKind = decisionKind;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }

    public DecisionMaking getDecisionMaking() {
        return decisionMaking;
    }

    public void setDecisionMaking(DecisionMaking decisionMaking) {
        this.decisionMaking = decisionMaking;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
