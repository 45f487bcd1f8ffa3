package org.roundtable.preview;

/**
 * An order sample that cannot be read, with the line (1 is the header) and, where one column is
 * at fault, its name. The message names both, e.g. {@code line 17: distance_km 'abc' is not a number}.
 */
public class OrderSampleException extends IllegalArgumentException {

    private final long line;
    private final String column;

    public OrderSampleException(long line, String column, String message) {
        super(line > 0 ? "line " + line + ": " + message : message);
        this.line = line;
        this.column = column;
    }

    /** The line at fault, or 0 when the whole file is (empty, too large). */
    public long line() {
        return line;
    }

    /** The column at fault, or null. */
    public String column() {
        return column;
    }
}
