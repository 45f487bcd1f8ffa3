package org.roundtable.proposal.web;

import java.util.ArrayList;
import java.util.List;
import org.roundtable.proposal.ParameterChange;
import org.roundtable.rule.RuleId;
import org.springframework.validation.Errors;

/**
 * One row of a parameter-diff form: a rule, a parameter, its current and proposed values and unit.
 * Rows left wholly empty are ignored, so a form can offer a fixed number of rows without scripts.
 */
public class ChangeRowForm {

    private String ruleId = "";
    private String parameter = "";
    private String currentValue = "";
    private String proposedValue = "";
    private String unit = "";

    public ChangeRowForm() {
    }

    public static ChangeRowForm of(ParameterChange change) {
        ChangeRowForm row = new ChangeRowForm();
        row.ruleId = change.ruleId().value();
        row.parameter = change.parameter();
        row.currentValue = change.currentValue();
        row.proposedValue = change.proposedValue();
        row.unit = change.unit();
        return row;
    }

    /** At least {@code count} rows: the given ones, then empty ones. */
    public static List<ChangeRowForm> padded(List<ChangeRowForm> rows, int count) {
        List<ChangeRowForm> padded = new ArrayList<>(rows);
        while (padded.size() < count) {
            padded.add(new ChangeRowForm());
        }
        return padded;
    }

    public boolean blank() {
        return isBlank(ruleId) && isBlank(parameter) && isBlank(currentValue) && isBlank(proposedValue)
                && isBlank(unit);
    }

    /**
     * Checks every row that is not empty; the field names are {@code <path>[i].<field>}. Rejects
     * {@code path} when no row is filled in.
     */
    public static void validate(List<ChangeRowForm> rows, String path, Errors errors) {
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            ChangeRowForm row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            any = true;
            String prefix = path + "[" + i + "].";
            require(errors, prefix + "ruleId", row.ruleId, 64);
            require(errors, prefix + "parameter", row.parameter, 100);
            require(errors, prefix + "currentValue", row.currentValue, 100);
            require(errors, prefix + "proposedValue", row.proposedValue, 100);
            if (row.unit != null && row.unit.strip().length() > 40) {
                errors.rejectValue(prefix + "unit", "Size", new Object[] {"unit", 40, 0}, null);
            }
        }
        if (!any) {
            errors.rejectValue(path, "changes.none");
        }
    }

    /** The filled-in rows as parameter changes; a row's shape error is thrown as IllegalArgumentException. */
    public static List<ParameterChange> changes(List<ChangeRowForm> rows) {
        return rows.stream().filter(row -> !row.blank())
                .map(row -> new ParameterChange(RuleId.of(row.ruleId.strip()), row.parameter.strip(),
                        row.currentValue.strip(), row.proposedValue.strip(), row.unit == null ? "" : row.unit.strip()))
                .toList();
    }

    private static void require(Errors errors, String field, String value, int max) {
        if (isBlank(value)) {
            errors.rejectValue(field, "NotBlank");
        } else if (value.strip().length() > max) {
            errors.rejectValue(field, "Size", new Object[] {field, max, 0}, null);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getRuleId() {
        return ruleId;
    }

    public void setRuleId(String ruleId) {
        this.ruleId = ruleId;
    }

    public String getParameter() {
        return parameter;
    }

    public void setParameter(String parameter) {
        this.parameter = parameter;
    }

    public String getCurrentValue() {
        return currentValue;
    }

    public void setCurrentValue(String currentValue) {
        this.currentValue = currentValue;
    }

    public String getProposedValue() {
        return proposedValue;
    }

    public void setProposedValue(String proposedValue) {
        this.proposedValue = proposedValue;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
