package org.sciaccel.stats;

import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.numpy.Numpy;
import org.sciaccel.numpy.ReductionOptions;

/**
 * Central moments and the statistics made of them (moment, skew, kurtosis, describe), on the array's
 * backend: each is SciPy's sequence of array operations along the last axis (see {@link StatsArgs#lastAxis}).
 */
final class StatsMoments {
    private static final ReductionOptions LAST = ReductionOptions.over(-1);
    private static final ReductionOptions LAST_KEEP = ReductionOptions.over(-1).keepdims(true);

    private StatsMoments() {
    }

    /** np.finfo(dtype).resolution. */
    static double resolution(DType t) {
        return t == DType.FLOAT32 ? 1e-6 : t == DType.FLOAT16 ? 1e-3 : 1e-15;
    }

    /** The mean along the last axis, kept as a length-1 axis. */
    static NDArray meanKeep(StatsScope s, NDArray x) {
        return s.t(Numpy.mean(x, LAST_KEEP));
    }

    /**
     * SciPy's central moment of order {@code k} along the last axis of {@code x} about {@code mean} (kept dims):
     * the deviations raised by repeated squaring in SciPy's order, then averaged.
     */
    static NDArray centralMoment(StatsScope s, NDArray x, int k, NDArray mean) {
        if (k == 0 || k == 1) {
            int[] shape = dropLast(x.shape());
            DType t = StatsArgs.floatType(x);
            return s.t(Numpy.full(x.backend(), shape, k == 0 ? 1.0 : 0.0, t));
        }
        java.util.List<Integer> ns = new java.util.ArrayList<>();
        ns.add(k);
        int cur = k;
        while (cur > 2) {
            cur = cur % 2 != 0 ? (cur - 1) / 2 : cur / 2;
            ns.add(cur);
        }
        NDArray dev = s.t(Numpy.subtract(x, mean));
        NDArray p = ns.get(ns.size() - 1) == 1 ? dev : s.t(Numpy.square(dev));
        for (int i = ns.size() - 2; i >= 0; i--) {
            p = s.t(Numpy.square(p));
            if (ns.get(i) % 2 != 0) {
                p = s.t(Numpy.multiply(p, dev));
            }
        }
        return s.t(Numpy.mean(p, LAST));
    }

    static int[] dropLast(int[] shape) {
        return java.util.Arrays.copyOf(shape, Math.max(0, shape.length - 1));
    }

    /** scipy.stats.moment along the last axis of x (orders given). */
    static NDArray moment(StatsScope s, NDArray x, int[] orders) {
        if (x.size() == 0) {
            NDArray m = s.t(Numpy.mean(x, LAST));
            return orders.length == 1 ? m : s.t(Numpy.stack(repeat(m, orders.length), 0));
        }
        NDArray mean = meanKeep(s, x);
        NDArray[] r = new NDArray[orders.length];
        for (int i = 0; i < orders.length; i++) {
            r[i] = centralMoment(s, x, orders[i], mean);
        }
        return orders.length == 1 ? r[0] : s.t(Numpy.stack(r, 0));
    }

    private static NDArray[] repeat(NDArray a, int n) {
        NDArray[] r = new NDArray[n];
        java.util.Arrays.fill(r, a);
        return r;
    }

    /** SciPy's "zero" test of skew/kurtosis: m2 <= (resolution * mean)**2. */
    private static NDArray nearConstant(StatsScope s, NDArray m2, NDArray mean) {
        NDArray m = s.t(Numpy.squeeze(mean, -1));
        NDArray bound = s.t(Numpy.square(s.t(Numpy.multiply(resolution(m2.dtype()), m))));
        return s.t(Numpy.lessEqual(m2, bound));
    }

    /** scipy.stats.skew along the last axis of x. */
    static NDArray skew(StatsScope s, NDArray x, boolean bias) {
        int n = x.shape(x.ndim() - 1);
        NDArray mean = meanKeep(s, x);
        NDArray m2 = centralMoment(s, x, 2, mean);
        NDArray m3 = centralMoment(s, x, 3, mean);
        NDArray zero = nearConstant(s, m2, mean);
        NDArray m2p = s.t(Numpy.power(m2, 1.5));
        NDArray ratio = s.t(Numpy.divide(m3, m2p));
        NDArray vals = s.t(Numpy.where(zero, Double.NaN, ratio));
        if (!bias && n > 2) {
            double c = Math.sqrt((n - 1.0) * n) / (n - 2.0);
            NDArray nval = s.t(Numpy.divide(s.t(Numpy.multiply(c, m3)), m2p));
            vals = s.t(Numpy.where(zero, vals, nval));
        }
        return vals;
    }

    /** scipy.stats.kurtosis along the last axis of x. */
    static NDArray kurtosis(StatsScope s, NDArray x, boolean fisher, boolean bias) {
        int n = x.shape(x.ndim() - 1);
        NDArray mean = meanKeep(s, x);
        NDArray m2 = centralMoment(s, x, 2, mean);
        NDArray m4 = centralMoment(s, x, 4, mean);
        NDArray zero = nearConstant(s, m2, mean);
        NDArray m2sq = s.t(Numpy.power(m2, 2.0));
        NDArray ratio = s.t(Numpy.divide(m4, m2sq));
        NDArray vals = s.t(Numpy.where(zero, Double.NaN, ratio));
        if (!bias && n > 3) {
            // 1/(n-2)/(n-3) * ((n**2-1)*m4/m2**2 - 3*(n-1)**2) + 3, in SciPy's order
            double a = 1.0 / (n - 2) / (n - 3);
            double nn = (double) n * n - 1.0;
            double b = 3 * Math.pow(n - 1, 2.0);
            NDArray t = s.t(Numpy.divide(s.t(Numpy.multiply(nn, m4)), m2sq));
            NDArray nval = s.t(Numpy.add(s.t(Numpy.multiply(a, s.t(Numpy.subtract(t, b)))), 3.0));
            vals = s.t(Numpy.where(zero, vals, nval));
        }
        return fisher ? s.t(Numpy.subtract(vals, 3.0)) : vals;
    }

    /** SciPy's _var: the second central moment times n/(n - ddof). */
    static NDArray var(StatsScope s, NDArray x, int ddof) {
        NDArray mean = meanKeep(s, x);
        NDArray v = centralMoment(s, x, 2, mean);
        if (ddof != 0) {
            int n = x.shape(x.ndim() - 1);
            double f = (double) n / (n - ddof);
            if (v.ndim() == 0 && v.dtype() != DType.FLOAT64 && v.dtype().isFloatingPoint()) {
                // SciPy's 1-D path: a NumPy scalar times np.divide's float64 scalar promotes to float64
                v = s.t(v.astype(DType.FLOAT64));
            }
            v = s.t(Numpy.multiply(v, f));
        }
        return v;
    }
}
