package org.sciaccel.conformance;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.HostArray;

/**
 * Comparisons for linear-algebra results: element-wise within the per-dtype tolerance relative to
 * the expected result's largest magnitude (complex dtypes too, each part), and the invariants used
 * where SciPy does not fix signs (reconstruction, orthonormality, triangularity).
 */
final class LinalgChecks {
    private LinalgChecks() {
    }

    static double tolerance(DType t) {
        return t == DType.FLOAT32 || t == DType.COMPLEX64 ? Tolerances.FLOAT32_RELATIVE : Tolerances.FLOAT64_RELATIVE;
    }

    /** Null when equal within tolerance, else a description. */
    static String compare(String what, HostArray expected, HostArray got) {
        if (expected.dtype() != got.dtype()) {
            return what + ": dtype " + got.dtype() + ", expected " + expected.dtype();
        }
        if (!Arrays.equals(expected.shape(), got.shape())) {
            return what + ": shape " + Arrays.toString(got.shape()) + ", expected " + Arrays.toString(expected.shape());
        }
        if (expected.dtype().isIntegral()) {
            return Arrays.equals(expected.toDoubles(), got.toDoubles()) ? null
                    : what + ": " + Arrays.toString(got.toDoubles()) + ", expected " + Arrays.toString(expected.toDoubles());
        }
        return compare(what, values(expected), values(got), tolerance(expected.dtype()));
    }

    static String compare(String what, double[] e, double[] g, double tol) {
        // The scale is the largest finite value (a NaN or infinite one would make every bound NaN or
        // infinite); a non-finite value must be matched exactly, a finite one by a finite value.
        double scale = 0;
        for (double v : e) {
            if (Double.isFinite(v)) {
                scale = Math.max(scale, Math.abs(v));
            }
        }
        double allowed = tol * Math.max(scale, Double.MIN_NORMAL);
        int bad = 0;
        int first = -1;
        double worst = 0;
        for (int i = 0; i < e.length; i++) {
            double d = Math.abs(e[i] - g[i]);
            boolean same = Double.compare(e[i], g[i]) == 0 || (Double.isNaN(e[i]) && Double.isNaN(g[i]));
            if (!Double.isFinite(e[i]) || !Double.isFinite(g[i])) {
                d = same ? 0 : Double.POSITIVE_INFINITY;
            }
            if (!same && !(d <= allowed)) {
                bad++;
                if (first < 0) {
                    first = i;
                }
                worst = Math.max(worst, d);
            }
        }
        if (bad == 0) {
            return null;
        }
        return what + ": " + bad + " of " + e.length + " values differ by up to " + worst + " (allowed " + allowed
                + "); first at flat index " + first + ": got " + g[first] + ", expected " + e[first];
    }

    /** Real values, or interleaved real and imaginary parts, as doubles. */
    static double[] values(HostArray h) {
        if (!h.dtype().isComplex()) {
            return h.toDoubles();
        }
        Object d = h.data();
        if (d instanceof float[]) {
            float[] f = (float[]) d;
            double[] o = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                o[i] = f[i];
            }
            return o;
        }
        return ((double[]) d).clone();
    }

    static double[] abs(double[] v) {
        double[] o = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            o[i] = Math.abs(v[i]);
        }
        return o;
    }

    /** Row-major product of (m x k) and (k x n). */
    static double[] product(double[] a, int m, int k, double[] b, int n) {
        double[] c = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                double x = a[i * k + p];
                for (int j = 0; j < n; j++) {
                    c[i * n + j] += x * b[p * n + j];
                }
            }
        }
        return c;
    }

    static double[] transpose(double[] a, int m, int n) {
        double[] t = new double[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t[j * m + i] = a[i * n + j];
            }
        }
        return t;
    }

    /** Null when the columns of q (m x c) are orthonormal within tol. */
    static String orthonormalColumns(String what, double[] q, int m, int c, double tol) {
        double[] g = product(transpose(q, m, c), c, m, q, c);
        double[] eye = new double[c * c];
        for (int i = 0; i < c; i++) {
            eye[i * c + i] = 1;
        }
        return compare(what + " (columns orthonormal)", eye, g, tol * Math.max(1, Math.sqrt(m)));
    }

    /** Null when r (m x n) is zero below the diagonal. */
    static String upperTriangular(String what, double[] r, int m, int n) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < Math.min(i, n); j++) {
                if (r[i * n + j] != 0) {
                    return what + ": not upper triangular, [" + i + ", " + j + "] = " + r[i * n + j];
                }
            }
        }
        return null;
    }

    /**
     * Null when got holds the same complex values as expected in some order (eigenvalues, whose
     * order SciPy leaves to LAPACK): each expected value matched to the nearest unused one, within
     * the tolerance relative to the largest magnitude.
     */
    static String sameComplexSet(String what, HostArray expected, HostArray got) {
        if (expected.dtype() != got.dtype() || !Arrays.equals(expected.shape(), got.shape())) {
            return what + ": " + got.dtype() + Arrays.toString(got.shape()) + ", expected " + expected.dtype()
                    + Arrays.toString(expected.shape());
        }
        double[] e = values(expected);
        double[] g = values(got);
        int n = e.length / 2;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.hypot(e[2 * i], e[2 * i + 1]));
        }
        double allowed = tolerance(expected.dtype()) * Math.max(scale, Double.MIN_NORMAL);
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double d = Math.hypot(e[2 * i] - g[2 * j], e[2 * i + 1] - g[2 * j + 1]);
                if (!used[j] && d < bestD) {
                    bestD = d;
                    best = j;
                }
            }
            if (best < 0 || !(bestD <= allowed)) {
                return what + ": expected value " + e[2 * i] + (e[2 * i + 1] >= 0 ? "+" : "") + e[2 * i + 1]
                        + "j has no match within " + allowed + " (nearest at distance " + bestD + ") in " + Arrays.toString(g);
            }
            used[best] = true;
        }
        return null;
    }
}
