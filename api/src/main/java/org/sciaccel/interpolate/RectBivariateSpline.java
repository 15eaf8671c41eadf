package org.sciaccel.interpolate;

import java.util.Arrays;

/**
 * A bivariate spline on a rectangular grid, SciPy 1.10's {@code scipy.interpolate.RectBivariateSpline}:
 * FITPACK's regrid (fpregr, fpgrre) with SciPy's knots, coefficients and residual. Build one with
 * {@link Interpolate#rectBivariateSpline}. Evaluation (bispev, parder, bispeu, pardeu) and the integral
 * (dblint) run on the host; points outside the base rectangle take the value at the nearest edge, as
 * FITPACK's evaluation clamps them.
 */
public final class RectBivariateSpline {
    private final double[] tx;
    private final double[] ty;
    private final double[] c;
    private final int kx;
    private final int ky;
    private final double fp;

    RectBivariateSpline(double[] tx, double[] ty, double[] c, int kx, int ky, double fp) {
        this.tx = tx;
        this.ty = ty;
        this.c = c;
        this.kx = kx;
        this.ky = ky;
        this.fp = fp;
    }

    /** A spline from its knots, coefficients and degrees (bisplev's tck), without a residual (NaN). */
    static RectBivariateSpline fromTck(double[] tx, double[] ty, double[] c, int kx, int ky) {
        if (tx == null) {
            throw new IllegalArgumentException("tx: null");
        }
        if (ty == null) {
            throw new IllegalArgumentException("ty: null");
        }
        if (c == null) {
            throw new IllegalArgumentException("c: null");
        }
        if (kx < 1 || kx > 5 || ky < 1 || ky > 5) {
            throw new IllegalArgumentException((kx < 1 || kx > 5 ? "kx" : "ky") + ": degrees 1 to 5 are supported (kx="
                    + kx + ", ky=" + ky + ")");
        }
        if (tx.length < 2 * kx + 2 || ty.length < 2 * ky + 2) {
            throw new IllegalArgumentException((tx.length < 2 * kx + 2 ? "tx" : "ty") + ": too few knots for the"
                    + " degree (len(tx)=" + tx.length + ", kx=" + kx + ", len(ty)=" + ty.length + ", ky=" + ky + ")");
        }
        int nc = (tx.length - kx - 1) * (ty.length - ky - 1);
        if (c.length < nc) {
            throw new IllegalArgumentException("c: " + c.length + " coefficients, (nx-kx-1)*(ny-ky-1) = " + nc
                    + " needed");
        }
        return new RectBivariateSpline(tx.clone(), ty.clone(), Arrays.copyOf(c, nc), kx, ky, Double.NaN);
    }

    /** bisplev's evaluation: the grid x by y (each non-decreasing, else "Invalid input data"). */
    double[][] bisplev(double[] x, double[] y, int dx, int dy) {
        if (x == null) {
            throw new IllegalArgumentException("x: null");
        }
        if (y == null) {
            throw new IllegalArgumentException("y: null");
        }
        if (!(0 <= dx && dx < kx)) {
            throw new IllegalArgumentException("dx: 0 <= dx = " + dx + " < kx = " + kx + " must hold");
        }
        if (!(0 <= dy && dy < ky)) {
            throw new IllegalArgumentException("dy: 0 <= dy = " + dy + " < ky = " + ky + " must hold");
        }
        if (x.length < 1 || y.length < 1) {
            throw new IllegalArgumentException((x.length < 1 ? "x" : "y") + ": Invalid input data (no points)");
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] < x[i - 1]) {
                throw new IllegalArgumentException("x: Invalid input data (x must be non-decreasing)");
            }
        }
        for (int i = 1; i < y.length; i++) {
            if (y[i] < y[i - 1]) {
                throw new IllegalArgumentException("y: Invalid input data (y must be non-decreasing)");
            }
        }
        return call(x, y, dx, dy);
    }

    /** The degrees {kx, ky}. */
    public int[] degrees() {
        return new int[] {kx, ky};
    }

    /** The knots in x, SciPy's {@code get_knots()[0]} (all of them, the end knots repeated). */
    public double[] knotsX() {
        return tx.clone();
    }

    /** The knots in y, SciPy's {@code get_knots()[1]}. */
    public double[] knotsY() {
        return ty.clone();
    }

    /** The (nx-kx-1)*(ny-ky-1) coefficients, x-major, SciPy's {@code get_coeffs()}. */
    public double[] getCoeffs() {
        return c.clone();
    }

    /** The sum of squared residuals, SciPy's {@code get_residual()}. */
    public double getResidual() {
        return fp;
    }

    /**
     * The spline or its partial derivative (dx, dy) on the grid x by y (each increasing), SciPy's
     * {@code __call__(x, y, dx, dy, grid=True)}: {@code [len(x)][len(y)]}.
     */
    public double[][] call(double[] x, double[] y, int dx, int dy) {
        if (x == null) {
            throw new IllegalArgumentException("x: null");
        }
        if (y == null) {
            throw new IllegalArgumentException("y: null");
        }
        double[][] out = new double[x.length][y.length];
        if (x.length == 0 || y.length == 0) {
            return out;
        }
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] - x[i - 1] >= 0.0)) {
                throw new IllegalArgumentException("x: x must be strictly increasing when `grid` is True");
            }
        }
        for (int i = 1; i < y.length; i++) {
            if (!(y[i] - y[i - 1] >= 0.0)) {
                throw new IllegalArgumentException("y: y must be strictly increasing when `grid` is True");
            }
        }
        double[] z = grid(x, y, dx, dy, dx != 0 || dy != 0 ? "parder" : "bispev");
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(z, 1 + i * y.length, out[i], 0, y.length);
        }
        return out;
    }

    /** The spline on the grid x by y. */
    public double[][] call(double[] x, double[] y) {
        return call(x, y, 0, 0);
    }

    /**
     * The spline or its partial derivative at the points (x[i], y[i]), SciPy's {@code ev(xi, yi, dx, dy)}
     * (x and y of one length).
     */
    public double[] ev(double[] x, double[] y, int dx, int dy) {
        if (x == null) {
            throw new IllegalArgumentException("xi: null");
        }
        if (y == null) {
            throw new IllegalArgumentException("yi: null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("yi: shape mismatch: xi has " + x.length + " points, yi "
                    + y.length);
        }
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = grid(new double[] {x[i]}, new double[] {y[i]}, dx, dy, dx != 0 || dy != 0 ? "pardeu"
                    : "bispeu")[1];
        }
        return out;
    }

    /** {@link #ev(double[], double[], int, int)} of the spline itself. */
    public double[] ev(double[] x, double[] y) {
        return ev(x, y, 0, 0);
    }

    /** The integral over [xa, xb] x [ya, yb], SciPy's {@code integral} (FITPACK's dblint). */
    public double integral(double xa, double xb, double ya, double yb) {
        int nx = tx.length;
        int ny = ty.length;
        int nkx1 = nx - kx - 1;
        int nky1 = ny - ky - 1;
        double[] wx = Fitpack.fpintb(one(tx), nx, nkx1, xa, xb);
        double[] wy = Fitpack.fpintb(one(ty), ny, nky1, ya, yb);
        double res = 0.;
        for (int i = 1; i <= nkx1; i++) {
            double r = wx[i];
            if (r == 0.) {
                continue;
            }
            int m = (i - 1) * nky1;
            for (int j = 1; j <= nky1; j++) {
                m = m + 1;
                res = res + r * wy[j] * c[m - 1];
            }
        }
        return res;
    }

    private static double[] one(double[] a) {
        double[] b = new double[a.length + 1];
        System.arraycopy(a, 0, b, 1, a.length);
        return b;
    }

    /** bispev or parder on a grid: z(1..mx*my), x-major. */
    private double[] grid(double[] x0, double[] y0, int nux, int nuy, String routine) {
        int mx = x0.length;
        int my = y0.length;
        double[] x = one(x0);
        double[] y = one(y0);
        double[] z = new double[mx * my + 1];
        int nx = tx.length;
        int ny = ty.length;
        if (nux == 0 && nuy == 0) {
            Fitpack.fpbisp(one(tx), nx, one(ty), ny, one(c), kx, ky, x, mx, y, my, z);
            return z;
        }
        if (nux < 0 || nux >= kx || nuy < 0 || nuy >= ky) {
            throw new IllegalArgumentException((nux < 0 || nux >= kx ? "dx" : "dy") + ": Error code returned by "
                    + routine + ": 10 (0 <= dx < kx and 0 <= dy < ky must hold; dx=" + nux + ", kx=" + kx + ", dy="
                    + nuy + ", ky=" + ky + ")");
        }
        int kx1 = kx + 1;
        int ky1 = ky + 1;
        int nkx1 = nx - kx1;
        int nky1 = ny - ky1;
        int nc = nkx1 * nky1;
        double[] t1x = one(tx);
        double[] t1y = one(ty);
        double[] wrk = one(c);
        int nxx = nkx1;
        int nyy = nky1;
        int kkx = kx;
        int kky = ky;
        if (nux != 0) {
            int lx = 1;
            for (int j = 1; j <= nux; j++) {
                double ak = kkx;
                nxx = nxx - 1;
                int l1 = lx;
                int m0 = 1;
                for (int i = 1; i <= nxx; i++) {
                    l1 = l1 + 1;
                    int l2 = l1 + kkx;
                    double fac = t1x[l2] - t1x[l1];
                    if (fac <= 0.) {
                        continue;
                    }
                    for (int m = 1; m <= nyy; m++) {
                        int m1 = m0 + nyy;
                        wrk[m0] = (wrk[m1] - wrk[m0]) * ak / fac;
                        m0 = m0 + 1;
                    }
                }
                lx = lx + 1;
                kkx = kkx - 1;
            }
        }
        if (nuy != 0) {
            int ly = 1;
            for (int j = 1; j <= nuy; j++) {
                double ak = kky;
                nyy = nyy - 1;
                int l1 = ly;
                for (int i = 1; i <= nyy; i++) {
                    l1 = l1 + 1;
                    int l2 = l1 + kky;
                    double fac = t1y[l2] - t1y[l1];
                    if (fac <= 0.) {
                        continue;
                    }
                    int m0 = i;
                    for (int m = 1; m <= nxx; m++) {
                        int m1 = m0 + 1;
                        wrk[m0] = (wrk[m1] - wrk[m0]) * ak / fac;
                        m0 = m0 + nky1;
                    }
                }
                ly = ly + 1;
                kky = kky - 1;
            }
            int m0 = nyy;
            int m1 = nky1;
            for (int m = 2; m <= nxx; m++) {
                for (int i = 1; i <= nyy; i++) {
                    m0 = m0 + 1;
                    m1 = m1 + 1;
                    wrk[m0] = wrk[m1];
                }
                m1 = m1 + nuy;
            }
        }
        double[] sx = new double[nx - 2 * nux + 1];
        System.arraycopy(t1x, nux + 1, sx, 1, nx - 2 * nux);
        double[] sy = new double[ny - 2 * nuy + 1];
        System.arraycopy(t1y, nuy + 1, sy, 1, ny - 2 * nuy);
        Fitpack.fpbisp(sx, nx - 2 * nux, sy, ny - 2 * nuy, Arrays.copyOf(wrk, Math.max(wrk.length, nc + 1)), kkx,
                kky, x, mx, y, my, z);
        return z;
    }
}
