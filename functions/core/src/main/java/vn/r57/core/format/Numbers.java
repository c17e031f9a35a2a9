package vn.r57.core.format;

import java.math.BigDecimal;
import vn.r57.core.Lang;

/**
 * Exact decimals for people: the digits as submitted (trailing zeros kept), grouped and punctuated per language.
 * Vietnamese writes 9.800 and 99,51; English writes 9,800 and 99.51. No rounding ever happens here.
 */
public final class Numbers {

    private Numbers() {}

    public static String format(BigDecimal value, Lang lang) {
        char group = lang == Lang.VI ? '.' : ',';
        char decimal = lang == Lang.VI ? ',' : '.';
        String plain = value.toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String integer = point < 0 ? digits : digits.substring(0, point);
        StringBuilder out = new StringBuilder(plain.length() + 8);
        if (negative) {
            out.append('\u2212');
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(group);
            }
            out.append(integer.charAt(i));
        }
        if (point >= 0) {
            out.append(decimal).append(digits, point + 1, digits.length());
        }
        return out.toString();
    }

    /** A percentage: "99,51 %" in Vietnamese (with a no-break space), "99.51%" in English. */
    public static String percent(BigDecimal value, Lang lang) {
        return format(value, lang) + (lang == Lang.VI ? "\u00a0%" : "%");
    }
}
