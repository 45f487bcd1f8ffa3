package org.roundtable.preview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads an order sample from CSV, line by line, without holding the text: a header
 * {@code distance_km,duration_minutes,hour_of_day,weather,building_access}, then one order a line.
 * Blank lines are skipped. The first problem stops the reading with an {@link OrderSampleException}
 * that names the line and the column.
 */
public final class OrderSampleParser {

    public static final String HEADER = "distance_km,duration_minutes,hour_of_day,weather,building_access";
    static final String[] COLUMNS = HEADER.split(",");
    static final double MAX_DISTANCE_KM = 300;
    static final double MAX_DURATION_MINUTES = 1440;
    private static final int MAX_LINE_LENGTH = 500;

    private final int maxOrders;

    public OrderSampleParser(int maxOrders) {
        if (maxOrders < 1) {
            throw new IllegalArgumentException("the most orders a sample may hold must be at least 1");
        }
        this.maxOrders = maxOrders;
    }

    public OrderSample parse(InputStream input) {
        return parse(new InputStreamReader(input, StandardCharsets.UTF_8));
    }

    public OrderSample parse(Reader input) {
        try (BufferedReader reader = new BufferedReader(input, 64 * 1024)) {
            readHeader(reader.readLine());
            OrderSample.Builder orders = OrderSample.builder();
            String[] fields = new String[COLUMNS.length];
            long lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (orders.size() == maxOrders) {
                    throw new OrderSampleException(lineNumber, null, "the sample has more than " + maxOrders
                            + " orders, the most a preview takes; send a smaller sample");
                }
                split(line, lineNumber, fields);
                OrderLine.read(fields, lineNumber, orders);
            }
            if (orders.size() == 0) {
                throw new OrderSampleException(0, null, "The sample has a header but no orders.");
            }
            return orders.build();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the order sample", e);
        }
    }

    private static void readHeader(String line) {
        if (line == null) {
            throw new OrderSampleException(0, null, "The sample is empty; its first line must be the header '"
                    + HEADER + "'.");
        }
        String header = line.startsWith("\uFEFF") ? line.substring(1) : line;
        String[] names = header.split(",", -1);
        boolean matches = names.length == COLUMNS.length;
        for (int i = 0; matches && i < names.length; i++) {
            matches = names[i].strip().equalsIgnoreCase(COLUMNS[i]);
        }
        if (!matches) {
            throw new OrderSampleException(1, null, "the header must name the columns " + HEADER
                    + " in this order, but it is '" + abbreviate(header) + "'");
        }
    }

    private static void split(String line, long lineNumber, String[] fields) {
        if (line.length() > MAX_LINE_LENGTH) {
            throw new OrderSampleException(lineNumber, null, "the line is longer than " + MAX_LINE_LENGTH
                    + " characters; an order has " + COLUMNS.length + " short values");
        }
        int start = 0;
        int count = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ',') {
                if (count < fields.length) {
                    fields[count] = line.substring(start, i).strip();
                }
                count++;
                start = i + 1;
            }
        }
        if (count != fields.length) {
            throw new OrderSampleException(lineNumber, null, "expected " + fields.length + " values (" + HEADER
                    + ") but found " + count);
        }
    }

    static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
