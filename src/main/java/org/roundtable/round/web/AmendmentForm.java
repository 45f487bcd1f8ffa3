package org.roundtable.round.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.roundtable.proposal.web.ChangeRowForm;

/**
 * An amendment tabled by a worker representative: the rows of the parameter diff it changes (the
 * form starts from the proposal's current rows) and the reasons.
 */
public class AmendmentForm {

    static final int EXTRA_ROWS = 2;

    private List<ChangeRowForm> changes = ChangeRowForm.padded(List.of(), EXTRA_ROWS);
    @NotBlank
    @Size(max = 5_000)
    private String reasons = "";

    public List<ChangeRowForm> getChanges() {
        return changes;
    }

    public void setChanges(List<ChangeRowForm> changes) {
        this.changes = changes == null ? ChangeRowForm.padded(List.of(), EXTRA_ROWS) : changes;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
