package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * The creation family's golden checks, neither looser than the default:
 * <ul>
 * <li>{@value #EXACT}: every output equal to NumPy's bit for bit (dtype, shape and each element's
 * bits; a NaN matches any NaN): for arange, linspace in float64, eye, tri, the grids and the copies,
 * whose NumPy results are exactly rounded operations that sciaccel does in the same order;</li>
 * <li>{@value #SHAPE_DTYPE}: only the dtype and shape, for {@code empty} and {@code empty_like},
 * whose values NumPy leaves undefined (sciaccel's are zeros; the expected file holds zeros of
 * NumPy's shape and dtype and its values are not read).</li>
 * </ul>
 * Scalar outputs (linspace's step) are judged as by the default check.
 */
final class CreationGoldenChecks {
    static final String EXACT = "exact";
    static final String SHAPE_DTYPE = "shape_dtype";

    private CreationGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register(EXACT, CreationGoldenChecks::exact);
        GoldenChecks.register(SHAPE_DTYPE, CreationGoldenChecks::shapeAndDtype);
    }

    private static String exact(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            Object e = GoldenChecks.expected(c, name);
            Object g = got.get(name);
            String why = e instanceof HostArray ea && g instanceof HostArray ga ? bits(ea, ga)
                    : GoldenChecks.compare(c, name, e, g);
            if (why != null) {
                problems.add(name + ": " + why);
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static String shapeAndDtype(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        List<String> problems = new ArrayList<>();
        for (String name : c.expected().keySet()) {
            HostArray e = (HostArray) GoldenChecks.expected(c, name);
            if (!(got.get(name) instanceof HostArray g)) {
                problems.add(name + ": got " + got.get(name) + ", expected an array");
            } else if (g.dtype() != e.dtype() || !Arrays.equals(g.shape(), e.shape())) {
                problems.add(name + ": got " + g.dtype() + " " + Arrays.toString(g.shape()) + ", expected " + e.dtype()
                        + " " + Arrays.toString(e.shape()));
            }
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    /** Bit-for-bit equality of two arrays; null when equal. */
    static String bits(HostArray expected, HostArray got) {
        if (got.dtype() != expected.dtype()) {
            return "dtype: got " + got.dtype() + ", expected " + expected.dtype();
        }
        if (!Arrays.equals(got.shape(), expected.shape())) {
            return "shape: got " + Arrays.toString(got.shape()) + ", expected " + Arrays.toString(expected.shape());
        }
        DType t = expected.dtype();
        int values = expected.size() * t.javaValuesPerElement();
        int differing = 0;
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < values; i++) {
            long e = valueBits(expected, i);
            long g = valueBits(got, i);
            if (e != g && !(isNaN(t, e) && isNaN(t, g))) {
                if (differing++ < 6) {
                    first.append(String.format("%n  value %d: got %s, expected %s", i, show(t, g), show(t, e)));
                }
            }
        }
        return differing == 0 ? null : differing + " of " + values + " values differ in their bits" + first;
    }

    private static long valueBits(HostArray a, int i) {
        Object d = a.data();
        if (d instanceof double[] x) {
            return Double.doubleToRawLongBits(x[i]);
        }
        if (d instanceof float[] x) {
            return Float.floatToRawIntBits(x[i]);
        }
        if (d instanceof long[] x) {
            return x[i];
        }
        if (d instanceof int[] x) {
            return x[i];
        }
        if (d instanceof short[] x) {
            return x[i];
        }
        return ((byte[]) d)[i];
    }

    private static boolean isNaN(DType t, long bits) {
        switch (t) {
            case FLOAT64: case COMPLEX128: return Double.isNaN(Double.longBitsToDouble(bits));
            case FLOAT32: case COMPLEX64: return Float.isNaN(Float.intBitsToFloat((int) bits));
            case FLOAT16: return (bits & 0x7C00) == 0x7C00 && (bits & 0x3FF) != 0;
            default: return false;
        }
    }

    private static String show(DType t, long bits) {
        switch (t) {
            case FLOAT64: case COMPLEX128: return Double.toString(Double.longBitsToDouble(bits));
            case FLOAT32: case COMPLEX64: return Float.toString(Float.intBitsToFloat((int) bits));
            case FLOAT16: return org.sciaccel.Half.toDouble((short) bits) + " (0x" + Long.toHexString(bits & 0xFFFF) + ")";
            case UINT64: return Long.toUnsignedString(bits);
            default: return Long.toString(bits);
        }
    }
}
