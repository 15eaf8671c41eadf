package org.sciaccel.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.io.Npy;

/**
 * The property checks of NumPy's sorting family (named in {@code golden/numpy/sorting/cases.jsonl})
 * for the results NumPy leaves to its algorithm: how {@code partition} arranges the elements on
 * either side of each kth position, and in which order {@code argsort} with a kind other than
 * stable lists equal elements. Each compares exactly, with NumPy's sorted values ({@code sorted}, an
 * attribute of the expected result: {@code np.sort(a, axis)}) as the reference:
 * <ul>
 * <li>{@code partition_property}: every line of the result holds the same values as the sorted line
 * (a permutation of the input's), the element at every kth position equals the sorted line's, and no
 * element before it is greater, none after it smaller;</li>
 * <li>{@code argpartition_property}: every line of the indices is a permutation of the line's
 * positions, and the input taken at them satisfies {@code partition_property};</li>
 * <li>{@code argsort_property}: every line of the indices is a permutation, and the input taken at
 * them equals the sorted line element by element.</li>
 * </ul>
 * "Equal" and the order are NumPy's: integers exactly, floats by value ({@code -0.0 == 0.0}) with
 * NaN after every number and equal to NaN, complex numbers as NumPy orders them. dtype and shape
 * must be NumPy's.
 */
final class SortingGoldenChecks {
    private SortingGoldenChecks() {
    }

    static void registerAll() {
        GoldenChecks.register("partition_property", (c, got, in) -> check(c, got, in, Kind.PARTITION));
        GoldenChecks.register("argpartition_property", (c, got, in) -> check(c, got, in, Kind.ARGPARTITION));
        GoldenChecks.register("argsort_property", (c, got, in) -> check(c, got, in, Kind.ARGSORT));
    }

    private enum Kind { PARTITION, ARGPARTITION, ARGSORT }

    /** One element, comparable in NumPy's order. */
    private record Elem(int kind, long bits, double re, double im) {
    }

    private static final Comparator<Elem> ORDER = SortingGoldenChecks::compare;

    private static String check(GoldenCall c, Map<String, Object> got, List<HostArray> inputs, Kind kind) {
        HostArray expected = (HostArray) GoldenChecks.expected(c, "result");
        if (!(got.get("result") instanceof HostArray r)) {
            return "result: got " + got.get("result") + ", expected an array";
        }
        if (r.dtype() != expected.dtype() || !Arrays.equals(r.shape(), expected.shape())) {
            return "result: " + r.dtype() + " " + Arrays.toString(r.shape()) + ", NumPy's " + expected.dtype() + " "
                    + Arrays.toString(expected.shape());
        }
        HostArray sorted = Npy.read(c.dir().resolve((String) GoldenChecks.attribute(c, "result", "sorted")));
        HostArray input = inputs.get(0);
        Object axisAttr = GoldenChecks.attribute(c, "result", "axis");
        Integer axis = "none".equals(axisAttr) ? null : Json.number(axisAttr).intValue();
        int[] kth = kind == Kind.ARGSORT ? new int[0] : Json.ints(GoldenChecks.attribute(c, "result", "kth"));
        int[] shape = axis == null ? new int[] {input.size()} : input.shape();
        int ax = axis == null ? 0 : (axis < 0 ? axis + shape.length : axis);
        int n = shape.length == 0 ? 1 : shape[ax];
        int inner = 1;
        for (int d = ax + 1; d < shape.length; d++) {
            inner *= shape[d];
        }
        int lines = n == 0 ? 0 : input.size() / n;
        for (int line = 0; line < lines; line++) {
            int o = line / inner;
            int k = line % inner;
            int start = o * n * inner + k;
            List<Elem> ref = new ArrayList<>();
            List<Elem> res = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int at = start + i * inner;
                ref.add(elem(sorted, at));
                if (kind == Kind.PARTITION) {
                    res.add(elem(r, at));
                } else {
                    long idx = r.getLong(at);
                    if (idx < 0 || idx >= n) {
                        return "line " + line + ": index " + idx + " out of [0, " + n + ")";
                    }
                    res.add(elem(input, (int) (start + idx * inner)));
                }
            }
            if (kind != Kind.PARTITION) {
                boolean[] seen = new boolean[n];
                for (int i = 0; i < n; i++) {
                    int idx = (int) r.getLong(start + i * inner);
                    if (seen[idx]) {
                        return "line " + line + ": index " + idx + " appears twice (not a permutation)";
                    }
                    seen[idx] = true;
                }
            }
            if (kind == Kind.ARGSORT) {
                for (int i = 0; i < n; i++) {
                    if (compare(res.get(i), ref.get(i)) != 0) {
                        return "line " + line + " position " + i + ": a[index] = " + show(res.get(i)) + ", NumPy's sorted "
                                + show(ref.get(i));
                    }
                }
                continue;
            }
            List<Elem> both = new ArrayList<>(res);
            both.sort(ORDER);
            for (int i = 0; i < n; i++) {
                if (compare(both.get(i), ref.get(i)) != 0) {
                    return "line " + line + ": the values are not a permutation of the input's (sorted position " + i
                            + ": " + show(both.get(i)) + " vs " + show(ref.get(i)) + ")";
                }
            }
            for (int kk : kth) {
                int kpos = kk < 0 ? kk + n : kk;
                Elem pivot = res.get(kpos);
                if (compare(pivot, ref.get(kpos)) != 0) {
                    return "line " + line + " kth " + kk + ": " + show(pivot) + ", the sorted line has " + show(ref.get(kpos));
                }
                for (int i = 0; i < n; i++) {
                    int cmp = compare(res.get(i), pivot);
                    if ((i < kpos && cmp > 0) || (i > kpos && cmp < 0)) {
                        return "line " + line + " kth " + kk + ": " + show(res.get(i)) + " at " + i + " is on the wrong side"
                                + " of " + show(pivot);
                    }
                }
            }
        }
        return null;
    }

    private static Elem elem(HostArray a, int i) {
        DType t = a.dtype();
        if (t.isComplex()) {
            double re;
            double im;
            if (a.data() instanceof float[] f) {
                re = f[2 * i];
                im = f[2 * i + 1];
            } else {
                double[] d = (double[]) a.data();
                re = d[2 * i];
                im = d[2 * i + 1];
            }
            return new Elem(3, 0, re, im);
        }
        if (t.isFloatingPoint()) {
            return new Elem(2, 0, a.getDouble(i), 0);
        }
        return new Elem(t == DType.UINT64 ? 1 : 0, a.getLong(i), 0, 0);
    }

    /** NumPy's order: -1, 0 (equal: -0.0 and 0.0, NaN and NaN) or 1. */
    private static int compare(Elem x, Elem y) {
        switch (x.kind) {
            case 0: return Long.compare(x.bits, y.bits);
            case 1: return Long.compareUnsigned(x.bits, y.bits);
            case 2: return realCompare(x.re, y.re);
            default:
                if (complexLess(x.re, x.im, y.re, y.im)) {
                    return -1;
                }
                return complexLess(y.re, y.im, x.re, x.im) ? 1 : 0;
        }
    }

    private static int realCompare(double a, double b) {
        boolean na = a != a;
        boolean nb = b != b;
        if (na || nb) {
            return na == nb ? 0 : na ? 1 : -1;
        }
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /** numpy's CFLOAT_LT. */
    private static boolean complexLess(double ar, double ai, double br, double bi) {
        if (ar < br) {
            return ai == ai || bi != bi;
        } else if (ar > br) {
            return bi != bi && ai == ai;
        } else if (ar == br || (ar != ar && br != br)) {
            return ai < bi || (bi != bi && ai == ai);
        }
        return br != br;
    }

    private static String show(Elem e) {
        switch (e.kind) {
            case 0: return Long.toString(e.bits);
            case 1: return Long.toUnsignedString(e.bits);
            case 2: return Double.toString(e.re);
            default: return "(" + e.re + (e.im < 0 || e.im != e.im ? "" : "+") + e.im + "j)";
        }
    }
}
