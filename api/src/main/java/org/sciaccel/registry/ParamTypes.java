package org.sciaccel.registry;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;
import org.sciaccel.ndimage.Mode;

/**
 * The parameter types of the op catalogue and the CLI's value syntax: numbers ({@code 3},
 * {@code -1.5e-3}, {@code nan}, {@code inf}), {@code true}/{@code false}, strings, comma lists for
 * sequences ({@code sigma=2,1.5}) and {@code @file.npy} for values read from an array file.
 */
public final class ParamTypes {
    private static final Pattern REAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    /** A real number, as a {@code Double}. */
    public static final ParamType REAL_NUMBER = simple("float", ParamTypes::parseReal);

    /** An integer, as an {@code Integer}. */
    public static final ParamType INT = simple("int", ParamTypes::parseInt);

    /** An integer of NumPy's int64 range (lengths beyond Java's int, e.g. next_fast_len's target), as a {@code Long}. */
    public static final ParamType INT64 = simple("int (64-bit)", ParamTypes::parseLong);

    /** {@code true} or {@code false}, as a {@code Boolean}. */
    public static final ParamType BOOL = simple("true or false", ParamTypes::parseBool);

    /** Any text, as a {@code String}. */
    public static final ParamType STRING = simple("text", (param, text) -> text);

    /** A boundary mode by SciPy's name, as a {@link Mode}. */
    public static final ParamType MODE = simple("mode: reflect, constant, nearest, mirror, wrap, grid-mirror, "
            + "grid-constant or grid-wrap", ParamTypes::parseMode);

    /** One boundary mode or one per axis, as a {@code Mode[]}. */
    public static final ParamType MODE_PER_AXIS = simple("mode, or one per axis as a comma list",
            (param, text) -> {
                String[] parts = splitList(param, text);
                Mode[] out = new Mode[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    out[i] = parseMode(param, parts[i]);
                }
                return out;
            });

    /** One real number or one per axis (comma list or {@code @file.npy}), as a {@code double[]}. */
    public static final ParamType REAL_PER_AXIS = simple("float, or one per axis as a comma list or @file.npy",
            ParamTypes::parseReals);

    /** One integer or one per axis (comma list or {@code @file.npy}), as an {@code int[]}. */
    public static final ParamType INT_PER_AXIS = simple("int, or one per axis as a comma list or @file.npy",
            ParamTypes::parseInts);

    /** A 1-D array of reals, as a comma list or {@code @file.npy}, as a {@code double[]}. */
    public static final ParamType REAL_ARRAY = simple("1-D array: comma list of floats or @file.npy",
            ParamTypes::parseReals);

    /**
     * A complex number in Python's literal syntax ({@code 1+2j}, {@code -0.5j}, {@code 3}, {@code (1-2j)}),
     * as a {@code double[] {real, imag}}: the cval of the linear filters, which take complex inputs.
     */
    public static final ParamType COMPLEX_NUMBER = simple("complex, as Python writes it: 1.5, 1+2j, -2j",
            ParamTypes::parseComplex);

    /**
     * A 1-D array of complex numbers (comma list of Python complex literals, or {@code @file.npy} of a
     * real or complex dtype), as a {@code double[][] {real parts, imaginary parts}}; the imaginary parts
     * are {@code null} when every value was given as real (a real list or a real dtype file), so that a
     * real input with real weights stays real, as SciPy decides by the weights' dtype.
     */
    public static final ParamType COMPLEX_ARRAY = simple("1-D array: comma list of complex numbers (1+2j) or @file.npy",
            ParamTypes::parseComplexes);

    /**
     * generic_gradient_magnitude's derivative: {@code sobel} or {@code prewitt} by name, as an
     * {@link org.sciaccel.ndimage.Ndimage.Derivative}. A Java caller of {@link OpSpec#invoke} may give an
     * {@link org.sciaccel.ndimage.Ndimage.AxisDerivative} as the value instead (SciPy's callable), which no
     * text spells.
     */
    public static final ParamType DERIVATIVE = simple("derivative: sobel or prewitt (from Java also an "
            + "Ndimage.AxisDerivative function)", ParamTypes::parseDerivative);

    /** A dtype by NumPy's name ({@code float32}, {@code uint8}, ...), as a {@link DType}. */
    public static final ParamType DTYPE = simple("dtype: float32, float64, uint8, uint16, int32, int64 or bool",
            ParamTypes::parseDType);

    private ParamTypes() {
    }

    private interface Parser {
        Object parse(String param, String text);
    }

    private static ParamType simple(String description, Parser parser) {
        return new ParamType() {
            @Override
            public String describe() {
                return description;
            }

            @Override
            public Object parse(String param, String text) {
                return parser.parse(param, text);
            }

            @Override
            public String toString() {
                return description;
            }
        };
    }

    static double parseReal(String param, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "nan": case "+nan": case "-nan": return Double.NaN;
            case "inf": case "+inf": case "infinity": case "+infinity": return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity": return Double.NEGATIVE_INFINITY;
            default: break;
        }
        // Java's parser also takes "1d", "0x1p3" and similar; only Python's number syntax is accepted.
        if (!REAL.matcher(t).matches()) {
            throw new UsageException(param + "=" + text + ": '" + text + "' is not a number");
        }
        return Double.parseDouble(t);
    }

    static int parseInt(String param, String text) {
        String t = text.trim();
        if (!INTEGER.matcher(t).matches()) {
            throw new UsageException(param + "=" + text + ": '" + text + "' is not an integer");
        }
        try {
            return Integer.parseInt(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            throw new UsageException(param + "=" + text + ": " + t + " is out of the int range");
        }
    }

    static long parseLong(String param, String text) {
        String t = text.trim();
        if (!INTEGER.matcher(t).matches()) {
            throw new UsageException(param + "=" + text + ": '" + text + "' is not an integer");
        }
        try {
            return Long.parseLong(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            throw new UsageException(param + "=" + text + ": " + t + " is out of the int64 range");
        }
    }

    static boolean parseBool(String param, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("true")) {
            return true;
        }
        if (t.equals("false")) {
            return false;
        }
        throw new UsageException(param + "=" + text + ": expected true or false");
    }

    static Mode parseMode(String param, String text) {
        try {
            return Mode.fromName(text.trim());
        } catch (IllegalArgumentException e) {
            throw new UsageException(param + "=" + text + ": " + e.getMessage().replaceFirst("^mode: ", ""));
        }
    }

    static org.sciaccel.ndimage.Ndimage.Derivative parseDerivative(String param, String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "sobel": return org.sciaccel.ndimage.Ndimage.Derivative.SOBEL;
            case "prewitt": return org.sciaccel.ndimage.Ndimage.Derivative.PREWITT;
            default: throw new UsageException(param + "=" + text + ": '" + text.trim()
                    + "' is not one of sobel, prewitt");
        }
    }

    static DType parseDType(String param, String text) {
        String t = text.trim();
        // Accept the spellings people paste from Python: np.float32, numpy.float32.
        t = t.replaceFirst("^(np|numpy)\\.", "");
        try {
            return DType.fromName(t);
        } catch (IllegalArgumentException e) {
            throw new UsageException(param + "=" + text + ": " + e.getMessage().replaceFirst("^dtype: ", ""));
        }
    }

    static double[] parseReals(String param, String text) {
        if (text.startsWith("@")) {
            HostArray a = readVector(param, text);
            return a.toDoubles();
        }
        String[] parts = splitList(param, text);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = parseReal(param, parts[i]);
        }
        return out;
    }

    private static final Pattern COMPLEX = Pattern.compile(
            "(?:([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)(?=[+-]|$))?"
            + "(?:([+-]?(?:(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)?)[jJ])?");

    static double[] parseComplex(String param, String text) {
        String t = text.trim();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        if (!t.endsWith("j") && !t.endsWith("J")) {
            return new double[] {parseReal(param, t), 0.0};
        }
        java.util.regex.Matcher m = COMPLEX.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            throw new UsageException(param + "=" + text + ": '" + text + "' is not a complex number (e.g. 1+2j)");
        }
        double re = m.group(1) == null ? 0.0 : Double.parseDouble(m.group(1));
        String im = m.group(2);
        double imag = im.isEmpty() || im.equals("+") ? 1.0 : im.equals("-") ? -1.0 : Double.parseDouble(im);
        return new double[] {re, imag};
    }

    static double[][] parseComplexes(String param, String text) {
        if (text.startsWith("@")) {
            HostArray a = readVector(param, text, true);
            if (!a.dtype().isComplex()) {
                return new double[][] {a.toDoubles(), null};
            }
            HostArray c = a.dtype() == DType.COMPLEX128 ? a : a.astype(DType.COMPLEX128);
            double[] d = (double[]) c.data();
            double[][] out = new double[2][d.length / 2];
            for (int i = 0; i < out[0].length; i++) {
                out[0][i] = d[2 * i];
                out[1][i] = d[2 * i + 1];
            }
            return out;
        }
        String[] parts = splitList(param, text);
        double[][] out = new double[2][parts.length];
        boolean complex = false;
        for (int i = 0; i < parts.length; i++) {
            double[] v = parseComplex(param, parts[i]);
            out[0][i] = v[0];
            out[1][i] = v[1];
            complex |= parts[i].trim().toLowerCase(Locale.ROOT).endsWith("j");
        }
        return complex ? out : new double[][] {out[0], null};
    }

    static int[] parseInts(String param, String text) {
        if (text.startsWith("@")) {
            HostArray a = readVector(param, text);
            if (!a.dtype().isIntegral()) {
                throw new UsageException(param + "=" + text + ": the file holds " + a.dtype()
                        + " values; an integer array is needed");
            }
            double[] d = a.toDoubles();
            int[] out = new int[d.length];
            for (int i = 0; i < d.length; i++) {
                if (d[i] != (int) d[i]) {
                    throw new UsageException(param + "=" + text + ": value " + (long) d[i] + " is out of the int range");
                }
                out[i] = (int) d[i];
            }
            return out;
        }
        String[] parts = splitList(param, text);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = parseInt(param, parts[i]);
        }
        return out;
    }

    /** Splits a comma list; an empty element ({@code 1,,2}, a trailing comma) is an error. */
    static String[] splitList(String param, String text) {
        String[] parts = text.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].trim();
            if (parts[i].isEmpty()) {
                throw new UsageException(param + "=" + text + ": empty element " + (i + 1) + " in the comma list");
            }
        }
        return parts;
    }

    /**
     * Reads {@code @file.npy} holding labels: a 0-d array gives one label ({@code Long}, or {@code Double}
     * for a float array), a 1-D array a list ({@code long[]} or {@code double[]}), as SciPy treats a NumPy
     * scalar and a NumPy array.
     */
    static Object parseLabels(String param, String text) {
        HostArray a = readVector(param, text);
        int n = a.size();
        if (!a.dtype().isIntegral()) {
            // A float index (NumPy's float64 array): the measurements match it as SciPy does.
            double[] d = a.toDoubles();
            return a.ndim() == 0 ? (Object) d[0] : d;
        }
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = a.getLong(i);
        }
        return a.ndim() == 0 ? (Object) out[0] : out;
    }

    /** Reads {@code @file.npy} as a 0-d or 1-D real array. */
    private static HostArray readVector(String param, String text) {
        return readVector(param, text, false);
    }

    private static HostArray readVector(String param, String text, boolean complexAllowed) {
        String file = text.substring(1);
        if (file.isEmpty()) {
            throw new UsageException(param + "=" + text + ": no file name after '@'");
        }
        HostArray a;
        try {
            a = Npy.read(Path.of(file));
        } catch (RuntimeException e) {
            // The reader's message names the file and the problem; say which parameter it was for.
            throw new IllegalArgumentException(param + ": " + e.getMessage(), e);
        }
        if (a.ndim() > 1) {
            throw new UsageException(param + "=" + text + ": the array has shape "
                    + org.sciaccel.Shapes.toString(a.shape()) + "; a 1-D array is needed");
        }
        if (a.dtype().isComplex() && !complexAllowed) {
            throw new UsageException(param + "=" + text + ": the array is " + a.dtype() + "; a real array is needed");
        }
        return a;
    }
}
