package org.sciaccel.interpolate;

import java.util.Arrays;

/**
 * The construction of {@link RectBivariateSpline} and {@link Interp2d} as SciPy 1.10 does it: the
 * Python checks and messages, the interface's own (mx &gt; kx, my &gt; ky, 1 &lt;= kx, ky &lt;= 5,
 * s &gt;= 0), then regrid with nxest = mx + kx + 1 and nyest = my + ky + 1.
 */
final class BivariateFits {
    private BivariateFits() {
    }

    static RectBivariateSpline rect(double[] x, double[] y, double[][] z, Double[] bbox, int kx, int ky, double s) {
        if (x == null) {
            throw new IllegalArgumentException("x: null");
        }
        if (y == null) {
            throw new IllegalArgumentException("y: null");
        }
        if (z == null) {
            throw new IllegalArgumentException("z: null");
        }
        increasing(x, "x");
        increasing(y, "y");
        if (x.length != z.length) {
            throw new IllegalArgumentException("z: x dimension of z must have same number of elements as x (len(x)="
                    + x.length + ", z.shape[0]=" + z.length + ")");
        }
        for (double[] row : z) {
            if (row == null || row.length != y.length) {
                throw new IllegalArgumentException("z: y dimension of z must have same number of elements as y"
                        + " (len(y)=" + y.length + ", z.shape[1]=" + (row == null ? "null" : row.length) + ")");
            }
        }
        Double[] bb = bbox == null ? new Double[4] : bbox;
        if (bb.length != 4) {
            throw new IllegalArgumentException("bbox: bbox shape should be (4,), got " + bb.length + " values");
        }
        if (!(s >= 0.0)) {
            throw new IllegalArgumentException("s: s should be s >= 0.0 (s=" + s + ")");
        }
        int mx = x.length;
        int my = y.length;
        if (!(1 <= kx && kx <= 5)) {
            throw new IllegalArgumentException("kx: 1 <= kx <= 5 must hold (kx=" + kx + ")");
        }
        if (!(1 <= ky && ky <= 5)) {
            throw new IllegalArgumentException("ky: 1 <= ky <= 5 must hold (ky=" + ky + ")");
        }
        if (!(mx > kx)) {
            throw new IllegalArgumentException("x: mx > kx must hold (mx=" + mx + ", kx=" + kx + ")");
        }
        if (!(my > ky)) {
            throw new IllegalArgumentException("y: my > ky must hold (my=" + my + ", ky=" + ky + ")");
        }
        double[] flat = new double[mx * my];
        for (int i = 0; i < mx; i++) {
            System.arraycopy(z[i], 0, flat, i * my, my);
        }
        double xb = bb[0] == null ? min(x) : bb[0];
        double xe = bb[1] == null ? max(x) : bb[1];
        double yb = bb[2] == null ? min(y) : bb[2];
        double ye = bb[3] == null ? max(y) : bb[3];
        SurfaceFit fit = new SurfaceFit(x, y, flat, xb, xe, yb, ye, kx, ky, s);
        fit.regrid();
        if (fit.ier != 0 && fit.ier != -1 && fit.ier != -2) {
            throw new IllegalArgumentException("x: " + surfitMessage(fit.ier).trim().replace('\n', ' ')
                    + " (FITPACK's regrid, ier=" + fit.ier + ")");
        }
        double[] tx = Arrays.copyOfRange(fit.tx, 1, fit.nx + 1);
        double[] ty = Arrays.copyOfRange(fit.ty, 1, fit.ny + 1);
        double[] c = Arrays.copyOfRange(fit.c, 1, (fit.nx - kx - 1) * (fit.ny - ky - 1) + 1);
        return new RectBivariateSpline(tx, ty, c, kx, ky, fit.fp);
    }

    private static void increasing(double[] v, String name) {
        for (int i = 1; i < v.length; i++) {
            if (!(v[i] - v[i - 1] > 0.0)) {
                throw new IllegalArgumentException(name + ": " + name + " must be strictly increasing (" + name + "["
                        + i + "]=" + v[i] + " after " + v[i - 1] + ")");
            }
        }
    }

    static double min(double[] v) {
        double m = v.length < 1 ? 1e308 : v[0];
        for (int i = 1; i < v.length; i++) {
            if (v[i] < m) {
                m = v[i];
            }
        }
        return m;
    }

    static double max(double[] v) {
        double m = v.length < 1 ? -1e308 : v[0];
        for (int i = 1; i < v.length; i++) {
            if (v[i] > m) {
                m = v[i];
            }
        }
        return m;
    }

    /** SciPy's _surfit_messages for the codes regrid returns. */
    static String surfitMessage(int ier) {
        switch (ier) {
            case 1:
                return "The required storage space exceeds the available storage space: nxest or nyest too small,"
                        + " or s too small. The weighted least-squares spline corresponds to the current set of knots.";
            case 2:
                return "A theoretically impossible result was found during the iteration process for finding a"
                        + " smoothing spline with fp = s: s too small or badly chosen eps. Weighted sum of squared"
                        + " residuals does not satisfy abs(fp-s)/s < tol.";
            case 3:
                return "the maximal number of iterations maxit (set to 20 by the program) allowed for finding a"
                        + " smoothing spline with fp=s has been reached: s too small. Weighted sum of squared"
                        + " residuals does not satisfy abs(fp-s)/s < tol.";
            case 10:
                return "Error on entry, no approximation returned. The following conditions must hold:"
                        + " xb<=x[i]<=xe, yb<=y[i]<=ye, w[i]>0, i=0..m-1";
            default:
                return "ier=" + ier;
        }
    }

    /** SciPy's _iermess2 for surfit's codes (the first line of each, one line). */
    static String surfitIermess(int ier) {
        switch (Math.min(11, Math.max(-3, ier))) {
            case 0:
                return "The spline has a residual sum of squares fp such that abs(fp-s)/s<=0.001";
            case -1:
                return "The spline is an interpolating spline (fp=0)";
            case -2:
                return "The spline is weighted least-squares polynomial of degree kx and ky.\n"
                        + "fp gives the upper bound fp0 for the smoothing factor s";
            case 1:
                return "The required storage space exceeds the available storage space.\n"
                        + "Probable causes: nxest or nyest too small or s is too small. (fp>s)";
            case 2:
                return "A theoretically impossible result when finding a smoothing spline\n"
                        + "with fp = s. Probable causes: s too small or badly chosen eps.\n(abs(fp-s)/s>0.001)";
            case 3:
                return "The maximal number of iterations (20) allowed for finding smoothing\n"
                        + "spline with fp=s has been reached. Probable cause: s too small.\n(abs(fp-s)/s>0.001)";
            case 4:
                return "No more knots can be added because the number of B-spline\n"
                        + "coefficients already exceeds the number of data points m.\n"
                        + "Probable causes: either s or m too small. (fp>s)";
            case 5:
                return "No more knots can be added because the additional knot would\n"
                        + "coincide with an old one. Probable cause: s too small or too large\n"
                        + "a weight to an inaccurate data point. (fp>s)";
            case 10:
                return "Error on input data";
            default:
                return "An error occurred";
        }
    }

    static BisplrepResult bisplrep(double[] x, double[] y, double[] z, double[] w, Double xb, Double xe, Double yb,
            Double ye, int kx, int ky, Double s, double eps, Integer nxest, Integer nyest) {
        if (x == null) {
            throw new IllegalArgumentException("x: null");
        }
        if (y == null) {
            throw new IllegalArgumentException("y: null");
        }
        if (z == null) {
            throw new IllegalArgumentException("z: null");
        }
        int m = x.length;
        if (!(m == y.length && m == z.length)) {
            throw org.sciaccel.SciPyArgumentException.typeError("y: len(x)==len(y)==len(z) must hold. (" + m + ", "
                    + y.length + ", " + z.length + ")");
        }
        double[] wv = w;
        if (wv == null) {
            wv = new double[m];
            java.util.Arrays.fill(wv, 1.0);
        }
        if (wv.length != m) {
            throw org.sciaccel.SciPyArgumentException.typeError("w: len(w)=" + wv.length + " is not equal to m=" + m);
        }
        double b0 = xb == null ? min(x) : xb;
        double b1 = xe == null ? max(x) : xe;
        double c0 = yb == null ? min(y) : yb;
        double c1 = ye == null ? max(y) : ye;
        double sv = s == null ? m - Math.sqrt(2.0 * m) : s;
        if (!((1 <= kx && kx <= 5) && (1 <= ky && ky <= 5))) {
            throw org.sciaccel.SciPyArgumentException.typeError((kx < 1 || kx > 5 ? "kx" : "ky")
                    + ": Given degree of the spline (kx,ky=" + kx + "," + ky + ") is not supported. (1<=k<=5)");
        }
        if (m < (kx + 1) * (ky + 1)) {
            throw org.sciaccel.SciPyArgumentException.typeError("x: m >= (kx+1)(ky+1) must hold (m=" + m + ")");
        }
        int nxe = nxest == null ? (int) (kx + Math.sqrt(m / 2.0)) : nxest;
        int nye = nyest == null ? (int) (ky + Math.sqrt(m / 2.0)) : nyest;
        nxe = Math.max(nxe, 2 * kx + 3);
        nye = Math.max(nye, 2 * ky + 3);
        if (sv == 0) {
            nxe = (int) (kx + Math.sqrt(3.0 * m));
            nye = (int) (ky + Math.sqrt(3.0 * m));
        }
        ScatteredSurfaceFit fit = new ScatteredSurfaceFit(x, y, z, wv, b0, b1, c0, c1, kx, ky, sv, nxe, nye, eps);
        fit.surfit();
        int ier = fit.ier;
        int ierm = Math.min(11, Math.max(-3, ier));
        if (ierm > 0 && !(ier >= 1 && ier <= 5)) {
            throw new IllegalArgumentException("x: " + surfitIermess(ier) + " (FITPACK's surfit, ier=" + ier + ")");
        }
        if (ier >= 1 && ier <= 5) {
            org.sciaccel.Warnings.warn(org.sciaccel.Warnings.Category.RUNTIME, surfitIermess(ier) + String.format(
                    "\n\tkx,ky=%d,%d nx,ny=%d,%d m=%d fp=%f s=%f", kx, ky, fit.nx, fit.ny, m, fit.fp, sv));
        }
        double[] tx = java.util.Arrays.copyOfRange(fit.tx, 1, fit.nx + 1);
        double[] ty = java.util.Arrays.copyOfRange(fit.ty, 1, fit.ny + 1);
        double[] c = java.util.Arrays.copyOfRange(fit.c, 1, (fit.nx - kx - 1) * (fit.ny - ky - 1) + 1);
        return new BisplrepResult(tx, ty, c, kx, ky, fit.fp, ier, surfitIermess(ier));
    }
}
