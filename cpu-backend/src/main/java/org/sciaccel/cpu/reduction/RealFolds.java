package org.sciaccel.cpu.reduction;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuSimd;
import org.sciaccel.spi.Reducer;

/** The float-domain reductions ({@link RealFold}s), one class per kind of arithmetic. */
final class RealFolds {
    private RealFolds() {
    }

    /**
     * The fold of {@code op} (not the arg-extrema) over a float loop.
     *
     * @param n      elements per slice (the means' divisor)
     * @param center per output, the mean the variances subtract (from a MEAN or NANMEAN pass); else null
     */
    static RealFold of(Reducer op, HostArray in, DType loop, Sinks.Real sink, int n, double[] center, double ddof,
            boolean sqrt) {
        switch (op) {
            case SUM: return new Sum(in, loop, sink, false, 1);
            case NANSUM: return new Sum(in, loop, sink, true, 1);
            case MEAN: return new Sum(in, loop, sink, false, n);
            case PROD: return new Prod(in, loop, sink);
            case MIN: return new Extreme(in, loop, sink, false, false);
            case MAX: return new Extreme(in, loop, sink, true, false);
            case NANMIN: return new Extreme(in, loop, sink, false, true);
            case NANMAX: return new Extreme(in, loop, sink, true, true);
            case PTP: return new Ptp(in, loop, sink);
            case NANMEAN: return new NanMean(in, loop, sink);
            case VAR: return new Var(in, loop, sink, center, false, n, ddof, sqrt);
            case NANVAR: return new Var(in, loop, sink, center, true, n, ddof, sqrt);
            default: throw new AssertionError(op + " has no float fold");
        }
    }

    /** The sum, compensated across runs, divided by {@code divisor} (1, or the count for the mean). */
    static final class Sum extends RealFold {
        private final boolean skipNaN;
        private final double divisor;

        Sum(HostArray in, DType loop, Sinks.Real sink, boolean skipNaN, double divisor) {
            super(in, loop, 2, sink);
            this.skipNaN = skipNaN;
            this.divisor = divisor;
        }

        @Override
        void values(double[][] s, int o, double[] v, int off, int len, int pos) {
            Pairwise.addCompensated(s[0], s[1], o, skipNaN ? Pairwise.nanSum(v, off, len) : Pairwise.sum(v, off, len));
        }

        @Override
        boolean floats(double[][] s, int o, float[] v, int off, int len, int pos) {
            if (skipNaN) {
                return false;
            }
            Pairwise.addCompensated(s[0], s[1], o, CpuSimd.enabled() ? CpuLaneReductions.sum(v, off, len)
                    : Pairwise.sum(v, off, len));
            return true;
        }

        @Override
        void rowValues(double[][] s, int o0, double[] v, int off, int len, int pos) {
            double[] a = s[0];
            if (skipNaN) {
                for (int k = 0; k < len; k++) {
                    double x = v[off + k];
                    a[o0 + k] += x == x ? x : 0;
                }
            } else {
                for (int k = 0; k < len; k++) {
                    a[o0 + k] += v[off + k];
                }
            }
        }

        @Override
        boolean rowFloats(double[][] s, int o0, float[] v, int off, int len, int pos) {
            if (skipNaN) {
                return false;
            }
            if (CpuSimd.enabled()) {
                CpuLaneReductions.addInto(s[0], o0, v, off, len);
                return true;
            }
            double[] a = s[0];
            for (int k = 0; k < len; k++) {
                a[o0 + k] += v[off + k];
            }
            return true;
        }

        @Override
        boolean rowsFloats(double[][] s, int o0, float[] v, int from, int stride, int count, int len) {
            if (skipNaN || !CpuSimd.enabled()) {
                return false;
            }
            CpuLaneReductions.addRowsInto(s[0], o0, v, from, stride, count, len);
            return true;
        }

        @Override
        void merge(double[][] into, double[][] later, int o0, int count) {
            for (int o = o0; o < o0 + count; o++) {
                Pairwise.addCompensated(into[0], into[1], o, Pairwise.value(later[0], later[1], o));
            }
        }

        @Override
        double value(double[][] s, int o) {
            return Pairwise.value(s[0], s[1], o) / divisor;
        }
    }

    /** The product, each step rounded to the loop's precision (float16's loop multiplies in float32, as NumPy's). */
    static final class Prod extends RealFold {
        private final boolean single;

        Prod(HostArray in, DType loop, Sinks.Real sink) {
            super(in, loop, 1, sink);
            this.single = loop != DType.FLOAT64;
        }

        @Override
        void init(double[][] s) {
            Arrays.fill(s[0], 1.0);
        }

        @Override
        void values(double[][] s, int o, double[] v, int off, int len, int pos) {
            double p = s[0][o];
            if (single) {
                for (int k = 0; k < len; k++) {
                    p = (float) (p * v[off + k]);
                }
            } else {
                for (int k = 0; k < len; k++) {
                    p *= v[off + k];
                }
            }
            s[0][o] = p;
        }

        @Override
        void rowValues(double[][] s, int o0, double[] v, int off, int len, int pos) {
            double[] a = s[0];
            for (int k = 0; k < len; k++) {
                double p = a[o0 + k] * v[off + k];
                a[o0 + k] = single ? (float) p : p;
            }
        }

        @Override
        void merge(double[][] into, double[][] later, int o0, int count) {
            for (int o = o0; o < o0 + count; o++) {
                double p = into[0][o] * later[0][o];
                into[0][o] = single ? (float) p : p;
            }
        }

        @Override
        double value(double[][] s, int o) {
            return s[0][o];
        }
    }

    /**
     * The minimum or maximum: NaN propagates ({@code numpy.minimum}; Math.min and Math.max return NaN if either
     * argument is), or with {@code skipNaN} is ignored ({@code numpy.fmin}: NaN only when every element is).
     */
    static final class Extreme extends RealFold {
        private final boolean max;
        private final boolean skipNaN;

        Extreme(HostArray in, DType loop, Sinks.Real sink, boolean max, boolean skipNaN) {
            super(in, loop, 1, sink);
            this.max = max;
            this.skipNaN = skipNaN;
        }

        @Override
        void init(double[][] s) {
            Arrays.fill(s[0], skipNaN ? Double.NaN : max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }

        @Override
        void values(double[][] s, int o, double[] v, int off, int len, int pos) {
            double m = s[0][o];
            if (skipNaN) {
                m = max ? fmax(v, off, len, m) : fmin(v, off, len, m);
            } else if (max) {
                double m1 = m, m2 = m, m3 = m;
                int k = 0;
                for (; k <= len - 4; k += 4) {
                    m = Math.max(m, v[off + k]);
                    m1 = Math.max(m1, v[off + k + 1]);
                    m2 = Math.max(m2, v[off + k + 2]);
                    m3 = Math.max(m3, v[off + k + 3]);
                }
                for (; k < len; k++) {
                    m = Math.max(m, v[off + k]);
                }
                m = Math.max(Math.max(m, m1), Math.max(m2, m3));
            } else {
                double m1 = m, m2 = m, m3 = m;
                int k = 0;
                for (; k <= len - 4; k += 4) {
                    m = Math.min(m, v[off + k]);
                    m1 = Math.min(m1, v[off + k + 1]);
                    m2 = Math.min(m2, v[off + k + 2]);
                    m3 = Math.min(m3, v[off + k + 3]);
                }
                for (; k < len; k++) {
                    m = Math.min(m, v[off + k]);
                }
                m = Math.min(Math.min(m, m1), Math.min(m2, m3));
            }
            s[0][o] = m;
        }

        @Override
        boolean floats(double[][] s, int o, float[] v, int off, int len, int pos) {
            if (skipNaN) {
                return false;
            }
            if (CpuSimd.enabled()) {
                s[0][o] = CpuLaneReductions.extreme(v, off, len, (float) s[0][o], max);
                return true;
            }
            float m = (float) s[0][o];
            float m1 = m, m2 = m, m3 = m;
            int k = 0;
            if (max) {
                for (; k <= len - 4; k += 4) {
                    m = Math.max(m, v[off + k]);
                    m1 = Math.max(m1, v[off + k + 1]);
                    m2 = Math.max(m2, v[off + k + 2]);
                    m3 = Math.max(m3, v[off + k + 3]);
                }
                for (; k < len; k++) {
                    m = Math.max(m, v[off + k]);
                }
                m = Math.max(Math.max(m, m1), Math.max(m2, m3));
            } else {
                for (; k <= len - 4; k += 4) {
                    m = Math.min(m, v[off + k]);
                    m1 = Math.min(m1, v[off + k + 1]);
                    m2 = Math.min(m2, v[off + k + 2]);
                    m3 = Math.min(m3, v[off + k + 3]);
                }
                for (; k < len; k++) {
                    m = Math.min(m, v[off + k]);
                }
                m = Math.min(Math.min(m, m1), Math.min(m2, m3));
            }
            s[0][o] = m;
            return true;
        }

        @Override
        void rowValues(double[][] s, int o0, double[] v, int off, int len, int pos) {
            double[] a = s[0];
            if (skipNaN) {
                for (int k = 0; k < len; k++) {
                    a[o0 + k] = max ? fmax(a[o0 + k], v[off + k]) : fmin(a[o0 + k], v[off + k]);
                }
            } else if (max) {
                for (int k = 0; k < len; k++) {
                    a[o0 + k] = Math.max(a[o0 + k], v[off + k]);
                }
            } else {
                for (int k = 0; k < len; k++) {
                    a[o0 + k] = Math.min(a[o0 + k], v[off + k]);
                }
            }
        }

        @Override
        boolean rowFloats(double[][] s, int o0, float[] v, int off, int len, int pos) {
            if (skipNaN) {
                return false;
            }
            if (CpuSimd.enabled()) {
                CpuLaneReductions.extremeInto(s[0], o0, v, off, len, max);
                return true;
            }
            double[] a = s[0];
            if (max) {
                for (int k = 0; k < len; k++) {
                    a[o0 + k] = Math.max(a[o0 + k], v[off + k]);
                }
            } else {
                for (int k = 0; k < len; k++) {
                    a[o0 + k] = Math.min(a[o0 + k], v[off + k]);
                }
            }
            return true;
        }

        @Override
        boolean rowsFloats(double[][] s, int o0, float[] v, int from, int stride, int count, int len) {
            if (skipNaN || !CpuSimd.enabled()) {
                return false;
            }
            CpuLaneReductions.extremeRowsInto(s[0], o0, v, from, stride, count, len, max);
            return true;
        }

        @Override
        void merge(double[][] into, double[][] later, int o0, int count) {
            for (int o = o0; o < o0 + count; o++) {
                double a = into[0][o];
                double b = later[0][o];
                into[0][o] = skipNaN ? (max ? fmax(a, b) : fmin(a, b)) : max ? Math.max(a, b) : Math.min(a, b);
            }
        }

        @Override
        double value(double[][] s, int o) {
            double v = s[0][o];
            if (skipNaN && v != v) {
                flagged = true;
            }
            return v;
        }

        private static double fmax(double[] v, int off, int len, double m) {
            for (int k = 0; k < len; k++) {
                m = fmax(m, v[off + k]);
            }
            return m;
        }

        private static double fmin(double[] v, int off, int len, double m) {
            for (int k = 0; k < len; k++) {
                m = fmin(m, v[off + k]);
            }
            return m;
        }

        /** NumPy's fmax: the other argument when one is NaN. */
        static double fmax(double m, double x) {
            return x > m || m != m ? x : m;
        }

        static double fmin(double m, double x) {
            return x < m || m != m ? x : m;
        }
    }

    /** max - min, subtracted in the loop's precision (NaN propagates). */
    static final class Ptp extends RealFold {
        Ptp(HostArray in, DType loop, Sinks.Real sink) {
            super(in, loop, 2, sink);
        }

        @Override
        void init(double[][] s) {
            Arrays.fill(s[0], Double.POSITIVE_INFINITY);
            Arrays.fill(s[1], Double.NEGATIVE_INFINITY);
        }

        @Override
        void values(double[][] s, int o, double[] v, int off, int len, int pos) {
            double lo = s[0][o];
            double hi = s[1][o];
            for (int k = 0; k < len; k++) {
                lo = Math.min(lo, v[off + k]);
                hi = Math.max(hi, v[off + k]);
            }
            s[0][o] = lo;
            s[1][o] = hi;
        }

        @Override
        void rowValues(double[][] s, int o0, double[] v, int off, int len, int pos) {
            for (int k = 0; k < len; k++) {
                s[0][o0 + k] = Math.min(s[0][o0 + k], v[off + k]);
                s[1][o0 + k] = Math.max(s[1][o0 + k], v[off + k]);
            }
        }

        @Override
        void merge(double[][] into, double[][] later, int o0, int count) {
            for (int o = o0; o < o0 + count; o++) {
                into[0][o] = Math.min(into[0][o], later[0][o]);
                into[1][o] = Math.max(into[1][o], later[1][o]);
            }
        }

        @Override
        double value(double[][] s, int o) {
            double d = s[1][o] - s[0][o];
            // The difference of two values of the loop is exact in double; rounding it once is the loop's subtraction.
            return loop == DType.FLOAT64 ? d : (float) d;
        }
    }

    /** The sum of the elements not NaN over their count; a slice without any is NaN and flags. */
    static final class NanMean extends RealFold {
        NanMean(HostArray in, DType loop, Sinks.Real sink) {
            super(in, loop, 3, sink);
        }

        @Override
        void values(double[][] s, int o, double[] v, int off, int len, int pos) {
            Pairwise.addCompensated(s[0], s[1], o, Pairwise.nanSum(v, off, len));
            s[2][o] += Pairwise.countNotNaN(v, off, len);
        }

        @Override
        void rowValues(double[][] s, int o0, double[] v, int off, int len, int pos) {
            for (int k = 0; k < len; k++) {
                double x = v[off + k];
                if (x == x) {
                    s[0][o0 + k] += x;
                    s[2][o0 + k] += 1;
                }
            }
        }

        @Override
        void merge(double[][] into, double[][] later, int o0, int count) {
            for (int o = o0; o < o0 + count; o++) {
                Pairwise.addCompensated(into[0], into[1], o, Pairwise.value(later[0], later[1], o));
                into[2][o] += later[2][o];
            }
        }

        @Override
        double value(double[][] s, int o) {
            if (s[2][o] == 0) {
                flagged = true;
            }
            return Pairwise.value(s[0], s[1], o) / s[2][o];
        }

        /** The mean of output {@code o} (the variances' center). */
        double mean(double[][] s, int o) {
            return Pairwise.value(s[0], s[1], o) / s[2][o];
        }
    }

    /**
     * {@code sum((x - center)^2) / max(n - ddof, 0)}, or over the elements not NaN with {@code skipNaN}, where a
     * slice with {@code count - ddof <= 0} is NaN and flags; the square root for std.
     */
    static final class Var extends RealFold {
        private final double[] center;
        private final boolean skipNaN;
        private final int n;
        private final double ddof;
        private final boolean sqrt;

        Var(HostArray in, DType loop, Sinks.Real sink, double[] center, boolean skipNaN, int n, double ddof,
                boolean sqrt) {
            super(in, loop, 3, sink);
            this.center = center;
            this.skipNaN = skipNaN;
            this.n = n;
            this.ddof = ddof;
            this.sqrt = sqrt;
        }

        @Override
        void values(double[][] s, int o, double[] v, int off, int len, int pos) {
            Pairwise.addCompensated(s[0], s[1], o, Pairwise.squares(v, off, len, center[o], skipNaN));
            if (skipNaN) {
                s[2][o] += Pairwise.countNotNaN(v, off, len);
            }
        }

        @Override
        void rowValues(double[][] s, int o0, double[] v, int off, int len, int pos) {
            for (int k = 0; k < len; k++) {
                double x = v[off + k];
                if (skipNaN) {
                    if (x != x) {
                        continue;
                    }
                    s[2][o0 + k] += 1;
                }
                double d = x - center[o0 + k];
                s[0][o0 + k] += d * d;
            }
        }

        @Override
        void merge(double[][] into, double[][] later, int o0, int count) {
            for (int o = o0; o < o0 + count; o++) {
                Pairwise.addCompensated(into[0], into[1], o, Pairwise.value(later[0], later[1], o));
                into[2][o] += later[2][o];
            }
        }

        @Override
        double value(double[][] s, int o) {
            double sq = Pairwise.value(s[0], s[1], o);
            double v;
            if (skipNaN) {
                double dof = s[2][o] - ddof;
                if (dof <= 0) {
                    flagged = true;
                    v = Double.NaN;
                } else {
                    v = sq / dof;
                }
            } else {
                v = sq / Math.max(n - ddof, 0);
            }
            return sqrt ? Math.sqrt(v) : v;
        }
    }
}
