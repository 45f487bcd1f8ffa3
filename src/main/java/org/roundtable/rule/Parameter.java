package org.roundtable.rule;

/** One named parameter of an algorithm rule with its current value and unit ("3.5", "CNY/km"). */
public record Parameter(String name, String value, String unit) {

    public Parameter {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("a parameter needs a name of 1 to 100 characters");
        }
        if (value == null || value.isBlank() || value.length() > 100) {
            throw new IllegalArgumentException("parameter '" + name + "' needs a value of 1 to 100 characters");
        }
        unit = unit == null ? "" : unit;
    }
}
