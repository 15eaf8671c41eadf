package org.sciaccel.cpu.linalg;

/** The vector norms and the row/column-sum matrix norms of {@code scipy.linalg.norm}. */
final class CpuNorms {
    private CpuNorms() {
    }

    /** sum(|x|^p)^(1/p); inf: max |x|; -inf: min |x|; 0: count of non-zeros (as NumPy's norm). */
    static double vector(double[] x, double p) {
        if (p == Double.POSITIVE_INFINITY || p == Double.NEGATIVE_INFINITY) {
            if (x.length == 0) {
                throw new IllegalArgumentException("norm: ord=" + p + " of an empty array has no value (zero-size reduction)");
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
