package org.sciaccel.optimize;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Python's float formatting, for SciPy's messages that embed numbers: {@code repr(x)} (the
 * shortest digits, e.g. {@code 1.48e-08}) and {@code '%g' % x} (six significant digits, e.g.
 * {@code 8.88178e-16}).
 */
final class PyFormat {
    private PyFormat() {
    }

    /** Python's {@code repr(float)}: positional for 1e-4 &lt;= |x| &lt; 1e16, else {@code d.ddde±XX}. */
    static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0.0" : "0.0";
        }
        // Java's Double.toString gives the (near-)shortest digits that round-trip, as Python's repr does.
        BigDecimal d = new BigDecimal(Double.toString(Math.abs(x))).stripTrailingZeros();
        String sign = x < 0 ? "-" : "";
        String digits = d.unscaledValue().toString();
        int exp = digits.length() - 1 - d.scale(); // decimal exponent of the first digit
        if (exp >= -4 && exp < 16) {
            return sign + positional(digits, exp, true);
        }
        return sign + scientific(digits, exp);
    }

    /** Python's {@code '%g' % x}: six significant digits, trailing zeros removed. */
    static String g(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        if (x == 0) {
            return (1 / x < 0) ? "-0" : "0";
        }
        BigDecimal d = new BigDecimal(Math.abs(x)).round(new MathContext(6, java.math.RoundingMode.HALF_EVEN))
                .stripTrailingZeros();
        String sign = x < 0 ? "-" : "";
        String digits = d.unscaledValue().toString();
        int exp = digits.length() - 1 - d.scale();
        if (exp >= -4 && exp < 6) {
            return sign + positional(digits, exp, false);
        }
        return sign + scientific(digits, exp);
    }

    private static String positional(String digits, int exp, boolean pointZero) {
        StringBuilder s = new StringBuilder();
        if (exp < 0) {
            s.append("0.");
            s.append("0".repeat(-exp - 1)).append(digits);
        } else if (digits.length() <= exp + 1) {
            s.append(digits).append("0".repeat(exp + 1 - digits.length()));
            if (pointZero) {
                s.append(".0");
            }
        } else {
            s.append(digits, 0, exp + 1).append('.').append(digits.substring(exp + 1));
        }
        return s.toString();
    }

    private static String scientific(String digits, int exp) {
        StringBuilder s = new StringBuilder().append(digits.charAt(0));
        if (digits.length() > 1) {
            s.append('.').append(digits.substring(1));
        }
        s.append(exp < 0 ? "e-" : "e+");
        int a = Math.abs(exp);
        if (a < 10) {
            s.append('0');
        }
        return s.append(a).toString();
    }
}
