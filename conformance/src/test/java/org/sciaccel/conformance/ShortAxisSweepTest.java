package org.sciaccel.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sciaccel.Backend;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.FilterOptions;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;

/**
 * Windows longer than an axis, on every backend: axes of length 1 to 3 under windows of 1 to 8
 * (the line's extension then folds more than once, and no position has its whole window inside),
 * every mode, the origins at their lower limit, zero and their upper limit, the short axis alone or
 * beside a long one (first, last, middle), so that the backends' interior/edge splits and their
 * tiled paths all meet it. Each result is compared with a direct evaluation of SciPy's definition
 * (every tap through {@link Mode#extendIndex}, whose rules generate_filters.py's golden cases check
 * against SciPy itself) under {@link Tolerances}. The inputs are integers, so every sum but the
 * uniform filters' running sums is exact.
 */
class ShortAxisSweepTest {
    static List<String> backends() {
        return TestBackends.available();
    }

    /** One filter as the facade runs it and as the reference evaluates it. */
    private interface Filter {
        NDArray run(NDArray in, int axis, int w, int origin, Mode mode, double cval, boolean[] fp, double[] wts);

        /** Reduces the tap values (in tap order) of one window; taps where fp is false are skipped. */
        double reduce(double[] vals, int count, double[] tapWeights);

        /** Whether the filter has an n-D footprint (else it runs along {@code axis} only). */
        boolean nd();
    }

    private static Filter oneD(String name, Op1 op, Function<double[], Double> reduce) {
        return new Filter() {
            @Override
            public NDArray run(NDArray in, int axis, int w, int origin, Mode mode, double cval, boolean[] fp,
                    double[] wts) {
                return op.run(in, axis, w, origin, mode, cval, wts);
            }

            @Override
            public double reduce(double[] vals, int count, double[] tapWeights) {
                double[] v = java.util.Arrays.copyOf(vals, count);
                return name.equals("correlate1d") ? dot(v, tapWeights) : reduce.apply(v);
            }

            @Override
            public boolean nd() {
                return false;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    private interface Op1 {
        NDArray run(NDArray in, int axis, int w, int origin, Mode mode, double cval, double[] wts);
    }

    private static double dot(double[] v, double[] w) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * w[i];
        }
        return s;
    }

    private static double min(double[] v) {
        double r = v[0];
        for (double x : v) {
            r = Math.min(r, x);
        }
        return r;
    }

    private static double max(double[] v) {
        double r = v[0];
        for (double x : v) {
            r = Math.max(r, x);
        }
        return r;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double kth(double[] v, int rank) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[rank];
    }

    private static final List<Filter> FILTERS = List.of(
            oneD("correlate1d", (in, ax, w, o, m, c, wts) -> Ndimage.correlate1d(in, wts, ax, m, c, o, null), null),
            oneD("uniform_filter1d", (in, ax, w, o, m, c, wts) -> Ndimage.uniformFilter1d(in, w, ax, m, c, o, null),
                    ShortAxisSweepTest::mean),
            oneD("minimum_filter1d", (in, ax, w, o, m, c, wts) -> Ndimage.minimumFilter1d(in, w, ax, m, c, o, null),
                    ShortAxisSweepTest::min),
            oneD("maximum_filter1d", (in, ax, w, o, m, c, wts) -> Ndimage.maximumFilter1d(in, w, ax, m, c, o, null),
                    ShortAxisSweepTest::max),
            ndFilter("correlate", true),
            ndFilter("rank_filter", false),
            ndFilter("minimum_filter", false),
            ndFilter("maximum_filter", false));

    /** The footprint filters: window {@code w} along the short axis, 3 along the others. */
    private static Filter ndFilter(String name, boolean weighted) {
        return new Filter() {
            @Override
            public NDArray run(NDArray in, int axis, int w, int origin, Mode mode, double cval, boolean[] fp,
                    double[] wts) {
                int[] fshape = footprintShape(in.shape(), axis, w);
                int[] origins = new int[fshape.length];
                origins[axis] = origin;
                FilterOptions opt = FilterOptions.defaults().mode(mode).cval(cval).origin(origins);
                Backend b = in.backend();
                if (weighted) {
                    try (NDArray k = NDArray.fromHost(b, HostArray.fromDoubles(wts, DType.FLOAT64, fshape))) {
                        return Ndimage.correlate(in, k, opt);
                    }
                }
                try (NDArray f = NDArray.fromHost(b, new HostArray(DType.BOOL, fshape, bools(fp)))) {
                    switch (name) {
                        case "rank_filter": return Ndimage.rankFilter(in, rankOf(fp), f, opt);
                        case "minimum_filter": return Ndimage.minimumFilter(in, f, opt);
                        default: return Ndimage.maximumFilter(in, f, opt);
                    }
                }
            }

            @Override
            public double reduce(double[] vals, int count, double[] tapWeights) {
                double[] v = java.util.Arrays.copyOf(vals, count);
                switch (name) {
                    case "correlate": return dot(v, tapWeights);
                    case "rank_filter": return kth(v, rankOf(count));
                    case "minimum_filter": return min(v);
                    default: return max(v);
                }
            }

            @Override
            public boolean nd() {
                return true;
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    /** A rank between the ends (the ends are the min/max filters' paths). */
    private static int rankOf(boolean[] fp) {
        int n = 0;
        for (boolean b : fp) {
            if (b) n++;
        }
        return rankOf(n);
    }

    private static int rankOf(int taps) {
        return taps / 3;
    }

    private static byte[] bools(boolean[] fp) {
        byte[] b = new byte[fp.length];
        for (int i = 0; i < fp.length; i++) {
            b[i] = (byte) (fp[i] ? 1 : 0);
        }
        return b;
    }

    private static int[] footprintShape(int[] shape, int axis, int w) {
        int[] f = new int[shape.length];
        for (int a = 0; a < f.length; a++) {
            f[a] = a == axis ? w : 3;
        }
        return f;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void windowsLongerThanTheAxisMatchTheDefinition(String backendName) {
        Backend backend = TestBackends.get(backendName);
        TestBackends.assumeSupports(backend, DType.FLOAT64);
        Random rnd = new Random(12);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (int n = 1; n <= 3; n++) {
            int[][] shapes = {{n}, {n, 37}, {37, n}, {2, n, 3}};
            int[] axes = {0, 0, 1, 1};
            for (int s = 0; s < shapes.length; s++) {
                int[] shape = shapes[s];
                int axis = axes[s];
                double[] data = new double[size(shape)];
                for (int i = 0; i < data.length; i++) {
                    data[i] = rnd.nextInt(41) - 20;
                }
                try (NDArray in = NDArray.fromHost(backend, HostArray.fromDoubles(data, DType.FLOAT64, shape))) {
                    for (int w = 1; w <= 8; w++) {
                        int[] origins = {-(w / 2), 0, (w - 1) / 2};
                        for (Mode mode : Mode.values()) {
                            for (Filter f : FILTERS) {
                                int origin = origins[calls % 3];
                                calls++;
                                int[] fshape = f.nd() ? footprintShape(shape, axis, w) : lineShape(shape, axis, w);
                                boolean[] fp = new boolean[size(fshape)];
                                double[] wts = new double[fp.length];
                                for (int i = 0; i < fp.length; i++) {
                                    fp[i] = f.toString().equals("correlate") || i == 0 || rnd.nextInt(3) > 0;
                                    wts[i] = rnd.nextInt(7) - 3;
                                }
                                if (f.toString().equals("correlate")) {
                                    for (int i = 0; i < fp.length; i++) {
                                        fp[i] = wts[i] != 0;
                                    }
                                }
                                double cval = rnd.nextInt(9) - 4;
                                double[] want = reference(data, shape, fp, fshape, wts, axis, origin, mode, cval, f);
                                String what = f + " shape=" + java.util.Arrays.toString(shape) + " axis=" + axis
                                        + " size=" + w + " origin=" + origin + " mode=" + mode.scipyName()
                                        + " cval=" + cval;
                                try (NDArray got = f.run(in, axis, w, origin, mode, cval, fp,
                                        f.nd() ? wts : java.util.Arrays.copyOf(wts, w))) {
                                    String m = Tolerances.mismatch(HostArray.fromDoubles(want, DType.FLOAT64, shape),
                                            got.toHost());
                                    if (m != null) {
                                        failures.add(what + ": " + m);
                                    }
                                } catch (RuntimeException e) {
                                    failures.add(what + ": " + e);
                                }
                            }
                        }
                    }
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + calls + " calls differ from the definition; first:\n"
                    + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
        }
    }

    /** A 1-D filter's window as a footprint: w along the axis, 1 along the others. */
    private static int[] lineShape(int[] shape, int axis, int w) {
        int[] f = new int[shape.length];
        java.util.Arrays.fill(f, 1);
        f[axis] = w;
        return f;
    }

    private static int size(int[] shape) {
        int n = 1;
        for (int s : shape) {
            n *= s;
        }
        return n;
    }

    /**
     * SciPy's definition, directly: output[p] reduces input[extend(p + idx - fshape/2 - origin)] over
     * the footprint's taps in row-major order (the origin only along {@code axis}); the constant
     * modes give cval outside. The 1-D filters use every tap of their line.
     */
    private static double[] reference(double[] in, int[] shape, boolean[] fp, int[] fshape, double[] wts, int axis,
            int origin, Mode mode, double cval, Filter f) {
        int nd = shape.length;
        int code = mode.filterCode();
        boolean allTaps = !f.nd();
        double[] out = new double[in.length];
        double[] vals = new double[fp.length];
        double[] tapW = new double[fp.length];
        int[] p = new int[nd];
        int[] idx = new int[nd];
        for (int o = 0; o < in.length; o++) {
            unravel(o, shape, p);
            int count = 0;
            for (int t = 0; t < fp.length; t++) {
                if (!allTaps && !fp[t]) {
                    continue;
                }
                unravel(t, fshape, idx);
                int flat = 0;
                boolean outside = false;
                for (int a = 0; a < nd; a++) {
                    int q = p[a] + idx[a] - fshape[a] / 2 - (a == axis ? origin : 0);
                    int e = Mode.extendIndex(q, shape[a], code);
                    if (e < 0) {
                        outside = true;
                    }
                    flat = flat * shape[a] + Math.max(e, 0);
                }
                tapW[count] = wts[t];
                vals[count++] = outside ? cval : in[flat];
            }
            out[o] = f.reduce(vals, count, java.util.Arrays.copyOf(tapW, count));
        }
        return out;
    }

    private static void unravel(int flat, int[] shape, int[] idx) {
        for (int a = shape.length - 1; a >= 0; a--) {
            idx[a] = flat % shape[a];
            flat /= shape[a];
        }
    }
}
