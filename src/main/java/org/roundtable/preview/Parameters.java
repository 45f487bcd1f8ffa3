package org.roundtable.preview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.roundtable.shared.DomainException;

/**
 * Reads a rule's named parameters from text and collects every problem, so that one answer names
 * all missing and invalid values at once.
 */
final class Parameters {

    private final String ruleName;
    private final Map<String, String> values;
    private final List<String> problems = new ArrayList<>();

    private Parameters(String ruleName, Map<String, String> values, Set<String> known) {
        this.ruleName = ruleName;
        this.values = values;
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(known);
        for (String name : unknown) {
            problems.add("'" + name + "' is not a parameter of a " + ruleName + " (it takes " + String.join(", ", known)
                    + ")");
        }
    }

    static Parameters of(String ruleName, Map<String, String> values, Set<String> known) {
        if (values == null) {
            throw new DomainException.Invalid("The parameters of the " + ruleName + " are missing.");
        }
        return new Parameters(ruleName, values, known);
    }

    /** A required number from {@code min} to {@code max}; NaN when missing or invalid (a problem is noted). */
    double number(String name, double min, double max) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            problems.add(name + " is missing");
            return Double.NaN;
        }
        return parse(name, value, min, max);
    }

    /** An optional number; {@code fallback} when absent. */
    double number(String name, double min, double max, double fallback) {
        String value = values.get(name);
        return value == null || value.isBlank() ? fallback : parse(name, value, min, max);
    }

    /** A share from 0 up to (not including) 1, written as {@code 0.2} or {@code 20%}. */
    double share(String name) {
        String value = values.get(name);
        if (value != null && value.strip().endsWith("%")) {
            double percent = parse(name, value.strip().replaceFirst("%$", ""), 0, 99.99);
            return percent / 100;
        }
        return number(name, 0, 0.9999);
    }

    /**
     * An optional weight from 0 to 1, written as {@code 0.25} or {@code 25%}; 0 when absent, NaN
     * when invalid (a problem is noted).
     */
    double weight(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return 0;
        }
        String text = value.strip();
        if (text.endsWith("%")) {
            return parse(name, text.substring(0, text.length() - 1).strip(), 0, 100) / 100;
        }
        return parse(name, text, 0, 1);
    }

    /** A required whole number from {@code min} to {@code max}; -1 when missing or invalid (a problem is noted). */
    int wholeNumber(String name, int min, int max) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            problems.add(name + " is missing");
            return -1;
        }
        String text = value.strip();
        if (!text.matches("[0-9]{1,9}")) {
            problems.add(name + " '" + text + "' is not a whole number");
            return -1;
        }
        int number = Integer.parseInt(text);
        if (number < min || number > max) {
            problems.add(name + " " + text + " is outside " + min + " to " + max);
            return -1;
        }
        return number;
    }

    HourRanges hours(String name, String fallback) {
        String value = values.get(name);
        try {
            return HourRanges.parse(value == null || value.isBlank() ? fallback : value);
        } catch (IllegalArgumentException e) {
            problems.add(name + ": " + e.getMessage());
            return HourRanges.parse(fallback);
        }
    }

    boolean has(String name) {
        String value = values.get(name);
        return value != null && !value.isBlank();
    }

    void problem(String problem) {
        problems.add(problem);
    }

    /** Throws one refusal naming every problem found, if there was any. */
    void assertValid() {
        if (!problems.isEmpty()) {
            throw new DomainException.Invalid("The " + ruleName + " parameters are invalid: "
                    + String.join("; ", problems) + ".");
        }
    }

    private double parse(String name, String value, double min, double max) {
        String text = value.strip();
        if (!Numbers.isDecimal(text)) {
            problems.add(name + " '" + text + "' is not a number");
            return Double.NaN;
        }
        double number = new BigDecimal(text).doubleValue();
        if (number < min || number > max) {
            problems.add(name + " " + text + " is outside " + Numbers.plain(min) + " to " + Numbers.plain(max));
            return Double.NaN;
        }
        return number;
    }
}
