package org.roundtable.proposal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.proposal.ProposalContent;
import org.roundtable.rule.RuleCategory;
import org.roundtable.rule.RuleId;

/** The JSON bodies the proposal endpoints accept. */
final class ProposalRequests {

    private ProposalRequests() {
    }

    /** One line of the parameter diff. */
    record Change(@NotNull RuleId ruleId,
                  @NotBlank @Size(max = 100) String parameter,
                  @NotBlank @Size(max = 100) String currentValue,
                  @NotBlank @Size(max = 100) String proposedValue,
                  @Size(max = 40) String unit) {

        ParameterChange toChange() {
            return new ParameterChange(ruleId, parameter.strip(), currentValue.strip(), proposedValue.strip(),
                    unit == null ? "" : unit.strip());
        }
    }

    /** A new draft, or the new text of a draft. */
    record Draft(@NotBlank @Size(max = 200) String title,
                 @NotNull RuleCategory category,
                 @NotEmpty @Size(max = 100) List<@NotNull @Valid Change> changes,
                 @NotBlank @Size(max = 10_000) String rationale,
                 @NotBlank @Size(max = 10_000) String expectedImpact,
                 @NotNull LocalDate effectiveDate) {

        ProposalContent toContent() {
            return new ProposalContent(title.strip(), category, parameterChanges(changes), rationale, expectedImpact,
                    effectiveDate);
        }
    }

    /** The lines a revision changes or adds, and why. */
    record Revision(@NotEmpty @Size(max = 100) List<@NotNull @Valid Change> changes,
                    @NotBlank @Size(max = 10_000) String reason) {

        List<ParameterChange> toChanges() {
            return parameterChanges(changes);
        }
    }

    /** Why the proposal is withdrawn. */
    record Withdrawal(@NotBlank @Size(max = 10_000) String reason) {
    }

    private static List<ParameterChange> parameterChanges(List<Change> changes) {
        return changes.stream().map(Change::toChange).toList();
    }
}
