package org.roundtable.preview;

/** Reads the five values of one order line, naming the column of the first bad value. */
final class OrderLine {

    private OrderLine() {
    }

    static void read(String[] fields, long line, OrderSample.Builder orders) {
        double km = number(fields[0], line, "distance_km", 0, OrderSampleParser.MAX_DISTANCE_KM, true);
        double minutes = number(fields[1], line, "duration_minutes", 0, OrderSampleParser.MAX_DURATION_MINUTES, false);
        int hour = hour(fields[2], line);
        Weather weather = Weather.parse(fields[3]);
        if (weather == null) {
            throw new OrderSampleException(line, "weather", "weather '" + OrderSampleParser.abbreviate(fields[3])
                    + "' is not one of " + Weather.codes());
        }
        boolean hard = access(fields[4], line);
        orders.add(km, minutes, hour, weather, hard);
    }

    private static double number(String value, long line, String column, double min, double max,
                                 boolean minIncluded) {
        if (!Numbers.isDecimal(value)) {
            throw new OrderSampleException(line, column, column + " '" + OrderSampleParser.abbreviate(value)
                    + "' is not a number");
        }
        double number = Double.parseDouble(value);
        boolean tooSmall = minIncluded ? number < min : number <= min;
        if (tooSmall || number > max) {
            String range = minIncluded ? "from " + Numbers.plain(min) + " to " + Numbers.plain(max)
                    : "more than " + Numbers.plain(min) + " and at most " + Numbers.plain(max);
            throw new OrderSampleException(line, column, column + " " + value + " must be " + range);
        }
        return number;
    }

    private static int hour(String value, long line) {
        boolean digits = !value.isEmpty() && value.length() <= 2 && value.chars().allMatch(c -> c >= '0' && c <= '9');
        int hour = digits ? Integer.parseInt(value) : -1;
        if (hour < 0 || hour > 23) {
            throw new OrderSampleException(line, "hour_of_day", "hour_of_day '" + OrderSampleParser.abbreviate(value)
                    + "' is not a whole hour from 0 to 23");
        }
        return hour;
    }

    private static boolean access(String value, long line) {
        if (value.equalsIgnoreCase("easy")) {
            return false;
        }
        if (value.equalsIgnoreCase("hard")) {
            return true;
        }
        throw new OrderSampleException(line, "building_access", "building_access '"
                + OrderSampleParser.abbreviate(value) + "' is not easy or hard");
    }
}
