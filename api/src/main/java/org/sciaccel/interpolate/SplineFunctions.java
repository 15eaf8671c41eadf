package org.sciaccel.interpolate;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.NDArray;
import org.sciaccel.OpRouter;
import org.sciaccel.SciPyArgumentException;
import org.sciaccel.Warnings;
import org.sciaccel.spi.SplineCurve;

/**
 * FITPACK's functional API as SciPy 1.10's {@code _fitpack_impl} wraps it: splrep, splev, splint,
 * sproot, splder and splantider on {@link Tck} triples. Evaluation runs on the points' backend
 * ({@link org.sciaccel.spi.SplineCurveOps}); everything else on the host.
 */
final class SplineFunctions {
    /** The registry name evaluation is routed under. */
    static final String SPLEV = "interpolate.splev";

    private SplineFunctions() {
    }

    /** The message of curfit's ier, as splrep's {@code _iermess}. */
    static String iermess(int ier) {
        switch (ier) {
            case 0:
                return "The spline has a residual sum of squares fp such that abs(fp-s)/s<=0.001";
            case -1:
                return "The spline is an interpolating spline (fp=0)";
            case -2:
                return "The spline is weighted least-squares polynomial of degree k.\n"
                        + "fp gives the upper bound fp0 for the smoothing factor s";
            case 1:
                return "The required storage space exceeds the available storage space.\n"
                        + "Probable causes: data (x,y) size is too small or smoothing parameter"
                        + "\ns is too small (fp>s).";
            case 2:
                return "A theoretically impossible result when finding a smoothing spline\n"
                        + "with fp = s. Probable cause: s too small. (abs(fp-s)/s>0.001)";
            case 3:
                return "The maximal number of iterations (20) allowed for finding smoothing\n"
                        + "spline with fp=s has been reached. Probable cause: s too small.\n"
                        + "(abs(fp-s)/s>0.001)";
            case 10:
                return "Error on input data";
            default:
                return "An error occurred";
        }
    }

    static SplrepResult splrep(double[] x, double[] y, double[] w, Double xb, Double xe, int k, int task, Double s,
            double[] t, boolean quiet) {
        if (x == null) {
            throw new IllegalArgumentException("x: null");
        }
        if (y == null) {
            throw new IllegalArgumentException("y: null");
        }
        int m = x.length;
        double sv;
        double[] wv;
        if (w == null) {
            wv = new double[m];
            Arrays.fill(wv, 1.0);
            sv = s == null ? 0.0 : s;
        } else {
            wv = w;
            sv = s == null ? m - Math.sqrt(2.0 * m) : s;
        }
        if (wv.length != m) {
            throw SciPyArgumentException.typeError("w: len(w)=" + wv.length + " is not equal to m=" + m);
        }
        if (m != y.length) {
            throw SciPyArgumentException.typeError("y: Lengths of the first three arguments (x,y,w) must be equal"
                    + " (len(x)=" + m + ", len(y)=" + y.length + ")");
        }
        if (!(1 <= k && k <= 5)) {
            throw SciPyArgumentException.typeError("k: Given degree of the spline (k=" + k
                    + ") is not supported. (1<=k<=5)");
        }
        if (m <= k) {
            throw SciPyArgumentException.typeError("x: m > k must hold (m=" + m + ", k=" + k + ")");
        }
        double b = xb == null ? x[0] : xb;
        double e = xe == null ? x[m - 1] : xe;
        if (!(-1 <= task && task <= 1)) {
            throw SciPyArgumentException.typeError("task: task must be -1, 0 or 1 (got " + task + ")");
        }
        if (t != null) {
            task = -1;
        }
        if (task == 1) {
            throw new UnsupportedOperationException("task: task=1 (continuing the previous call's knots through"
                    + " SciPy's module-level cache) is not supported; use UnivariateSpline.setSmoothingFactor");
        }
        if (task == -1 && t == null) {
            throw SciPyArgumentException.typeError("t: Knots must be given for task=-1");
        }
        // the interface's own checks (f2py): xb <= x[0], xe >= x[m-1], s >= 0
        if (!(b <= x[0])) {
            throw new IllegalArgumentException("xb: xb <= x[0] must hold (xb=" + b + ", x[0]=" + x[0] + ")");
        }
        if (!(e >= x[m - 1])) {
            throw new IllegalArgumentException("xe: xe >= x[m-1] must hold (xe=" + e + ", x[m-1]=" + x[m - 1] + ")");
        }
        if (!(sv >= 0.0)) {
            throw new IllegalArgumentException("s: s >= 0.0 must hold (s=" + sv + ")");
        }
        int nest;
        if (task == -1) {
            nest = t.length + 2 * k + 2;
        } else {
            nest = Math.max(m + k + 1, 2 * k + 3);
        }
        CurveFit fit = new CurveFit(x, y, wv, b, e, k, sv, nest);
        int ier = curfitChecks(fit, task, t);
        if (ier == 0) {
            fit.fpcurf(task);
            ier = fit.ier;
        }
        if (ier > 0 && ier != 1 && ier != 2 && ier != 3) {
            throw new IllegalArgumentException("x: " + iermess(ier) + " (FITPACK's curfit, ier=" + ier + ")");
        }
        Tck tck = new Tck(fit.knots(), fit.coefficients(), k);
        if (ier <= 0 && !quiet) {
            Warnings.warn(Warnings.Category.RUNTIME, iermess(ier) + String.format("\tk=%d n=%d m=%d fp=%f s=%f", k,
                    fit.n, m, fit.fp, sv));
        }
        if (ier > 0) {
            Warnings.warn(Warnings.Category.RUNTIME, iermess(ier));
        }
        return new SplrepResult(tck, fit.fp, ier, iermess(ier));
    }

    /** curfit's data checks before fpcurf: 0 or 10 (and for iopt = -1, the given knots set in). */
    private static int curfitChecks(CurveFit fit, int iopt, double[] interior) {
        int k = fit.k;
        int m = fit.m;
        int k1 = k + 1;
        int nmin = 2 * k1;
        if (m < k1 || fit.nest < nmin) {
            return 10;
        }
        if (fit.xb > fit.x[1] || fit.xe < fit.x[m]) {
            return 10;
        }
        for (int i = 2; i <= m; i++) {
            if (fit.x[i - 1] > fit.x[i]) {
                return 10;
            }
        }
        if (iopt >= 0) {
            if (fit.s < 0. || (fit.s == 0. && fit.nest < m + k1)) {
                return 10;
            }
            return 0;
        }
        int n = fit.nest;
        double[] all = new double[n];
        for (int i = 0; i < k1; i++) {
            all[i] = fit.xb;
            all[n - 1 - i] = fit.xe;
        }
        System.arraycopy(interior, 0, all, k1, interior.length);
        fit.setKnots(all);
        double[] x0 = Arrays.copyOfRange(fit.x, 1, m + 1);
        return Fitpack.fpchec(x0, all, k) == 0 ? 0 : 10;
    }

    /** The curve (t, c, k) prepared for its der-th derivative, checked as splev checks it. */
    static SplineCurve curve(Tck tck, int der, Extrapolation ext) {
        if (tck == null) {
            throw new IllegalArgumentException("tck: null");
        }
        if (ext == null) {
            throw new IllegalArgumentException("ext: null");
        }
        int k = tck.k();
        if (!(0 <= der && der <= k)) {
            throw new IllegalArgumentException("der: 0<=der=" + der + "<=k=" + k + " must hold");
        }
        return SplineCurve.of(tck.knotsRef(), tck.coefficientsRef(), k, der, ext.code());
    }

    /** splev at points on a backend: the result on their backend, float64, of x's shape. */
    static NDArray splev(NDArray x, Tck tck, int der, Extrapolation ext) {
        if (x == null) {
            throw new IllegalArgumentException("x: null");
        }
        org.sciaccel.DTypeSupport.require(SPLEV, "x", x.dtype());
        SplineCurve curve = curve(tck, der, ext);
        if (x.dtype() != DType.FLOAT64 && x.dtype() != DType.FLOAT32) {
            NDArray wide = x.astype(DType.FLOAT64);
            try {
                return evaluate(wide, curve);
            } finally {
                wide.close();
            }
        }
        return evaluate(x, curve);
    }

    private static NDArray evaluate(NDArray x, SplineCurve curve) {
        return OpRouter.run(SPLEV, x, (backend, in) -> backend.splineCurve().evaluate(in, curve));
    }

    /** splev at host points, sequentially (the reference arithmetic the backends share). */
    static double[] splev(double[] x, Tck tck, int der, Extrapolation ext) {
        if (x == null) {
            throw new IllegalArgumentException("x: null");
        }
        SplineCurve curve = curve(tck, der, ext);
        double[] out = new double[x.length];
        double[] h = new double[SplineCurve.MAX_DEGREE + 2];
        double[] hh = new double[SplineCurve.MAX_DEGREE + 2];
        for (int i = 0; i < x.length; i++) {
            if (curve.ext() == 2 && curve.outside(x[i])) {
                throw new IllegalArgumentException("x: Found x value not in the domain (x=" + x[i] + ")");
            }
            out[i] = curve.value(x[i], h, hh);
        }
        return out;
    }

    static double splint(double a, double b, Tck tck) {
        if (tck == null) {
            throw new IllegalArgumentException("tck: null");
        }
        return Fitpack.splint(tck.knotsRef(), tck.coefficientsRef(), tck.k(), a, b);
    }

    static double[] sproot(Tck tck, int mest) {
        if (tck == null) {
            throw new IllegalArgumentException("tck: null");
        }
        if (tck.k() != 3) {
            throw new IllegalArgumentException("tck: sproot works only for cubic (k=3) splines (k=" + tck.k() + ")");
        }
        double[] t = tck.knotsRef();
        if (t.length < 8) {
            throw SciPyArgumentException.typeError("t: The number of knots " + t.length + ">=8");
        }
        if (mest < 0) {
            throw new IllegalArgumentException("mest: must be >= 0, got " + mest);
        }
        Fitpack.Roots r = Fitpack.sproot(t, tck.coefficientsOfKnotLength(), mest);
        if (r.ier() == 10) {
            throw SciPyArgumentException.typeError("t: Invalid input data. "
                    + "t1<=..<=t4<t5<..<tn-3<=..<=tn must hold.");
        }
        if (r.ier() == 1) {
            Warnings.warn(Warnings.Category.RUNTIME, "The number of zeros exceeds mest");
        }
        return r.zeros();
    }

    static Tck splder(Tck tck, int n) {
        if (tck == null) {
            throw new IllegalArgumentException("tck: null");
        }
        if (n < 0) {
            return splantider(tck, -n);
        }
        int k = tck.k();
        if (n > k) {
            throw new IllegalArgumentException("n: Order of derivative (n = " + n + ") must be <= order of spline (k = "
                    + k + ")");
        }
        double[] t = tck.knotsRef().clone();
        double[] c = tck.coefficientsOfKnotLength();
        for (int j = 0; j < n; j++) {
            int len = t.length;
            int nc = len - 2 - k;
            double[] nw = new double[nc + k];
            for (int i = 0; i < nc; i++) {
                double dt = t[k + 1 + i] - t[1 + i];
                if (dt == 0.0) {
                    throw new IllegalArgumentException("tck: The spline has internal repeated knots and is not"
                            + " differentiable " + n + " times");
                }
                nw[i] = (c[1 + i] - c[i]) * k / dt;
            }
            c = nw;
            t = Arrays.copyOfRange(t, 1, len - 1);
            k -= 1;
        }
        return new Tck(t, c, k);
    }

    static Tck splantider(Tck tck, int n) {
        if (tck == null) {
            throw new IllegalArgumentException("tck: null");
        }
        if (n < 0) {
            return splder(tck, -n);
        }
        int k = tck.k();
        if (k + n > 5) {
            throw new IllegalArgumentException("n: the antiderivative of order " + n + " of a spline of degree k=" + k
                    + " has degree " + (k + n) + " above FITPACK's 5");
        }
        double[] t = tck.knotsRef().clone();
        double[] c = tck.coefficientsOfKnotLength();
        for (int j = 0; j < n; j++) {
            int len = t.length;
            int nc = len - k - 1;
            double[] cum = new double[nc];
            double acc = 0.0;
            for (int i = 0; i < nc; i++) {
                acc += c[i] * (t[k + 1 + i] - t[i]);
                cum[i] = acc;
            }
            double[] nw = new double[1 + nc + k + 2];
            for (int i = 0; i < nc; i++) {
                nw[1 + i] = cum[i] / (k + 1);
            }
            double last = nw[nc];
            for (int i = 0; i < k + 2; i++) {
                nw[1 + nc + i] = last;
            }
            double[] nt = new double[len + 2];
            nt[0] = t[0];
            System.arraycopy(t, 0, nt, 1, len);
            nt[len + 1] = t[len - 1];
            t = nt;
            c = nw;
            k += 1;
        }
        return new Tck(t, c, k);
    }
}
