package org.roundtable.preview;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The weather of an order, as the order sample names it. All but clear and cloudy count as bad weather. */
public enum Weather {
    CLEAR("晴"), CLOUDY("多云"), RAIN("雨"), STORM("暴雨"), SNOW("雪"), FOG("雾"), HEAT("高温");

    private static final Weather[] VALUES = values();

    private final String chinese;

    Weather(String chinese) {
        this.chinese = chinese;
    }

    public boolean bad() {
        return this != CLEAR && this != CLOUDY;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Weather ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /** The weather named by {@code code} (any case), or null. */
    static Weather parse(String code) {
        for (Weather weather : VALUES) {
            if (weather.code().equalsIgnoreCase(code)) {
                return weather;
            }
        }
        return null;
    }

    static String codes() {
        return Arrays.stream(VALUES).map(Weather::code).collect(Collectors.joining(", "));
    }

    static String badInEnglish() {
        return Arrays.stream(VALUES).filter(Weather::bad).map(Weather::code).collect(Collectors.joining(", "));
    }

    static String badInChinese() {
        return Arrays.stream(VALUES).filter(Weather::bad).map(weather -> weather.chinese)
                .collect(Collectors.joining("、"));
    }
}
