package org.roundtable.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of a run: printed as a table as they come, and written as JSON under target/benchmark. */
final class Report {

    record Row(String figure, double value, String unit, String ratio, String note) {
    }

    final Map<String, Object> json = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();

    void put(String key, Object value) {
        json.put(key, value);
    }

    void row(String figure, double value, String unit, String ratio, String note) {
        Row row = new Row(figure, value, unit, ratio == null ? "" : ratio, note == null ? "" : note);
        rows.add(row);
        System.out.println("  " + format(row));
        System.out.flush();
    }

    static String ratio(double value, double raw) {
        return String.format(Locale.ROOT, "%.2f× raw", value / raw);
    }

    String table() {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "| %-58s | %12s | %-8s | %-12s | %s |%n", "figure", "value", "unit",
                "ratio", "note"));
        table.append("|").append("-".repeat(60)).append("|").append("-".repeat(14)).append("|")
                .append("-".repeat(10)).append("|").append("-".repeat(14)).append("|").append("-".repeat(6))
                .append("|\n");
        rows.forEach(row -> table.append(format(row)).append('\n'));
        return table.toString();
    }

    private static String format(Row row) {
        String value = Double.isNaN(row.value()) ? "n/a"
                : row.value() >= 100 ? String.format(Locale.ROOT, "%,.0f", row.value())
                : String.format(Locale.ROOT, "%.2f", row.value());
        return String.format(Locale.ROOT, "| %-58s | %12s | %-8s | %-12s | %s |", row.figure(), value, row.unit(),
                row.ratio(), row.note());
    }

    void write(Path directory, String stamp) throws Exception {
        Files.createDirectories(directory);
        List<Map<String, Object>> table = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("figure", row.figure());
            entry.put("value", Double.isNaN(row.value()) ? null : row.value());
            entry.put("unit", row.unit());
            entry.put("ratio", row.ratio());
            entry.put("note", row.note());
            table.add(entry);
        }
        json.put("table", table);
        String text = Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        Files.writeString(directory.resolve("benchmark-" + stamp + ".json"), text);
        Files.writeString(directory.resolve("latest.json"), text);
        Files.writeString(directory.resolve("latest.md"), table());
    }
}
