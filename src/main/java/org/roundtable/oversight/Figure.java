package org.roundtable.oversight;

/** One figure of a review: a decimal number as written, with its unit ("%", "CNY/h", "orders"). */
public record Figure(String value, String unit) {

    public Figure {
        if (value == null || !value.strip().matches("-?[0-9]{1,15}(\\.[0-9]{1,6})?")) {
            throw new IllegalArgumentException("a figure's value must be a decimal number such as 97.5");
        }
        if (unit == null || unit.isBlank() || unit.strip().length() > 16) {
            throw new IllegalArgumentException("a figure's unit must have 1 to 16 characters, e.g. % or CNY/h");
        }
        value = value.strip();
        unit = unit.strip();
    }
}
