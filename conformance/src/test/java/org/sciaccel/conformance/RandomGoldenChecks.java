package org.sciaccel.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.Shapes;
import org.sciaccel.io.Npy;

/**
 * The checks of numpy.random's golden cases ({@code golden/numpy/random/generate_random.py}):
 *
 * <ul>
 * <li>{@code random_bit_exact}: random and uniform equal NumPy's {@code Generator(Philox(seed))}
 * bit for bit: the same dtype, shape and bits.</li>
 * <li>{@code random_like}: for the ops whose streams are not NumPy's, NumPy's result dtype and shape,
 * and the support the case states: every value within {@code support: [lo, hi]}, distinct values
 * where {@code distinct}, and where {@code slices_of} names the input and axis, every slice of the
 * result along that axis one of the input's (with {@code subset}: choice's samples), or else the
 * input's slices exactly rearranged (permutation, shuffle).</li>
 * </ul>
 */
final class RandomGoldenChecks {
    private RandomGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("random_bit_exact", RandomGoldenChecks::bitExact);
        GoldenChecks.register("random_like", RandomGoldenChecks::like);
    }

    private static String bitExact(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        HostArray e = (HostArray) GoldenChecks.expected(c, "result");
        if (!(got.get("result") instanceof HostArray g)) {
            return "got " + got.get("result") + ", expected an array";
        }
        if (HostArrays.identical(e, g)) {
            return null;
        }
        String where = Tolerances.mismatch(e, g);
        return "not NumPy's bits (" + g.dtype() + " " + Shapes.toString(g.shape()) + " against " + e.dtype() + " "
                + Shapes.toString(e.shape()) + ")" + (where == null ? ": values differ in their last bits" : ":\n" + where);
    }

    private static String like(GoldenCall c, Map<String, Object> got, List<HostArray> inputs) {
        HostArray e = (HostArray) GoldenChecks.expected(c, "result");
        if (!(got.get("result") instanceof HostArray g)) {
            return "got " + got.get("result") + ", expected an array";
        }
        if (g.dtype() != e.dtype() || !Arrays.equals(g.shape(), e.shape())) {
            return "dtype and shape " + g.dtype() + " " + Shapes.toString(g.shape()) + ", NumPy's " + e.dtype() + " "
                    + Shapes.toString(e.shape());
        }
        List<String> problems = new ArrayList<>();
        Object support = GoldenChecks.attribute(c, "result", "support");
        if (support != null && !g.dtype().isComplex()) {
            List<?> bounds = (List<?>) support;
            checkSupport(g, bounds.get(0), bounds.get(1), problems);
        }
        if (Boolean.TRUE.equals(GoldenChecks.attribute(c, "result", "distinct"))) {
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < g.size(); i++) {
                if (!seen.add(g.getLong(i))) {
                    problems.add("value " + g.getLong(i) + " appears twice in a sample without replacement");
                    break;
                }
            }
        }
        Object slices = GoldenChecks.attribute(c, "result", "slices_of");
        if (slices instanceof Map<?, ?> m) {
            HostArray in = Npy.read(c.dir().resolve((String) m.get("input")));
            int axis = Json.number(m.get("axis")).intValue();
            checkSlices(in, g, axis < 0 ? axis + in.ndim() : axis, Boolean.TRUE.equals(m.get("subset")), problems);
        }
        return problems.isEmpty() ? null : String.join("\n", problems);
    }

    private static void checkSupport(HostArray g, Object lo, Object hi, List<String> problems) {
        for (int i = 0; i < g.size(); i++) {
            boolean inside;
            String shown;
            if (g.dtype().isFloatingPoint()) {
                double v = g.getDouble(i);
                shown = Double.toString(v);
                inside = v >= Json.number(lo).doubleValue() && v <= Json.number(hi).doubleValue();
            } else {
                BigDecimal v = g.dtype() == DType.UINT64 ? new BigDecimal(Long.toUnsignedString(g.getLong(i)))
                        : BigDecimal.valueOf(g.getLong(i));
                shown = v.toString();
                Number l = Json.number(lo);
                Number h = Json.number(hi);
                inside = (isInfinite(l) || v.compareTo(decimal(l)) >= 0) && (isInfinite(h) || v.compareTo(decimal(h)) <= 0);
            }
            if (!inside) {
                problems.add("element " + i + " = " + shown + " is outside the support [" + lo + ", " + hi + "]");
                return;
            }
        }
    }

    /** An infinite bound (the support of a float result, or of an array's elements) bounds every integer. */
    private static boolean isInfinite(Number n) {
        return n instanceof Double d && d.isInfinite();
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof Double d ? BigDecimal.valueOf(d) : new BigDecimal(n.toString());
    }

    /** Each of the result's slices along {@code axis} is one of the input's; without subset, the same multiset. */
    private static void checkSlices(HostArray in, HostArray out, int axis, boolean subset, List<String> problems) {
        int outer = Shapes.outer(in.shape(), axis);
        int inner = Shapes.inner(in.shape(), axis) * in.dtype().javaValuesPerElement();
        int len = in.shape()[axis];
        int values = java.lang.reflect.Array.getLength(out.data());
        // Permutations keep the input's shape; a sample's slice count is what the other axes leave of its size.
        int m = !subset ? out.shape()[axis] : outer * inner == 0 ? 0 : values / (outer * inner);
        Map<List<Object>, Integer> available = new HashMap<>();
        for (int j = 0; j < len; j++) {
            available.merge(slice(in.data(), outer, len, inner, j), 1, Integer::sum);
        }
        for (int j = 0; j < m; j++) {
            List<Object> s = slice(out.data(), outer, m, inner, j);
            Integer left = available.get(s);
            if (left == null || (!subset && left == 0)) {
                problems.add("slice " + j + " along axis " + axis + " is not one of the input's"
                        + (subset ? "" : " (or appears more often than in the input)"));
                return;
            }
            if (!subset) {
                available.put(s, left - 1);
            }
        }
        if (!subset && m != len) {
            problems.add(m + " slices along axis " + axis + ", the input has " + len);
        }
    }

    private static List<Object> slice(Object data, int outer, int len, int inner, int j) {
        List<Object> s = new ArrayList<>(outer * inner);
        for (int o = 0; o < outer; o++) {
            for (int i = 0; i < inner; i++) {
                s.add(java.lang.reflect.Array.get(data, (o * len + j) * inner + i));
            }
        }
        return s;
    }
}
