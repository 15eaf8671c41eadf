package org.sciaccel.cpu.spatial;

import org.sciaccel.spi.DistanceMetric;
import org.sciaccel.spi.DistanceMetric.Kind;

/**
 * The unweighted Minkowski-family metrics (euclidean, sqeuclidean, cityblock, chebyshev) of one row against a
 * block of rows, four pairs at a time: four independent sums keep the core's adders busy where one pair's sum
 * is a chain of dependent additions. Each pair is still summed over its features in order, so every distance
 * equals {@link DistanceMetric#between}'s to the bit.
 */
final class PairLoops {
    private PairLoops() {
    }

    /** Whether {@code m} has a loop here. */
    static boolean covers(DistanceMetric m) {
        if (m.w() != null) {
            return false;
        }
        Kind k = m.kind();
        return k == Kind.EUCLIDEAN || k == Kind.SQEUCLIDEAN || k == Kind.CITYBLOCK || k == Kind.CHEBYSHEV;
    }

    /**
     * out[o + (j - from)] = the distance from row {@code u} of {@code a} to row j of {@code b}, for j in
     * [from, to); rows have n features.
     */
    static void row(Kind kind, double[] a, int u, double[] b, int from, int to, int n, double[] out, int o) {
        switch (kind) {
            case EUCLIDEAN: squares(a, u, b, from, to, n, out, o, true); break;
            case SQEUCLIDEAN: squares(a, u, b, from, to, n, out, o, false); break;
            case CITYBLOCK: absolutes(a, u, b, from, to, n, out, o); break;
            case CHEBYSHEV: maxima(a, u, b, from, to, n, out, o); break;
            default: throw new AssertionError(kind);
        }
    }

    private static void squares(double[] a, int u, double[] b, int from, int to, int n, double[] out, int o,
            boolean root) {
        int j = from;
        for (; j + 4 <= to; j += 4) {
            int v0 = j * n;
            int v1 = v0 + n;
            int v2 = v1 + n;
            int v3 = v2 + n;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int k = 0; k < n; k++) {
                double x = a[u + k];
                double d0 = x - b[v0 + k];
                double d1 = x - b[v1 + k];
                double d2 = x - b[v2 + k];
                double d3 = x - b[v3 + k];
                s0 += d0 * d0;
                s1 += d1 * d1;
                s2 += d2 * d2;
                s3 += d3 * d3;
            }
            int q = o + j - from;
            out[q] = root ? Math.sqrt(s0) : s0;
            out[q + 1] = root ? Math.sqrt(s1) : s1;
            out[q + 2] = root ? Math.sqrt(s2) : s2;
            out[q + 3] = root ? Math.sqrt(s3) : s3;
        }
        for (; j < to; j++) {
            int v = j * n;
            double s = 0;
            for (int k = 0; k < n; k++) {
                double d = a[u + k] - b[v + k];
                s += d * d;
            }
            out[o + j - from] = root ? Math.sqrt(s) : s;
        }
    }

    private static void absolutes(double[] a, int u, double[] b, int from, int to, int n, double[] out, int o) {
        int j = from;
        for (; j + 4 <= to; j += 4) {
            int v0 = j * n;
            int v1 = v0 + n;
            int v2 = v1 + n;
            int v3 = v2 + n;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int k = 0; k < n; k++) {
                double x = a[u + k];
                s0 += Math.abs(x - b[v0 + k]);
                s1 += Math.abs(x - b[v1 + k]);
                s2 += Math.abs(x - b[v2 + k]);
                s3 += Math.abs(x - b[v3 + k]);
            }
            int q = o + j - from;
            out[q] = s0;
            out[q + 1] = s1;
            out[q + 2] = s2;
            out[q + 3] = s3;
        }
        for (; j < to; j++) {
            int v = j * n;
            double s = 0;
            for (int k = 0; k < n; k++) {
                s += Math.abs(a[u + k] - b[v + k]);
            }
            out[o + j - from] = s;
        }
    }

    /** The running maximum is replaced only by a larger difference (a NaN difference is skipped, as SciPy's). */
    private static void maxima(double[] a, int u, double[] b, int from, int to, int n, double[] out, int o) {
        int j = from;
        for (; j + 4 <= to; j += 4) {
            int v0 = j * n;
            int v1 = v0 + n;
            int v2 = v1 + n;
            int v3 = v2 + n;
            double m0 = 0;
            double m1 = 0;
            double m2 = 0;
            double m3 = 0;
            for (int k = 0; k < n; k++) {
                double x = a[u + k];
                double d0 = Math.abs(x - b[v0 + k]);
                double d1 = Math.abs(x - b[v1 + k]);
                double d2 = Math.abs(x - b[v2 + k]);
                double d3 = Math.abs(x - b[v3 + k]);
                m0 = m0 < d0 ? d0 : m0;
                m1 = m1 < d1 ? d1 : m1;
                m2 = m2 < d2 ? d2 : m2;
                m3 = m3 < d3 ? d3 : m3;
            }
            int q = o + j - from;
            out[q] = m0;
            out[q + 1] = m1;
            out[q + 2] = m2;
            out[q + 3] = m3;
        }
        for (; j < to; j++) {
            int v = j * n;
            double m = 0;
            for (int k = 0; k < n; k++) {
                double d = Math.abs(a[u + k] - b[v + k]);
                m = m < d ? d : m;
            }
            out[o + j - from] = m;
        }
    }
}
