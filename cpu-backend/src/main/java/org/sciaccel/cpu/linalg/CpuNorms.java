package org.sciaccel.cpu.linalg;

import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.cpu.CpuThreads;
import org.sciaccel.linalg.NormPlan;

/**
 * {@code scipy.linalg.norm} as NumPy's {@code linalg.norm} computes it: the vector norms along an
 * axis and the matrix norms over two, of real or complex arrays (moduli, and for the 2-norm, -2-norm
 * and nuclear norm of a complex matrix the singular values of its real form [[Re, -Im], [Im, Re]],
 * which are its own, each twice), in double precision, each result rounded once to the plan's dtype.
 */
final class CpuNorms {
    private CpuNorms() {
    }

    /** The plan's norms of {@code a} (any dtype), spread over the pool except where LAPACK's SVD runs. */
    static HostArray compute(CpuThreads threads, HostArray a, NormPlan plan) {
        boolean complex = a.dtype().isComplex();
        double[] v = complex ? CpuComplexSolvers.interleaved(a) : a.dtype() == DType.FLOAT64 ? (double[]) a.data() : a.toDoubles();
        for (double x : v) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("norm: a: array must not contain infs or NaNs");
            }
        }
        int[] shape = plan.shape();
        int nd = shape.length;
        long[] stride = new long[nd];
        long st = 1;
        for (int d = nd - 1; d >= 0; d--) {
            stride[d] = st;
            st *= shape[d];
        }
        int[] axes = plan.axes();
        // The remaining axes, outermost first: the results' row-major order.
        int[] rest = new int[nd - axes.length];
        int r = 0;
        for (int d = 0; d < nd; d++) {
            if (d != axes[0] && (axes.length == 1 || d != axes[1])) {
                rest[r++] = d;
            }
        }
        int count = 1;
        for (int d : rest) {
            count *= shape[d];
        }
        double[] out = new double[count];
        int rows = shape[axes[0]];
        int cols = plan.matrix() ? shape[axes[1]] : 1;
        boolean svd = plan.matrix() && (plan.ord().equals("2") || plan.ord().equals("-2") || plan.ord().equals("nuc"));
        CpuThreads.RangeBody body = (from, to) -> {
            for (int o = from; o < to; o++) {
                long base = 0;
                int rem = o;
                for (int q = rest.length - 1; q >= 0; q--) {
                    base += (rem % shape[rest[q]]) * stride[rest[q]];
                    rem /= shape[rest[q]];
                }
                out[o] = plan.matrix()
                        ? matrixNorm(v, complex, base, stride[axes[0]], stride[axes[1]], rows, cols, plan.ord())
                        : vector(line(v, complex, base, stride[axes[0]], rows), plan.p());
            }
        };
        if (svd) {
            body.run(0, count);  // LAPACK from one thread: the Java translation is not known to be reentrant
        } else {
            threads.parallelFor(count, (long) count * rows * cols, body);
        }
        return HostArray.fromDoubles(out, plan.outType(), plan.outShape());
    }

    /** |x| of the len elements from base with the given stride. */
    private static double[] line(double[] v, boolean complex, long base, long step, int len) {
        double[] x = new double[len];
        for (int i = 0; i < len; i++) {
            long e = base + i * step;
            x[i] = complex ? Math.hypot(v[(int) (2 * e)], v[(int) (2 * e + 1)]) : v[(int) e];
        }
        return x;
    }

    private static double matrixNorm(double[] v, boolean complex, long base, long rowStep, long colStep, int m, int n,
            String ord) {
        double[] mag = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                long e = base + i * rowStep + j * colStep;
                mag[i * n + j] = complex ? Math.hypot(v[(int) (2 * e)], v[(int) (2 * e + 1)]) : v[(int) e];
            }
        }
        switch (ord) {
            case "fro":
                return vector(mag, 2);
            case "1":
            case "-1":
                return extremeSum(mag, m, n, false, ord.equals("1"));
            case "inf":
            case "-inf":
                return extremeSum(mag, m, n, true, ord.equals("inf"));
            default: {
                double[] s = complex ? complexSingularValues(v, base, rowStep, colStep, m, n) : singularValues(mag, m, n);
                if (ord.equals("nuc")) {
                    double sum = 0;
                    for (double x : s) {
                        sum += x;
                    }
                    return sum;
                }
                return s.length == 0 ? 0 : ord.equals("2") ? s[0] : s[s.length - 1];
            }
        }
    }

    /** NumPy's 2-norm and nuclear norm take svd(a, compute_uv=False): gesdd with jobz 'N', descending. */
    private static double[] singularValues(double[] d, int m, int n) {
        if (Math.min(m, n) == 0) {
            return new double[0];
        }
        return CpuLapack.gesdd(d, m, n, false, false, false)[1];
    }

    /** A complex matrix's singular values: every other one of its real form's. */
    private static double[] complexSingularValues(double[] v, long base, long rowStep, long colStep, int m, int n) {
        int k = Math.min(m, n);
        if (k == 0) {
            return new double[0];
        }
        double[] r = new double[4 * m * n];
        int w = 2 * n;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                long e = base + i * rowStep + j * colStep;
                double re = v[(int) (2 * e)];
                double im = v[(int) (2 * e + 1)];
                r[i * w + j] = re;
                r[i * w + n + j] = -im;
                r[(m + i) * w + j] = im;
                r[(m + i) * w + n + j] = re;
            }
        }
        double[] s2 = CpuLapack.gesdd(r, 2 * m, 2 * n, false, false, false)[1];
        double[] s = new double[k];
        for (int i = 0; i < k; i++) {
            s[i] = s2[2 * i];
        }
        return s;
    }

    /** sum(|x|^p)^(1/p); inf: max |x|; -inf: min |x|; 0: count of non-zeros (as NumPy's norm). */
    static double vector(double[] x, double p) {
        if (p == Double.POSITIVE_INFINITY || p == Double.NEGATIVE_INFINITY) {
            if (x.length == 0) {
                throw new IllegalArgumentException("norm: ord=" + p + " of an empty array has no value"
                        + " (zero-size array to reduction operation which has no identity)");
            }
            double r = Math.abs(x[0]);
            for (double v : x) {
                r = p > 0 ? Math.max(r, Math.abs(v)) : Math.min(r, Math.abs(v));
            }
            return r;
        }
        if (p == 0) {
            int c = 0;
            for (double v : x) {
                if (v != 0) {
                    c++;
                }
            }
            return c;
        }
        if (p == 2) {
            // Scaled sum of squares (as BLAS nrm2) so that huge or tiny values do not overflow.
            double scale = 0;
            for (double v : x) {
                scale = Math.max(scale, Math.abs(v));
            }
            if (scale == 0 || Double.isInfinite(scale) || Double.isNaN(scale)) {
                double s = 0;
                for (double v : x) {
                    s += v * v;
                }
                return Math.sqrt(s);
            }
            double s = 0;
            for (double v : x) {
                double t = v / scale;
                s += t * t;
            }
            return scale * Math.sqrt(s);
        }
        if (p == 1) {
            double s = 0;
            for (double v : x) {
                s += Math.abs(v);
            }
            return s;
        }
        double s = 0;
        for (double v : x) {
            s += Math.pow(Math.abs(v), p);
        }
        return Math.pow(s, 1.0 / p);
    }

    /** Max (or min) over rows (byRow) or columns of the sums of absolute values. */
    static double extremeSum(double[] a, int m, int n, boolean byRow, boolean max) {
        int count = byRow ? m : n;
        if (count == 0 || (byRow ? n : m) == 0 && count == 0) {
            throw new IllegalArgumentException("norm: the matrix is empty");
        }
        double[] sums = new double[count];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                sums[byRow ? i : j] += Math.abs(a[i * n + j]);
            }
        }
        double r = sums[0];
        for (double s : sums) {
            r = max ? Math.max(r, s) : Math.min(r, s);
        }
        return r;
    }
}
