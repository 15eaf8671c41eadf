package org.sciaccel.optimize;

import java.util.function.DoubleUnaryOperator;

/**
 * Alefeld, Potra and Shi's Algorithm 748 (inverse cubic interpolation and Newton-quadratic steps,
 * then a double-length secant step and a bisection when the bracket did not shrink enough):
 * SciPy's {@code toms748} ({@code TOMS748Solver} in scipy/optimize/_zeros_py.py), step for step,
 * its quirks included (with k = 2 a second pass reuses the first pass's point when the cubic
 * interpolation is refused), so the root, iterations and function calls are SciPy's.
 *
 * @see "G. E. Alefeld, F. A. Potra and Y. Shi, Algorithm 748: enclosing zeros of continuous
 *      functions, ACM TOMS 21 (1995) 327-344"
 */
final class Toms748 {
    private static final double MU = 0.5;
    private static final int K_MAX = 100;
    private static final double EPS = Math.ulp(1.0);

    private final DoubleUnaryOperator f;
    private final double xtol;
    private final double rtol;
    private final int maxiter;
    private final int k;
    private final double[] ab = new double[2];
    private final double[] fab = new double[2];
    private double d;
    private double fd;
    private double e;
    private double fe;
    private boolean hasE;
    private int functionCalls;
    private int iterations;

    private Toms748(DoubleUnaryOperator f, double xtol, double rtol, int maxiter, int k) {
        this.f = f;
        this.xtol = xtol;
        this.rtol = rtol;
        this.maxiter = maxiter;
        this.k = Math.min(k, K_MAX);
    }

    /** SciPy's {@code toms748(f, a, b, k=k, xtol, rtol, maxiter, full_output=True, disp)}. */
    static RootScalarResult solve(DoubleUnaryOperator f, double a, double b, int k, double xtol, double rtol,
            int maxiter, boolean disp) {
        if (!(xtol > 0)) {
            throw new IllegalArgumentException("xtol too small (" + PyFormat.g(xtol) + " <= 0)");
        }
        if (rtol < BracketRootChecks.RTOL / 4) {
            throw new IllegalArgumentException("rtol too small (" + PyFormat.g(rtol) + " < "
                    + PyFormat.g(BracketRootChecks.RTOL) + ")");
        }
        if (maxiter < 1) {
            throw new IllegalArgumentException("maxiter must be greater than 0");
        }
        if (!Double.isFinite(a)) {
            throw new IllegalArgumentException("a is not finite " + PyFormat.repr(a));
        }
        if (!Double.isFinite(b)) {
            throw new IllegalArgumentException("b is not finite " + PyFormat.repr(b));
        }
        if (a >= b) {
            throw new IllegalArgumentException("a and b are not an interval [" + PyFormat.repr(a) + ", "
                    + PyFormat.repr(b) + "]");
        }
        if (!(k >= 1)) {
            throw new IllegalArgumentException("k too small (" + k + " < 1)");
        }
        return new Toms748(f, xtol, rtol, maxiter, k).run(a, b, disp);
    }

    private RootScalarResult run(double a, double b, boolean disp) {
        ab[0] = a;
        ab[1] = b;
        double fa = call(a);
        if (fa == 0) {
            return result(a, RootScalarResult.CONVERGED);
        }
        double fb = call(b);
        if (fb == 0) {
            return result(b, RootScalarResult.CONVERGED);
        }
        if (Math.signum(fb) * Math.signum(fa) > 0) {
            throw new IllegalArgumentException("a, b must bracket a root f(" + e6(a) + ")=" + e6(fa) + ", f("
                    + e6(b) + ")=" + e6(fb) + " ");
        }
        fab[0] = fa;
        fab[1] = fb;
        // the first step: a secant step, or the midpoint when it falls outside the bracket
        double c = secant(ab[0], ab[1], fab[0], fab[1]);
        if (!(ab[0] < c && c < ab[1])) {
            c = mid();
        }
        double fc = call(c);
        if (fc == 0) {
            return result(c, RootScalarResult.CONVERGED);
        }
        updateBracket(c, fc); // sets d, fd to the discarded end
        d = discarded;
        fd = fdiscarded;
        hasE = false;
        iterations++;
        while (true) {
            int status = iterate();
            if (status == RootScalarResult.CONVERGED) {
                return result(last, RootScalarResult.CONVERGED);
            }
            if (status == RootScalarResult.CONVERGENCE_ERROR) {
                if (disp) {
                    throw new NoConvergenceException("Failed to converge after " + (iterations + 1)
                            + " iterations, bracket is [" + PyFormat.repr(ab[0]) + ", " + PyFormat.repr(ab[1]) + "]");
                }
                return result(last, RootScalarResult.CONVERGENCE_ERROR);
            }
        }
    }

    private double last;
    private double discarded;
    private double fdiscarded;

    /** One iteration, Algorithm 4.1 (k = 1) or 4.2 (k = 2); the new estimate in {@link #last}. */
    private int iterate() {
        iterations++;
        double d = this.d;
        double fd = this.fd;
        double e = this.e;
        double fe = this.fe;
        boolean hasE = this.hasE;
        double abWidth = ab[1] - ab[0];
        boolean haveC = false;
        double c = 0;
        for (int nsteps = 2; nsteps < k + 2; nsteps++) {
            // inverse cubic interpolation when the four values are distinct, nonzero and finite
            if (hasE && notClose(fab[0], fab[1], fd, fe, 32 * EPS)) {
                double c0 = inversePolyZero(ab[0], ab[1], d, e, fab[0], fab[1], fd, fe);
                if (ab[0] < c0 && c0 < ab[1]) {
                    c = c0;
                    haveC = true;
                }
            }
            if (!haveC) {
                c = newtonQuadratic(d, fd, nsteps);
                haveC = true;
            }
            double fc = call(c);
            if (fc == 0) {
                last = c;
                return RootScalarResult.CONVERGED;
            }
            e = d;
            fe = fd;
            hasE = true;
            updateBracket(c, fc);
            d = discarded;
            fd = fdiscarded;
        }
        // a double-length secant step from the end with the smaller |f|
        int uix = Math.abs(fab[0]) < Math.abs(fab[1]) ? 0 : 1;
        double u = ab[uix];
        double fu = fab[uix];
        double slope = (fab[1] - fab[0]) / (ab[1] - ab[0]);
        c = u - 2 * fu / slope;
        if (Math.abs(c - u) > 0.5 * (ab[1] - ab[0])) {
            c = mid();
        } else {
            if (isClose(c, u, EPS, 0)) {
                // c is too close to u: move it a little into the bracket
                int[] frs = {exponent(fab[0]), exponent(fab[1])};
                if (frs[uix] < frs[1 - uix] - 50) { // the values differ by more than 2**50
                    c = (31 * ab[uix] + ab[1 - uix]) / 32;
                } else {
                    double mm = uix == 0 ? 1 : -1;
                    double adj = mm * Math.abs(c) * rtol + mm * xtol;
                    c = u + adj;
                }
                if (!(ab[0] < c && c < ab[1])) {
                    c = mid();
                }
            }
        }
        double fc = call(c);
        if (fc == 0) {
            last = c;
            return RootScalarResult.CONVERGED;
        }
        e = d;
        fe = fd;
        hasE = true;
        updateBracket(c, fc);
        d = discarded;
        fd = fdiscarded;
        if (ab[1] - ab[0] > MU * abWidth) { // not shrunk enough: bisect too
            e = d;
            fe = fd;
            double z = mid();
            double fz = call(z);
            if (fz == 0) {
                last = z;
                return RootScalarResult.CONVERGED;
            }
            updateBracket(z, fz);
            d = discarded;
            fd = fdiscarded;
        }
        this.d = d;
        this.fd = fd;
        this.e = e;
        this.fe = fe;
        this.hasE = hasE;
        last = mid();
        if (isClose(ab[0], ab[1], rtol, xtol)) {
            return RootScalarResult.CONVERGED;
        }
        if (iterations >= maxiter) {
            return RootScalarResult.CONVERGENCE_ERROR;
        }
        return 1; // in progress
    }

    private double call(double x) {
        double fx = f.applyAsDouble(x);
        functionCalls++;
        if (!Double.isFinite(fx)) {
            throw new IllegalArgumentException("Invalid function value: f(" + String.format(java.util.Locale.ROOT, "%f", x) + ") -> "
                    + PyFormat.repr(fx) + " ");
        }
        return fx;
    }

    private RootScalarResult result(double x, int status) {
        return RootScalarResult.of(x, functionCalls, iterations, status);
    }

    /** SciPy's {@code sum(ab) / 2.0}. */
    private double mid() {
        return (ab[0] + ab[1]) / 2.0;
    }

    /** SciPy's {@code _update_bracket}: c replaces the end with f of the same sign; the replaced end is kept. */
    private void updateBracket(double c, double fc) {
        int idx = Math.signum(fab[0]) * Math.signum(fc) > 0 ? 0 : 1;
        discarded = ab[idx];
        fdiscarded = fab[idx];
        fab[idx] = fc;
        ab[idx] = c;
    }

    /** SciPy's {@code _secant}. */
    private static double secant(double x0, double x1, double f0, double f1) {
        if (f0 == f1) {
            return Double.NaN;
        }
        if (Math.abs(f1) > Math.abs(f0)) {
            return (-f0 / f1 * x1 + x0) / (1 - f0 / f1);
        }
        return (-f1 / f0 * x0 + x1) / (1 - f1 / f0);
    }

    /** SciPy's {@code _notclose}: all nonzero, finite, and no two within atol of each other. */
    private static boolean notClose(double f0, double f1, double f2, double f3, double atol) {
        double[] fs = {f0, f1, f2, f3};
        for (double v : fs) {
            if (v == 0 || !Double.isFinite(v)) {
                return false;
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 4; j++) {
                if (isClose(fs[i], fs[j], 0, atol)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** NumPy's {@code isclose(a, b, rtol, atol)} for finite values: |a - b| &lt;= atol + rtol |b|. */
    static boolean isClose(double a, double b, double rtol, double atol) {
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return a == b;
        }
        return Math.abs(a - b) <= atol + rtol * Math.abs(b);
    }

    /**
     * SciPy's {@code _inverse_poly_zero}: the value at 0 of the cubic through (fa, a), (fb, b),
     * (fc, c), (fd, d), by SciPy's Neville-type recurrence ({@code _interpolated_poly}).
     */
    private static double inversePolyZero(double a, double b, double c, double d, double fa, double fb, double fc,
            double fd) {
        double[] xs = {fa, fb, fc, fd};
        double[] ys = {a, b, c, d};
        int n = 4;
        double[][] q = new double[n][n];
        double[][] dd = new double[n][n];
        for (int i = 0; i < n; i++) {
            q[i][0] = ys[i];
            dd[i][0] = ys[i];
        }
        for (int kk = 1; kk < n; kk++) {
            for (int i = kk; i < n; i++) {
                double alpha = dd[i][kk - 1] - q[i - 1][kk - 1];
                double diffik = xs[i - kk] - xs[i];
                q[i][kk] = (xs[i] - 0) / diffik * alpha;
                dd[i][kk] = (xs[i - kk] - 0) / diffik * alpha;
            }
        }
        return ((q[n - 1][1] + q[n - 1][2]) + q[n - 1][3]) + q[n - 1][0];
    }

    /** SciPy's {@code _newton_quadratic}: nsteps Newton steps on the quadratic through a, b, d. */
    private double newtonQuadratic(double d, double fd, int nsteps) {
        double a = ab[0];
        double b = ab[1];
        double fa = fab[0];
        double fb = fab[1];
        // divided differences f[a, b] and f[a, b, d]
        double r0 = (fb - fa) / (b - a);
        double r1 = (fd - fb) / (d - b);
        double bdd = r0;
        double add = (r1 - r0) / (d - a);
        double r;
        if (add == 0) {
            r = a - fa / bdd;
        } else {
            r = Math.signum(add) * Math.signum(fa) > 0 ? a : b;
        }
        for (int i = 0; i < nsteps; i++) {
            double p = (add * (r - b) + bdd) * (r - a) + fa;
            double r1n = r - p / (bdd + add * (2 * r - a - b));
            if (!(ab[0] < r1n && r1n < ab[1])) {
                if (ab[0] < r && r < ab[1]) {
                    return r;
                }
                r = (0 + ab[0] + ab[1]) / 2.0;
                break;
            }
            r = r1n;
        }
        return r;
    }

    /** The exponent of NumPy's {@code frexp} (x = m 2^e with 0.5 &lt;= |m| &lt; 1); 0 for 0. */
    private static int exponent(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return 0;
        }
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            return Math.getExponent(x * 0x1p54) - 54 + 1;
        }
        return e + 1;
    }

    /** C's {@code %e}: six digits after the point, a two-digit exponent. */
    private static String e6(double x) {
        return String.format(java.util.Locale.ROOT, "%.6e", x);
    }
}
