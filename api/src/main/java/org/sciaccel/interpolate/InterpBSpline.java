package org.sciaccel.interpolate;

/**
 * The interpolating B-spline of degree 0 to 3 that SciPy 1.10's {@code interp1d} builds for kinds
 * zero, slinear, quadratic and cubic ({@code make_interp_spline(x, y, k)} with no boundary
 * conditions: knots {@code [x, x[-1]]}, {@code [x[0], x, x[-1]]}, the interior midpoints for k = 2,
 * not-a-knot for k = 3), solved by collocation, and turned into its pieces in the power basis.
 *
 * <p>Kept small and private to interp1d; the public BSpline/make_interp_spline are another part's.
 */
final class InterpBSpline {
    /** The pieces: {@code breaks}, and coefficients {@code (k + 1, pieces, cols)}. */
    record Pieces(double[] breaks, double[] coefficients, int order) {
    }

    private InterpBSpline() {
    }

    /**
     * @param x strictly increasing samples
     * @param y {@code n x cols}, row-major
     */
    static Pieces build(double[] x, double[] y, int cols, int k) {
        int n = x.length;
        double[] t = knots(x, k);
        double[] c;
        if (k <= 1) {
            c = y.clone();
        } else {
            int nt = t.length - k - 1; // == n
            int kl = k;
            int ku = k;
            double[] a = new double[nt * PolyMath.bandWidth(kl, ku)];
            double[] basis = new double[k + 1];
            for (int i = 0; i < n; i++) {
                int l = interval(t, k, x[i], nt);
                basisFunctions(t, k, x[i], l, basis);
                for (int q = 0; q <= k; q++) {
                    int col = l - k + q;
                    a[PolyMath.bandIndex(i, col, kl, ku)] = basis[q];
                }
            }
            c = y.clone();
            try {
                PolyMath.solveBanded(a, nt, kl, ku, c, cols);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("x: the collocation matrix is singular");
            }
        }
        return pieces(t, c, cols, k);
    }

    private static double[] knots(double[] x, int k) {
        int n = x.length;
        switch (k) {
            case 0: {
                double[] t = java.util.Arrays.copyOf(x, n + 1);
                t[n] = x[n - 1];
                return t;
            }
            case 1: {
                double[] t = new double[n + 2];
                t[0] = x[0];
                System.arraycopy(x, 0, t, 1, n);
                t[n + 1] = x[n - 1];
                return t;
            }
            case 2: {
                double[] t = new double[n + 3];
                for (int i = 0; i < 3; i++) {
                    t[i] = x[0];
                    t[n + i] = x[n - 1];
                }
                // the midpoints (x[1:] + x[:-1]) / 2 without the first and last
                for (int i = 1; i < n - 2; i++) {
                    t[2 + i] = (x[i + 1] + x[i]) / 2.0;
                }
                return t;
            }
            default: {
                double[] t = new double[n + 4];
                for (int i = 0; i < 4; i++) {
                    t[i] = x[0];
                    t[n + i] = x[n - 1];
                }
                // not-a-knot: x[2:-2]
                for (int i = 2; i < n - 2; i++) {
                    t[2 + i] = x[i];
                }
                return t;
            }
        }
    }

    /** The knot interval {@code l}, {@code k <= l < nt}, with {@code t[l] <= v < t[l+1]} (the last one closed). */
    private static int interval(double[] t, int k, double v, int nt) {
        int l = k;
        while (l < nt - 1 && v >= t[l + 1]) {
            l++;
        }
        return l;
    }

    /** The {@code k + 1} non-zero B-splines of interval {@code l} at {@code v} (Cox-de Boor). */
    private static void basisFunctions(double[] t, int k, double v, int l, double[] out) {
        double[] left = new double[k + 1];
        double[] right = new double[k + 1];
        out[0] = 1.0;
        for (int j = 1; j <= k; j++) {
            left[j] = v - t[l + 1 - j];
            right[j] = t[l + j] - v;
            double saved = 0.0;
            for (int r = 0; r < j; r++) {
                double temp = out[r] / (right[r + 1] + left[j - r]);
                out[r] = saved + right[r + 1] * temp;
                saved = left[j - r] * temp;
            }
            out[j] = saved;
        }
    }

    /**
     * The spline's pieces in the local power basis: one per knot interval of positive length; for
     * k = 0 also a last piece of length 0 that holds the last coefficient (the value at and past the
     * last sample, as the B-spline evaluates it).
     */
    private static Pieces pieces(double[] t, double[] c, int cols, int k) {
        int nt = t.length - k - 1;
        java.util.List<Integer> intervals = new java.util.ArrayList<>();
        for (int l = k; l < nt; l++) {
            if (t[l] < t[l + 1]) {
                intervals.add(l);
            }
        }
        boolean tail = k == 0;
        int m = intervals.size() + (tail ? 1 : 0);
        int order = k + 1;
        double[] breaks = new double[m + 1];
        double[] coef = new double[order * m * cols];
        for (int p = 0; p < intervals.size(); p++) {
            int l = intervals.get(p);
            breaks[p] = t[l];
            breaks[p + 1] = t[l + 1];
            double[][] poly = basisPolynomials(t, k, l);
            for (int q = 0; q <= k; q++) {
                // poly[q][e]: B_{l-k+q} on this interval, coefficient of (v - t[l])^e
                for (int e = 0; e <= k; e++) {
                    double b = poly[q][e];
                    if (b == 0) {
                        continue;
                    }
                    int row = k - e;
                    for (int j = 0; j < cols; j++) {
                        coef[(row * m + p) * cols + j] += c[(l - k + q) * cols + j] * b;
                    }
                }
            }
        }
        if (tail) {
            breaks[m] = t[nt];
            for (int j = 0; j < cols; j++) {
                coef[(m - 1) * cols + j] = c[(nt - 1) * cols + j];
            }
        }
        return new Pieces(breaks, coef, order);
    }

    /**
     * The {@code k + 1} B-splines of interval {@code l} as polynomials in {@code s = v - t[l]}:
     * {@code [q][e]} the coefficient of {@code s^e} of {@code B_{l-k+q}}.
     */
    private static double[][] basisPolynomials(double[] t, int k, int l) {
        double[][] cur = new double[1][k + 1];
        cur[0][0] = 1.0; // B_{l,0} = 1 on the interval
        double tl = t[l];
        for (int p = 1; p <= k; p++) {
            double[][] next = new double[p + 1][k + 1];
            // B_{j,p} for j = l-p .. l from B_{j,p-1} (index j - (l-p+1) in cur) and B_{j+1,p-1}
            for (int q = 0; q <= p; q++) {
                int j = l - p + q;
                if (q - 1 >= 0) {
                    // (v - t_j) / (t_{j+p} - t_j) * B_{j,p-1}; B_{j,p-1} is cur[q - 1]
                    double den = t[j + p] - t[j];
                    if (den != 0) {
                        addTimesLinear(next[q], cur[q - 1], 1.0 / den, (tl - t[j]) / den);
                    }
                }
                if (q < p) {
                    // (t_{j+p+1} - v) / (t_{j+p+1} - t_{j+1}) * B_{j+1,p-1}; B_{j+1,p-1} is cur[q]
                    double den = t[j + p + 1] - t[j + 1];
                    if (den != 0) {
                        addTimesLinear(next[q], cur[q], -1.0 / den, (t[j + p + 1] - tl) / den);
                    }
                }
            }
            cur = next;
        }
        return cur;
    }

    /** {@code out += poly * (slope * s + intercept)}. */
    private static void addTimesLinear(double[] out, double[] poly, double slope, double intercept) {
        for (int e = poly.length - 1; e >= 0; e--) {
            if (poly[e] == 0) {
                continue;
            }
            out[e] += poly[e] * intercept;
            if (e + 1 < out.length) {
                out[e + 1] += poly[e] * slope;
            }
        }
    }
}
