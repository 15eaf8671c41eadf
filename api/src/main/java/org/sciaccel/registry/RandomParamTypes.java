package org.sciaccel.registry;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.sciaccel.io.Npy;

/**
 * The parameter types of numpy.random's ops: Python's unbounded integers (seeds such as
 * {@code 2**63+5}, integers' bounds up to {@code 2**64}) and NumPy's "an integer or an array"
 * arguments ({@code permutation(x)}, {@code choice(a)}).
 */
final class RandomParamTypes {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    private RandomParamTypes() {
    }

    /** An integer of any size, as a {@link BigInteger}. */
    static final ParamType BIG_INTEGER = new ParamType() {
        @Override
        public String describe() {
            return "int (any size, as Python's)";
        }

        @Override
        public Object parse(String param, String text) {
            return parseBig(param, text);
        }
    };

    /** An integer (as an {@code Integer}) or {@code @file.npy} (as a {@link org.sciaccel.HostArray} of any shape). */
    static final ParamType INT_OR_ARRAY = new ParamType() {
        @Override
        public String describe() {
            return "int, or an array as @file.npy";
        }

        @Override
        public Object parse(String param, String text) {
            if (text.startsWith("@")) {
                String file = text.substring(1);
                if (file.isEmpty()) {
                    throw new UsageException(param + "=" + text + ": no file name after '@'");
                }
                try {
                    return Npy.read(Path.of(file));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(param + ": " + e.getMessage(), e);
                }
            }
            return ParamTypes.parseInt(param, text);
        }
    };

    static BigInteger parseBig(String param, String text) {
        String t = text.trim();
        if (!INTEGER.matcher(t).matches()) {
            throw new UsageException(param + "=" + text + ": '" + text + "' is not an integer");
        }
        return new BigInteger(t.startsWith("+") ? t.substring(1) : t);
    }
}
