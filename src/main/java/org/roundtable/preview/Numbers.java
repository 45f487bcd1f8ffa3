package org.roundtable.preview;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one way numbers are written, in summaries in every language and in results. */
public final class Numbers {

    private Numbers() {
    }

    /** Digits with at most one decimal point and an optional leading sign: no exponents, no NaN. */
    static boolean isDecimal(CharSequence text) {
        int length = text.length();
        int start = length > 0 && (text.charAt(0) == '-' || text.charAt(0) == '+') ? 1 : 0;
        boolean digit = false;
        boolean point = false;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    /** Money with two decimals: {@code 3.00}. */
    public static String money(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A quantity without needless zeros: {@code 5}, {@code 2.5}. */
    public static String plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    /** A share as a percentage: {@code 0.2} is {@code 20%}, {@code 0.125} is {@code 12.5%}. */
    public static String percent(double share) {
        return plain(share * 100) + "%";
    }

    public static double round(double value, int places) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
