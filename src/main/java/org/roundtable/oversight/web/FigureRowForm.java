package org.roundtable.oversight.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.roundtable.oversight.Figure;
import org.springframework.validation.Errors;

/**
 * One row of the review results form: a figure's name, its value and unit. Rows left wholly empty
 * are ignored, so the form offers a fixed number of rows without scripts.
 */
public class FigureRowForm {

    static final String NAME = "[a-z][a-z0-9_]{0,39}";
    static final String VALUE = "-?[0-9]{1,15}([.][0-9]{1,6})?";

    private String name = "";
    private String value = "";
    private String unit = "";

    public FigureRowForm() {
    }

    FigureRowForm(String name, String unit) {
        this.name = name;
        this.unit = unit;
    }

    /** At least {@code count} rows: the given ones, then empty ones. */
    static List<FigureRowForm> padded(List<FigureRowForm> rows, int count) {
        List<FigureRowForm> padded = new ArrayList<>(rows);
        while (padded.size() < count) {
            padded.add(new FigureRowForm());
        }
        return padded;
    }

    boolean blank() {
        return isBlank(name) && isBlank(value) && isBlank(unit);
    }

    /** Checks each filled-in row as {@code <path>[i].<field>}; rejects {@code path} when none is filled in. */
    static void validate(List<FigureRowForm> rows, String path, Errors errors) {
        Set<String> names = new HashSet<>();
        boolean any = false;
        for (int i = 0; i < rows.size(); i++) {
            FigureRowForm row = rows.get(i);
            if (row.blank()) {
                continue;
            }
            any = true;
            String prefix = path + "[" + i + "].";
            if (isBlank(row.name)) {
                errors.rejectValue(prefix + "name", "NotBlank");
            } else if (!row.name.strip().matches(NAME)) {
                errors.rejectValue(prefix + "name", "figure.name.invalid");
            } else if (!names.add(row.name.strip())) {
                errors.rejectValue(prefix + "name", "figure.name.twice");
            }
            if (isBlank(row.value)) {
                errors.rejectValue(prefix + "value", "NotBlank");
            } else if (!row.value.strip().matches(VALUE)) {
                errors.rejectValue(prefix + "value", "figure.value.invalid");
            }
            if (isBlank(row.unit)) {
                errors.rejectValue(prefix + "unit", "NotBlank");
            } else if (row.unit.strip().length() > 16) {
                errors.rejectValue(prefix + "unit", "Size", new Object[] {"unit", 16, 1}, null);
            }
        }
        if (!any) {
            errors.rejectValue(path, "figures.none");
        }
    }

    /** The filled-in rows as figures by name; a shape error is thrown as IllegalArgumentException. */
    static SortedMap<String, Figure> figures(List<FigureRowForm> rows) {
        SortedMap<String, Figure> figures = new TreeMap<>();
        rows.stream().filter(row -> !row.blank())
                .forEach(row -> figures.put(row.name.strip(), new Figure(row.value, row.unit)));
        return figures;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
