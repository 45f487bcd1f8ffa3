package org.roundtable.proposal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;

class ChangeRowFormTest {

    @Test
    void emptyRowsAreIgnoredAndAPartlyFilledRowNamesWhatIsMissing() {
        ProposalForm form = new ProposalForm();
        ChangeRowForm row = form.getChanges().get(2);
        row.setRuleId("rule-pay");
        row.setParameter("storm_surcharge");
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");

        ChangeRowForm.validate(form.getChanges(), "changes", errors);

        assertThat(errors.getFieldErrors()).extracting(error -> error.getField() + ":" + error.getCode())
                .containsExactlyInAnyOrder("changes[2].currentValue:NotBlank", "changes[2].proposedValue:NotBlank");
    }

    @Test
    void aFormWithNoRowFilledInIsRefused() {
        ProposalForm form = new ProposalForm();
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
        ChangeRowForm.validate(form.getChanges(), "changes", errors);
        assertThat(errors.getFieldError("changes").getCode()).isEqualTo("changes.none");
    }

    @Test
    void filledRowsBecomeParameterChangesAndABadRuleIdIsAShapeError() {
        ChangeRowForm row = new ChangeRowForm();
        row.setRuleId(" rule-pay ");
        row.setParameter("base_fare ");
        row.setCurrentValue("4.0");
        row.setProposedValue("4.5");
        assertThat(ChangeRowForm.changes(ChangeRowForm.padded(List.of(row), 3)))
                .singleElement().satisfies(change -> {
                    assertThat(change.ruleId().value()).isEqualTo("rule-pay");
                    assertThat(change.parameter()).isEqualTo("base_fare");
                    assertThat(change.unit()).isEmpty();
                });
        row.setRuleId("no spaces allowed");
        assertThatThrownBy(() -> ChangeRowForm.changes(List.of(row))).isInstanceOf(IllegalArgumentException.class);
    }
}
