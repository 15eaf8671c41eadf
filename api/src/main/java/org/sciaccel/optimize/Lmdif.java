package org.sciaccel.optimize;

import java.util.Locale;

/**
 * MINPACK's lmdif and lmder, the solvers behind SciPy's {@code leastsq} and
 * {@code curve_fit(method='lm')} without and with a Jacobian function: Levenberg–Marquardt as a trust-region method on the scaled step ‖D·p‖ ≤ Δ
 * (Moré 1978), the Jacobian by forward differences (fdjac2) and factored by pivoted QR each outer
 * iteration ({@link MinpackQr}) — lmder takes the caller's Jacobian instead, counted in njev and
 * not in nfev — the step from the LM parameter for the current Δ, Δ grown or shrunk
 * by the ratio of actual to predicted reduction, and MINPACK's convergence tests and info codes.
 * Written from the algorithm's description in the same order of operations as MINPACK, so it takes
 * SciPy's path: the same iterates, the same stop, the same fjac/ipvt for the covariance.
 */
final class Lmdif {
    /** MINPACK's info: 1–4 converged, 5 evaluation cap, 6–8 tolerances too small for rounding. */
    record Result(double[] x, double[] fvec, double fnorm, int info, int nfev, int njev, double[] fjac, int[] ipvt,
            double[] qtf, String message) {

        /** The sum of squared residuals. */
        double cost() {
            double s = 0;
            for (double v : fvec) {
                s += v * v;
            }
            return s;
        }

        boolean converged() {
            return info >= 1 && info <= 4;
        }
    }

    private Lmdif() {
    }

    /**
     * Minimises ‖fcn(x)‖² from {@code x0}.
     *
     * @param m      the number of residuals (at least x0.length)
     * @param epsfcn the relative error of the function values: the difference step is
     *               √max(epsfcn, ε)·|x_j| (SciPy passes ε, the float64 machine epsilon, by default)
     * @param diag   the scaling D (mode 2), or null for MINPACK's mode 1: D from the Jacobian's
     *               column norms, updated by their maxima
     * @param factor the initial trust radius Δ = factor·‖D·x0‖ (factor when that is 0)
     * @param dfun   the Jacobian (lmder), or null for forward differences (lmdif)
     */
    static Result solve(Optimize.Residuals fcn, Optimize.Jacobian dfun, int m, double[] x0, double ftol, double xtol,
            double gtol, int maxfev, double epsfcn, double[] diag, double factor) {
        int n = x0.length;
        check(m, n, ftol, xtol, gtol, maxfev, factor, diag);
        double eps = MinpackQr.EPSMCH;
        boolean scaleByColumns = diag == null;
        double[] d = scaleByColumns ? new double[n] : diag.clone();
        double[] x = x0.clone();
        double[] fvec = new double[m];
        double[] fjac = new double[m * n];
        int[] ipvt = new int[n];
        double[] qtf = new double[n];
        double[] rdiag = new double[n];
        double[] acnorm = new double[n];
        double[] step = new double[n];
        double[] trial = new double[n];
        double[] work = new double[n];
        double[] sdiag = new double[n];
        double[] fTrial = new double[m];
        double[] wm = new double[m];

        fcn.compute(x, fvec);
        int nfev = 1;
        double fnorm = MinpackQr.enorm(m, fvec, 0);
        double par = 0;
        double delta = 0;
        double xnorm = 0;
        int njev = 0;
        int iter = 1;
        int info = 0;
        outer:
        while (true) {
            if (dfun == null) {
                fdjac2(fcn, m, n, x, fvec, fjac, epsfcn, fTrial);
                nfev += n;
            } else {
                jacobianInto(dfun, x, m, n, fjac);
                njev++;
            }
            MinpackQr.qrfac(m, n, fjac, m, ipvt, rdiag, acnorm, work);
            if (iter == 1) {
                // the first iteration fixes the scale and the trust radius from the start point
                if (scaleByColumns) {
                    for (int j = 0; j < n; j++) {
                        d[j] = acnorm[j] == 0 ? 1 : acnorm[j];
                    }
                }
                for (int j = 0; j < n; j++) {
                    work[j] = d[j] * x[j];
                }
                xnorm = MinpackQr.enorm(n, work, 0);
                delta = factor * xnorm;
                if (delta == 0) {
                    delta = factor;
                }
            }
            // Qᵀ·fvec: the Householder reflectors of qrfac applied in turn; its first n entries
            // are the right-hand side of every step's triangular system. R's diagonal then goes
            // into fjac so the upper triangle is R itself.
            System.arraycopy(fvec, 0, wm, 0, m);
            for (int j = 0; j < n; j++) {
                int cj = j * m;
                if (fjac[cj + j] != 0) {
                    double sum = 0;
                    for (int i = j; i < m; i++) {
                        sum += fjac[cj + i] * wm[i];
                    }
                    double temp = -sum / fjac[cj + j];
                    for (int i = j; i < m; i++) {
                        wm[i] += fjac[cj + i] * temp;
                    }
                }
                fjac[cj + j] = rdiag[j];
                qtf[j] = wm[j];
            }
            // the largest cosine between fvec and a Jacobian column (gtol's measure)
            double gnorm = 0;
            if (fnorm != 0) {
                for (int j = 0; j < n; j++) {
                    int l = ipvt[j];
                    if (acnorm[l] != 0) {
                        double sum = 0;
                        for (int i = 0; i <= j; i++) {
                            sum += fjac[i + j * m] * (qtf[i] / fnorm);
                        }
                        gnorm = Math.max(gnorm, Math.abs(sum / acnorm[l]));
                    }
                }
            }
            if (gnorm <= gtol) {
                info = 4;
                break;
            }
            if (scaleByColumns) {
                for (int j = 0; j < n; j++) {
                    d[j] = Math.max(d[j], acnorm[j]);
                }
            }
            // inner loop: steps from this Jacobian until one lowers the sum of squares enough
            while (true) {
                par = MinpackQr.lmpar(n, fjac, m, ipvt, d, qtf, delta, par, step, sdiag, work, wm);
                // lmpar solves for +p with right-hand side Qᵀf; the step is its negative
                for (int j = 0; j < n; j++) {
                    step[j] = -step[j];
                    trial[j] = x[j] + step[j];
                    work[j] = d[j] * step[j];
                }
                double pnorm = MinpackQr.enorm(n, work, 0);
                if (iter == 1) {
                    // the first step bounds the radius, so a too-generous factor does not linger
                    delta = Math.min(delta, pnorm);
                }
                fcn.compute(trial, fTrial);
                nfev++;
                double fnorm1 = MinpackQr.enorm(m, fTrial, 0);
                // actual relative reduction; -1 when the sum of squares grew tenfold or more (or is
                // not a number), so the step counts as a failure without overflow
                double actred = -1;
                if (0.1 * fnorm1 < fnorm) {
                    double r = fnorm1 / fnorm;
                    actred = 1 - r * r;
                }
                // predicted reduction of the linear model, and the directional derivative
                for (int j = 0; j < n; j++) {
                    work[j] = 0;
                    double temp = step[ipvt[j]];
                    for (int i = 0; i <= j; i++) {
                        work[i] += fjac[i + j * m] * temp;
                    }
                }
                double temp1 = MinpackQr.enorm(n, work, 0) / fnorm;
                double temp2 = (Math.sqrt(par) * pnorm) / fnorm;
                double prered = temp1 * temp1 + temp2 * temp2 / 0.5;
                double dirder = -(temp1 * temp1 + temp2 * temp2);
                double ratio = prered != 0 ? actred / prered : 0;
                if (ratio <= 0.25) {
                    // poor agreement: shrink the radius, by interpolating the reduction along the
                    // step when it rose, at least to a tenth
                    double temp = actred >= 0 ? 0.5 : 0.5 * dirder / (dirder + 0.5 * actred);
                    if (0.1 * fnorm1 >= fnorm || temp < 0.1) {
                        temp = 0.1;
                    }
                    delta = temp * Math.min(delta, pnorm / 0.1);
                    par /= temp;
                } else if (par == 0 || ratio >= 0.75) {
                    // good agreement (or a Gauss–Newton step): the radius to twice the step
                    delta = pnorm / 0.5;
                    par *= 0.5;
                }
                if (ratio >= 1e-4) {
                    // a successful step: move there
                    System.arraycopy(trial, 0, x, 0, n);
                    for (int j = 0; j < n; j++) {
                        work[j] = d[j] * x[j];
                    }
                    System.arraycopy(fTrial, 0, fvec, 0, m);
                    xnorm = MinpackQr.enorm(n, work, 0);
                    fnorm = fnorm1;
                    iter++;
                }
                boolean fSmall = Math.abs(actred) <= ftol && prered <= ftol && 0.5 * ratio <= 1;
                if (fSmall) {
                    info = 1;
                }
                if (delta <= xtol * xnorm) {
                    info = fSmall ? 3 : 2;
                }
                if (info != 0) {
                    break outer;
                }
                if (nfev >= maxfev) {
                    info = 5;
                }
                if (Math.abs(actred) <= eps && prered <= eps && 0.5 * ratio <= 1) {
                    info = 6;
                }
                if (delta <= eps * xnorm) {
                    info = 7;
                }
                if (gnorm <= eps) {
                    info = 8;
                }
                if (info != 0) {
                    break outer;
                }
                if (ratio >= 1e-4) {
                    break;
                }
            }
        }
        return new Result(x, fvec, fnorm, info, nfev, njev, fjac, ipvt, qtf, message(info, ftol, xtol, gtol, maxfev));
    }

    /** lmder's iflag=2 call: the caller's m×n Jacobian (rows) into the column-major fjac. */
    private static void jacobianInto(Optimize.Jacobian dfun, double[] x, int m, int n, double[] fjac) {
        double[][] rows = dfun.jacobian(x.clone());
        if (rows == null || rows.length != m) {
            throw new IllegalArgumentException("Dfun: the Jacobian has " + (rows == null ? 0 : rows.length)
                    + " rows but there are " + m + " residuals (shape (" + m + ", " + n + ") is needed)");
        }
        for (int i = 0; i < m; i++) {
            if (rows[i] == null || rows[i].length != n) {
                throw new IllegalArgumentException("Dfun: row " + i + " of the Jacobian has "
                        + (rows[i] == null ? 0 : rows[i].length) + " values but there are " + n + " parameters");
            }
            for (int j = 0; j < n; j++) {
                fjac[i + j * m] = rows[i][j];
            }
        }
    }

    /**
     * MINPACK's fdjac2: column j of the Jacobian by the forward difference with step
     * h = √max(epsfcn, ε)·|x_j| (√… when x_j = 0), divided by h itself rather than by the step
     * actually taken, as MINPACK does.
     */
    static void fdjac2(Optimize.Residuals fcn, int m, int n, double[] x, double[] fvec, double[] fjac, double epsfcn,
            double[] wa) {
        double eps = Math.sqrt(Math.max(epsfcn, MinpackQr.EPSMCH));
        for (int j = 0; j < n; j++) {
            double temp = x[j];
            double h = eps * Math.abs(temp);
            if (h == 0) {
                h = eps;
            }
            x[j] = temp + h;
            fcn.compute(x, wa);
            x[j] = temp;
            for (int i = 0; i < m; i++) {
                fjac[i + j * m] = (wa[i] - fvec[i]) / h;
            }
        }
    }

    /**
     * SciPy's leastsq cov_x from fjac and ipvt: R⁻¹ of the last Jacobian's pivoted QR (R upper
     * triangular, as LAPACK's trtri inverts it: refused when a diagonal element is exactly zero),
     * its rows permuted back, cov_x = R⁻¹·R⁻ᵀ (= (JᵀJ)⁻¹ of that Jacobian without forming JᵀJ, so it
     * stays symmetric and positive semi-definite). Row-major n×n, or null when R is singular or the
     * fit did not converge (SciPy's None).
     */
    static double[] covariance(Result r, int m) {
        if (!r.converged()) {
            return null;
        }
        int n = r.ipvt().length;
        double[] fjac = r.fjac();
        for (int j = 0; j < n; j++) {
            if (fjac[j + j * m] == 0) {
                return null;
            }
        }
        // inv: R⁻¹, upper triangular, row-major, column by column as LAPACK's unblocked trti2 does:
        // column j above the diagonal is -inv_jj times (the inverse so far) × (R's column j)
        double[] inv = new double[n * n];
        double[] col = new double[n];
        for (int j = 0; j < n; j++) {
            inv[j * n + j] = 1 / fjac[j + j * m];
            double ajj = -inv[j * n + j];
            for (int i = 0; i < j; i++) {
                col[i] = fjac[i + j * m];
            }
            // col := inv(0..j-1, 0..j-1) · col, in place from the top, as BLAS's upper trmv
            for (int k = 0; k < j; k++) {
                if (col[k] != 0) {
                    double t = col[k];
                    for (int i = 0; i < k; i++) {
                        col[i] += t * inv[i * n + k];
                    }
                    col[k] *= inv[k * n + k];
                }
            }
            for (int i = 0; i < j; i++) {
                inv[i * n + j] = ajj * col[i];
            }
        }
        // row i of R⁻¹ belongs to parameter ipvt[i] (SciPy's invR[perm] = invR)
        double[] cov = new double[n * n];
        int[] p = r.ipvt();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += inv[a * n + k] * inv[b * n + k];
                }
                cov[p[a] * n + p[b]] = s;
            }
        }
        return cov;
    }

    /** SciPy's leastsq message for each info code (its "%f" formatting included). */
    static String message(int info, double ftol, double xtol, double gtol, int maxfev) {
        return switch (info) {
            case 1 -> "Both actual and predicted relative reductions in the sum of squares\n  are at most "
                    + f(ftol);
            case 2 -> "The relative error between two consecutive iterates is at most " + f(xtol);
            case 3 -> "Both actual and predicted relative reductions in the sum of squares\n  are at most " + f(ftol)
                    + " and the relative error between two consecutive iterates is at \n  most " + f(xtol);
            case 4 -> "The cosine of the angle between func(x) and any column of the\n  Jacobian is at most " + f(gtol)
                    + " in absolute value";
            case 5 -> "Number of calls to function has reached maxfev = " + maxfev + ".";
            case 6 -> "ftol=" + f(ftol) + " is too small, no further reduction in the sum of squares\n  is possible.";
            case 7 -> "xtol=" + f(xtol) + " is too small, no further improvement in the approximate\n  solution is "
                    + "possible.";
            case 8 -> "gtol=" + f(gtol) + " is too small, func(x) is orthogonal to the columns of\n  the Jacobian to "
                    + "machine precision.";
            default -> "Improper input parameters.";
        };
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%f", v);
    }

    /** MINPACK returns info 0 for these (SciPy: "Improper input parameters."); here each names its parameter. */
    private static void check(int m, int n, double ftol, double xtol, double gtol, int maxfev, double factor,
            double[] diag) {
        if (n == 0) {
            throw new IllegalArgumentException("x0: empty");
        }
        if (m < n) {
            throw new IllegalArgumentException("Improper input: func input vector length N=" + n
                    + " must not exceed func output vector length M=" + m);
        }
        if (!(ftol >= 0) || !(xtol >= 0) || !(gtol >= 0)) {
            throw new IllegalArgumentException("ftol=" + ftol + ", xtol=" + xtol + ", gtol=" + gtol
                    + ": the tolerances must be non-negative (Improper input parameters.)");
        }
        if (maxfev <= 0) {
            throw new IllegalArgumentException("maxfev=" + maxfev + " must be positive (Improper input parameters.)");
        }
        if (!(factor > 0)) {
            throw new IllegalArgumentException("factor=" + factor + " must be positive (Improper input parameters.)");
        }
        if (diag != null) {
            if (diag.length != n) {
                throw new IllegalArgumentException("diag: " + diag.length + " values for " + n + " parameters");
            }
            for (double v : diag) {
                if (!(v > 0)) {
                    throw new IllegalArgumentException("diag: " + v + " must be positive (Improper input parameters.)");
                }
            }
        }
    }
}
