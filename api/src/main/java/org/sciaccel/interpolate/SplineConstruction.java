package org.sciaccel.interpolate;

import java.util.Arrays;
import java.util.List;
import org.sciaccel.LinAlgException;

/**
 * SciPy 1.10's {@code make_interp_spline} and {@code make_lsq_spline} on host arrays: the knot vectors
 * as SciPy computes them, the collocation matrix in band storage filled by de Boor's recursion, solved
 * by the band LU ({@code gbsv}), the periodic case by the Woodbury formula over the cyclic band system
 * (the full system for {@code n <= k}), and the least-squares normal equations by the band Cholesky.
 */
final class SplineConstruction {
    private SplineConstruction() {
    }

    private static void requireFinite(String param, double[] v) {
        for (double d : v) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException(param + ": Array must not contain infs or nans.");
            }
        }
    }

    /** {@code make_interp_spline(x, y, k, t, bc_type, axis)}; {@code y} row-major of {@code yShape}. */
    static BSpline makeInterpSpline(double[] x, double[] y, int[] yShape, int k, double[] tGiven, SplineBoundaryCondition bc,
            int axisIn) {
        int axis = HostShapes.normalizeAxis("axis", axisIn, yShape.length);
        requireFinite("x", x);
        requireFinite("y", y);
        double[] yf = HostShapes.moveAxisToFront(y, yShape, axis);
        int[] ys = HostShapes.frontShape(yShape, axis);
        int m = HostShapes.product(ys, 1);
        int n = ys[0];
        if (bc.isPeriodic() && n > 0) {
            for (int j = 0; j < m; j++) {
                double a = yf[j];
                double b = yf[(n - 1) * m + j];
                if (!(Math.abs(a - b) <= 1e-15 + 1e-5 * Math.abs(b))) {
                    throw new IllegalArgumentException("y: First and last points does not match while periodic case"
                            + " expected (y[0] = " + a + ", y[-1] = " + b + ")");
                }
            }
        }
        if (x.length != n) {
            throw new IllegalArgumentException("x: Shapes of x (" + x.length + ",) and y " + shapeText(ys)
                    + " are incompatible");
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] == x[i - 1]) {
                throw new IllegalArgumentException("x: Expect x to not have duplicates (x = " + HostShapes.show(x) + ")");
            }
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] < x[i - 1]) {
                throw new IllegalArgumentException("x: Expect x to be a 1D strictly increasing sequence. (x = "
                        + HostShapes.show(x) + ")");
            }
        }
        if (k == 0) {
            if (tGiven != null || !bc.noDerivatives()) {
                throw new IllegalArgumentException("k: Too much info for k=0: t and bc_type can only be None.");
            }
            double[] t = Arrays.copyOf(x, n + 1);
            t[n] = x[n - 1];
            return BSpline.constructFast(t, yf, ys, 0, Extrapolate.TRUE, axis);
        }
        if (k == 1 && tGiven == null) {
            if (!bc.noDerivatives()) {
                throw new IllegalArgumentException("bc_type: Too much info for k=1: bc_type can only be None.");
            }
            double[] t = new double[n + 2];
            t[0] = x[0];
            System.arraycopy(x, 0, t, 1, n);
            t[n + 1] = x[n - 1];
            return BSpline.constructFast(t, yf, ys, 1, Extrapolate.TRUE, axis);
        }
        if (k < 0) {
            throw new IllegalArgumentException("k: Expect non-negative k. (k = " + k + ")");
        }
        if (bc.isPeriodic() && tGiven != null) {
            throw new UnsupportedOperationException("t: For periodic case t is constructed automatically and can not be"
                    + " passed manually");
        }
        double[] t;
        if (tGiven == null) {
            if (bc.noDerivatives()) {
                if (bc.isPeriodic()) {
                    t = periodicKnots(x, k);
                } else if (k == 2) {
                    t = new double[3 + Math.max(0, n - 3) + 3];
                    int p = 0;
                    for (int i = 0; i < 3; i++) {
                        t[p++] = x[0];
                    }
                    for (int i = 1; i < n - 2; i++) {
                        t[p++] = (x[i + 1] + x[i]) / 2.;
                    }
                    for (int i = 0; i < 3; i++) {
                        t[p++] = x[n - 1];
                    }
                    t = Arrays.copyOf(t, p);
                } else {
                    t = notAKnot(x, k);
                }
            } else {
                t = augknt(x, k);
            }
        } else {
            t = tGiven.clone();
            requireFinite("t", t);
        }
        for (int i = 1; i < t.length; i++) {
            if (t[i] < t[i - 1]) {
                throw new IllegalArgumentException("t: Expect t to be a 1-D sorted array_like. (t = " + HostShapes.show(t)
                        + ")");
            }
        }
        if (t.length < n + k + 1) {
            throw new IllegalArgumentException("t: Got " + t.length + " knots, need at least " + (n + k + 1) + ".");
        }
        if (x[0] < t[k] || x[n - 1] > t[t.length - k]) {
            throw new IllegalArgumentException("x: Out of bounds w/ x = " + HostShapes.show(x) + ".");
        }
        if (bc.isPeriodic()) {
            return periodicSpline(x, yf, ys, t, k, axis);
        }
        List<SplineBoundaryCondition.Derivative> dl = bc.leftConditions(m);
        List<SplineBoundaryCondition.Derivative> dr = bc.rightConditions(m);
        int nleft = dl.size();
        int nright = dr.size();
        int nt = t.length - k - 1;
        if (nt - n != nleft + nright) {
            throw new IllegalArgumentException("bc_type: The number of derivatives at boundaries does not match: expected "
                    + (nt - n) + ", got " + nleft + "+" + nright);
        }
        int[] cs = ys.clone();
        cs[0] = nt;
        if (n * m == 0) {
            return BSpline.constructFast(t, new double[nt * m], cs, k, Extrapolate.TRUE, axis);
        }
        int kl = k;
        int ku = k;
        double[][] ab = new double[2 * kl + ku + 1][nt];
        colloc(x, t, k, ab, nleft);
        if (nleft > 0) {
            lhsDerivatives(t, k, x[0], ab, kl, ku, dl, 0);
        }
        if (nright > 0) {
            lhsDerivatives(t, k, x[n - 1], ab, kl, ku, dr, nt - nright);
        }
        double[] rhs = new double[nt * m];
        fillDerivativeRows(rhs, dl, 0, m);
        System.arraycopy(yf, 0, rhs, nleft * m, n * m);
        fillDerivativeRows(rhs, dr, nt - nright, m);
        requireFinite("bc_type", rhs);
        int info = BandedSolvers.gbsv(ab, nt, kl, ku, rhs, m);
        if (info > 0) {
            throw new LinAlgException("Collocation matrix is singular.");
        }
        return BSpline.constructFast(t, rhs, cs, k, Extrapolate.TRUE, axis);
    }

    private static void fillDerivativeRows(double[] rhs, List<SplineBoundaryCondition.Derivative> d, int row0, int m) {
        for (int i = 0; i < d.size(); i++) {
            double[] v = d.get(i).values();
            if (v.length != m && !(v.length == 1 && m == 1)) {
                throw new IllegalArgumentException("bc_type: the derivative of order " + d.get(i).order() + " has "
                        + v.length + " values, y has " + m + " per point");
            }
            System.arraycopy(v, 0, rhs, (row0 + i) * m, m);
        }
    }

    private static String shapeText(int[] s) {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < s.length; i++) {
            b.append(s[i]).append(i == 0 && s.length == 1 ? "," : i < s.length - 1 ? ", " : "");
        }
        return b.append(")").toString();
    }

    static double[] notAKnot(double[] x, int k) {
        if (k % 2 != 1) {
            throw new IllegalArgumentException("k: Odd degree for now only. Got " + k + ".");
        }
        int mm = (k - 1) / 2;
        int n = x.length;
        int inner = Math.max(0, n - 2 * (mm + 1));
        double[] t = new double[2 * (k + 1) + inner];
        int p = 0;
        for (int i = 0; i <= k; i++) {
            t[p++] = x[0];
        }
        for (int i = mm + 1; i < n - mm - 1; i++) {
            t[p++] = x[i];
        }
        for (int i = 0; i <= k; i++) {
            t[p++] = x[n - 1];
        }
        return Arrays.copyOf(t, p);
    }

    static double[] augknt(double[] x, int k) {
        int n = x.length;
        double[] t = new double[n + 2 * k];
        for (int i = 0; i < k; i++) {
            t[i] = x[0];
            t[n + k + i] = x[n - 1];
        }
        System.arraycopy(x, 0, t, k, n);
        return t;
    }

    static double[] periodicKnots(double[] x, int k) {
        double[] xc = x.clone();
        int n = xc.length;
        if (k % 2 == 0) {
            double[] dx = new double[n - 1];
            for (int i = 0; i < n - 1; i++) {
                dx[i] = xc[i + 1] - xc[i];
            }
            for (int i = 1; i < n - 1; i++) {
                xc[i] -= dx[i - 1] / 2;
            }
        }
        double[] dx = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            dx[i] = xc[i + 1] - xc[i];
        }
        double[] t = new double[n + 2 * k];
        System.arraycopy(xc, 0, t, k, n);
        int len = t.length;
        for (int i = 0; i < k; i++) {
            t[k - i - 1] = t[k - i] - dx[(n - 1) - (i % (n - 1)) - 1];
            t[len - k + i] = t[len - k + i - 1] + dx[i % (n - 1)];
        }
        return t;
    }

    /** _colloc: row {@code j + offset} of the collocation matrix in gbsv's band storage. */
    private static void colloc(double[] x, double[] t, int k, double[][] ab, int offset) {
        double[] wrk = new double[2 * k + 2];
        int kl = k;
        int ku = k;
        int left = k;
        for (int j = 0; j < x.length; j++) {
            left = BSplineBasis.findInterval(t, k, x[j], left, false);
            if (left < 0) {
                throw new IllegalArgumentException("x: Out of bounds w/ x = " + x[j] + ".");
            }
            BSplineBasis.deBoor(t, x[j], k, left, 0, wrk);
            for (int a = 0; a <= k; a++) {
                int clmn = left - k + a;
                int row = kl + ku + j + offset - clmn;
                // the periodic system's last point reaches one row below the band; the reference writes it
                // past the band's end, into a row the periodic solve drops, so it is left out here
                if (row < ab.length) {
                    ab[row][clmn] = wrk[a];
                }
            }
        }
    }

    private static void lhsDerivatives(double[] t, int k, double xval, double[][] ab, int kl, int ku,
            List<SplineBoundaryCondition.Derivative> ords, int offset) {
        double[] wrk = new double[2 * k + 2];
        int left = BSplineBasis.findInterval(t, k, xval, k, false);
        for (int row = 0; row < ords.size(); row++) {
            int nu = ords.get(row).order();
            if (nu < 0) {
                throw new IllegalArgumentException("bc_type: derivative order " + nu + " is negative");
            }
            BSplineBasis.deBoor(t, xval, k, left, nu, wrk);
            for (int a = 0; a <= k; a++) {
                int clmn = left - k + a;
                ab[kl + ku + offset + row - clmn][clmn] = wrk[a];
            }
        }
    }

    /** _make_periodic_spline. */
    private static BSpline periodicSpline(double[] x, double[] y, int[] ys, double[] t, int k, int axis) {
        int n = ys[0];
        int m = HostShapes.product(ys, 1);
        int nc = n + k - 1;
        int[] cs = ys.clone();
        cs[0] = nc;
        double[] c = new double[nc * m];
        if (n <= k) {
            double[] matr = new double[nc * nc];
            double[] wrk = new double[2 * k + 2];
            for (int i = 0; i < k - 1; i++) {
                BSplineBasis.deBoor(t, x[0], k, k, i + 1, wrk);
                for (int a = 0; a <= k; a++) {
                    matr[i * nc + a] += wrk[a];
                }
                BSplineBasis.deBoor(t, x[n - 1], k, n + k - 1, i + 1, wrk);
                for (int a = 0; a < k; a++) {
                    matr[i * nc + nc - k + a] -= wrk[a];
                }
            }
            for (int i = 0; i < n; i++) {
                double xv = x[i];
                int left;
                if (xv == t[k]) {
                    left = k;
                } else {
                    int ss = 0;
                    while (ss < t.length && t[ss] < xv) {
                        ss++;
                    }
                    left = ss - 1;
                }
                BSplineBasis.deBoor(t, xv, k, left, 0, wrk);
                for (int a = 0; a <= k; a++) {
                    matr[(i + k - 1) * nc + left - k + a] = wrk[a];
                }
            }
            double[] b = new double[nc * m];
            System.arraycopy(y, 0, b, (k - 1) * m, n * m);
            BandedSolvers.gesv(matr, nc, b, m);
            return BSpline.constructFast(t, b, cs, k, Extrapolate.PERIODIC, axis);
        }
        int nt = t.length - k - 1;
        int kul = k / 2;
        double[][] full = new double[3 * k + 1][nt];
        colloc(x, t, k, full, k);
        int rows = k + (k + 1) % 2;
        double[][] ab = new double[rows][];
        for (int r = 0; r < rows; r++) {
            ab[r] = full[3 * k + 1 - rows + r];
        }
        double[][] ur = new double[kul][kul];
        double[][] ll = new double[kul][kul];
        int llStart = nt - kul - (k % 2);
        for (int i = 0; i < kul; i++) {
            for (int p = 0; p < kul - i; p++) {
                ur[p][p + i] += ab[rows - 1 - i][i + p];
                ll[p + i][p] += ab[i][llStart + p];
            }
        }
        int big = n - 1;
        double[][] a = new double[rows][big];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(ab[r], kul, a[r], 0, big);
        }
        double[] cc = woodbury(a, ur, ll, y, m, big, k);
        for (int j = 0; j < nc; j++) {
            int src;
            if (j < kul) {
                src = big - kul + j;
            } else if (j < kul + big) {
                src = j - kul;
            } else {
                src = j - kul - big;
            }
            System.arraycopy(cc, src * m, c, j * m, m);
        }
        return BSpline.constructFast(t, c, cs, k, Extrapolate.PERIODIC, axis);
    }

    /** _woodbury_algorithm for every column of {@code y[:-1]} at once; returns {@code (big, m)}. */
    private static double[] woodbury(double[][] a, double[][] ur, double[][] ll, double[] y, int m, int big, int k) {
        int kmod = k - k % 2;
        int bs = (k - 1) / 2 + (k + 1) % 2;
        double[] u = new double[big * kmod];
        double[][] vt = new double[kmod][big];
        for (int p = 0; p < bs; p++) {
            for (int q = 0; q < bs; q++) {
                u[p * kmod + q] = ur[p][q];
                u[(big - bs + p) * kmod + (kmod - bs + q)] = ll[p][q];
            }
            vt[p][big - bs + p] = 1;
            vt[kmod - bs + p][p] = 1;
        }
        double[] z = solveBanded(a, bs, u, kmod, big);
        // H = (I + VT Z)^-1
        double[] hm = new double[kmod * kmod];
        for (int i = 0; i < kmod; i++) {
            for (int j = 0; j < kmod; j++) {
                double s = 0;
                for (int q = 0; q < big; q++) {
                    s += vt[i][q] * z[q * kmod + j];
                }
                hm[i * kmod + j] = (i == j ? 1.0 : 0.0) + s;
            }
        }
        double[] h = new double[kmod * kmod];
        for (int i = 0; i < kmod; i++) {
            h[i * kmod + i] = 1.0;
        }
        if (kmod > 0) {
            BandedSolvers.gesv(hm, kmod, h, kmod);
        }
        double[] b = Arrays.copyOf(y, big * m);
        double[] yy = solveBanded(a, bs, b, m, big);
        double[] out = new double[big * m];
        for (int col = 0; col < m; col++) {
            double[] vty = new double[kmod];
            for (int i = 0; i < kmod; i++) {
                double s = 0;
                for (int q = 0; q < big; q++) {
                    s += vt[i][q] * yy[q * m + col];
                }
                vty[i] = s;
            }
            double[] hv = new double[kmod];
            for (int i = 0; i < kmod; i++) {
                double s = 0;
                for (int j = 0; j < kmod; j++) {
                    s += h[i * kmod + j] * vty[j];
                }
                hv[i] = s;
            }
            for (int q = 0; q < big; q++) {
                double s = 0;
                for (int j = 0; j < kmod; j++) {
                    s += z[q * kmod + j] * hv[j];
                }
                out[q * m + col] = yy[q * m + col] - s;
            }
        }
        return out;
    }

    /** scipy.linalg.solve_banded((l, l), a, b): a has {@code 2l + 1} rows ({@code A[i][j] = a[l + i - j][j]}). */
    private static double[] solveBanded(double[][] a, int l, double[] b, int nrhs, int n) {
        double[] x = b.clone();
        if (n == 1) {
            for (int r = 0; r < nrhs; r++) {
                x[r] /= a[l][0];
            }
            return x;
        }
        double[][] ab = new double[3 * l + 1][n];
        for (int r = 0; r < 2 * l + 1; r++) {
            System.arraycopy(a[r], 0, ab[l + r], 0, n);
        }
        int info = BandedSolvers.gbsv(ab, n, l, l, x, nrhs);
        if (info > 0) {
            throw new LinAlgException("singular matrix");
        }
        return x;
    }

    /** {@code make_lsq_spline(x, y, t, k, w, axis)}. */
    static BSpline makeLsqSpline(double[] x, double[] y, int[] yShape, double[] t, int k, double[] w, int axisIn) {
        requireFinite("x", x);
        requireFinite("y", y);
        requireFinite("t", t);
        if (w != null) {
            requireFinite("w", w);
        } else {
            w = new double[x.length];
            Arrays.fill(w, 1.0);
        }
        int axis = HostShapes.normalizeAxis("axis", axisIn, yShape.length);
        double[] yf = HostShapes.moveAxisToFront(y, yShape, axis);
        int[] ys = HostShapes.frontShape(yShape, axis);
        int m = HostShapes.product(ys, 1);
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] - x[i - 1] > 0)) {
                throw new IllegalArgumentException("x: Expect x to be a 1-D sorted array_like. (x = " + HostShapes.show(x)
                        + ")");
            }
        }
        if (x.length < k + 1) {
            throw new IllegalArgumentException("x: Need more x points. (" + x.length + " points for k = " + k + ")");
        }
        if (k < 0) {
            throw new IllegalArgumentException("k: Expect non-negative k. (k = " + k + ")");
        }
        for (int i = 1; i < t.length; i++) {
            if (t[i] - t[i - 1] < 0) {
                throw new IllegalArgumentException("t: Expect t to be a 1-D sorted array_like. (t = " + HostShapes.show(t)
                        + ")");
            }
        }
        if (x.length != ys[0]) {
            throw new IllegalArgumentException("x: Shapes of x (" + x.length + ",) and y " + shapeText(ys)
                    + " are incompatible");
        }
        if (k > 0) {
            for (double xv : x) {
                if (xv < t[k] || xv > t[t.length - k]) {
                    throw new IllegalArgumentException("x: Out of bounds w/ x = " + HostShapes.show(x) + ".");
                }
            }
        }
        if (x.length != w.length) {
            throw new IllegalArgumentException("w: Shapes of x (" + x.length + ",) and w (" + w.length
                    + ",) are incompatible");
        }
        int n = t.length - k - 1;
        if (n < 1) {
            throw new IllegalArgumentException("t: " + t.length + " knots are too few for k = " + k);
        }
        double[][] ab = new double[k + 1][n];
        double[] rhs = new double[n * m];
        double[] wrk = new double[2 * k + 2];
        int left = k;
        for (int j = 0; j < x.length; j++) {
            double xv = x[j];
            double wv = w[j] * w[j];
            left = BSplineBasis.findInterval(t, k, xv, left, false);
            if (left < 0) {
                throw new IllegalArgumentException("x: Out of bounds w/ x = " + xv + ".");
            }
            BSplineBasis.deBoor(t, xv, k, left, 0, wrk);
            for (int r = 0; r <= k; r++) {
                int row = left - k + r;
                for (int s = 0; s <= r; s++) {
                    int clmn = left - k + s;
                    ab[r - s][clmn] += wrk[r] * wrk[s] * wv;
                }
                for (int ci = 0; ci < m; ci++) {
                    rhs[row * m + ci] = rhs[row * m + ci] + wrk[r] * yf[j * m + ci] * wv;
                }
            }
        }
        BandedSolvers.choleskyBandedSolve(ab, n, k, rhs, m);
        int[] cs = ys.clone();
        cs[0] = n;
        return BSpline.constructFast(t.clone(), rhs, cs, k, Extrapolate.TRUE, axis);
    }
}
