package org.roundtable.oversight.web;

import java.util.List;
import org.springframework.validation.Errors;

/** HR's results of one review period: a period label and a fixed number of figure rows. */
public class ResultsForm {

    static final int ROWS = 6;
    static final String PERIOD = "[A-Za-z0-9._ -]{1,32}";

    private String period = "";
    private List<FigureRowForm> figures = FigureRowForm.padded(List.of(), ROWS);

    public ResultsForm() {
    }

    /** A form whose rows start with the figures of the previous period, values left empty. */
    ResultsForm(List<FigureRowForm> previous) {
        this.figures = FigureRowForm.padded(previous, ROWS);
    }

    void validate(Errors errors) {
        if (period == null || period.isBlank()) {
            errors.rejectValue("period", "NotBlank");
        } else if (!period.strip().matches(PERIOD)) {
            errors.rejectValue("period", "review.period.invalid");
        }
        FigureRowForm.validate(figures, "figures", errors);
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public List<FigureRowForm> getFigures() {
        return figures;
    }

    public void setFigures(List<FigureRowForm> figures) {
        this.figures = figures == null ? FigureRowForm.padded(List.of(), ROWS)
                : FigureRowForm.padded(figures.stream().limit(50).toList(), ROWS);
    }
}
