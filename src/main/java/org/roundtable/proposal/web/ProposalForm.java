package org.roundtable.proposal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.proposal.ProposalContent;
import org.roundtable.rule.RuleCategory;
import org.springframework.format.annotation.DateTimeFormat;

/** The proposal form: what platform HR types, kept as typed when the form comes back with errors. */
public class ProposalForm {

    static final int ROWS = 5;

    @NotBlank
    @Size(max = 200)
    private String title = "";
    @NotNull
    private RuleCategory category;
    @NotBlank
    @Size(max = 10_000)
    private String rationale = "";
    @NotBlank
    @Size(max = 10_000)
    private String expectedImpact = "";
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveDate;
    private List<ChangeRowForm> changes = ChangeRowForm.padded(List.of(), ROWS);
    /** "draft" to keep it as a draft, "submit" to submit it for consultation at once. */
    private String action = "submit";

    ProposalContent toContent() {
        return new ProposalContent(title.strip(), category, ChangeRowForm.changes(changes), rationale.strip(),
                expectedImpact.strip(), effectiveDate);
    }

    boolean submitNow() {
        return !"draft".equals(action);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public RuleCategory getCategory() {
        return category;
    }

    public void setCategory(RuleCategory category) {
        this.category = category;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public String getExpectedImpact() {
        return expectedImpact;
    }

    public void setExpectedImpact(String expectedImpact) {
        this.expectedImpact = expectedImpact;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public void setEffectiveDate(LocalDate effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public List<ChangeRowForm> getChanges() {
        return changes;
    }

    public void setChanges(List<ChangeRowForm> changes) {
        this.changes = changes == null ? ChangeRowForm.padded(List.of(), ROWS)
                : ChangeRowForm.padded(changes.stream().limit(100).toList(), ROWS);
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
