package org.sciaccel.optimize;

import java.util.Locale;

/**
 * MINPACK's hybrd and hybrj, the solvers behind SciPy's {@code root(method='hybr')} and
 * {@code fsolve}: Powell's hybrid method for n equations in n unknowns (Moré, Garbow and Hillstrom,
 * MINPACK-1, ANL-80-74). Each outer iteration takes the Jacobian (by forward differences, fdjac1,
 * or the caller's: hybrj) and factors it J = Q·R without pivoting; then steps are taken on the
 * dogleg between the Gauss–Newton and the scaled steepest-descent directions inside the trust
 * region ‖D·p‖ ≤ Δ, and after each step Q and R are updated by Broyden's rank-one formula (r1updt,
 * r1mpyq) instead of a new Jacobian, until two consecutive steps fail or progress is too slow.
 * Written from the algorithm's description in MINPACK's order of operations, so it takes SciPy's
 * path: the same iterates, nfev and stop.
 *
 * <p>R is kept packed by rows (upper triangle, row i holding R[i][i..n)), as MINPACK and SciPy's
 * {@code r} have it; Q (SciPy's {@code fjac}) is column-major n×n, which read row-major is the
 * transposed matrix SciPy returns.
 */
final class Hybrd {
    /** MINPACK's dpmpar(3), the largest magnitude, as its decimal literal. */
    private static final double GIANT = 1.79769313486231e308;

    /**
     * @param info MINPACK's info: 1 converged (xtol), 2 the evaluation cap, 3 xtol too small,
     *             4 no progress over five Jacobians, 5 no progress over ten iterations
     * @param fjac Q of the last factorisation (updated), column-major n×n
     * @param r    R packed by rows, n(n+1)/2 values
     * @param qtf  Qᵀ·fvec
     */
    record Result(double[] x, double[] fvec, int info, int nfev, int njev, double[] fjac, double[] r, double[] qtf) {
    }

    private Hybrd() {
    }

    /**
     * Solves fcn(x) = 0 from {@code x0}.
     *
     * @param dfun   the Jacobian (hybrj), or null for forward differences (hybrd)
     * @param ml     sub-diagonals of a banded Jacobian for the differences (n-1 or more, or negative: dense)
     * @param mu     super-diagonals, likewise
     * @param epsfcn the relative error of the function: the difference step is √max(epsfcn, ε)·|x_j|
     * @param diag   the variables' scale D (MINPACK's mode 2), or null for D from the Jacobian's
     *               column norms, kept at their running maxima (mode 1)
     * @param factor the initial trust radius Δ = factor·‖D·x0‖ (factor when that is 0)
     */
    static Result solve(Optimize.Residuals fcn, Optimize.Jacobian dfun, double[] x0, double xtol, int maxfev, int ml,
            int mu, double epsfcn, double[] diag, double factor) {
        int n = x0.length;
        check(n, xtol, maxfev, factor, diag);
        double epsmch = MinpackQr.EPSMCH;
        if (ml < 0) {
            ml = n - 1;
        }
        if (mu < 0) {
            mu = n - 1;
        }
        int msum = Math.min(ml + mu + 1, n);
        boolean scaleByColumns = diag == null;
        double[] d = scaleByColumns ? new double[n] : diag.clone();
        double[] x = x0.clone();
        double[] fvec = new double[n];
        double[] fjac = new double[n * n];
        double[] r = new double[n * (n + 1) / 2];
        double[] qtf = new double[n];
        double[] wa1 = new double[n];
        double[] wa2 = new double[n];
        double[] wa3 = new double[n];
        double[] wa4 = new double[n];
        int[] ipvt = new int[n];

        fcn.compute(x, fvec);
        int nfev = 1;
        int njev = 0;
        double fnorm = MinpackQr.enorm(n, fvec, 0);
        int iter = 1;
        int ncsuc = 0;
        int ncfail = 0;
        int nslow1 = 0;
        int nslow2 = 0;
        double delta = 0;
        double xnorm = 0;
        int info = 0;
        outer:
        while (true) {
            boolean jeval = true;
            if (dfun == null) {
                fdjac1(fcn, n, x, fvec, fjac, ml, mu, epsfcn, wa1, wa2);
                nfev += msum;
            } else {
                jacobianInto(dfun, x, n, fjac);
                njev++;
            }
            // wa1: R's diagonal, wa2: the Jacobian's column norms
            MinpackQr.qrfac(n, n, fjac, n, false, ipvt, wa1, wa2, wa3);
            if (iter == 1) {
                if (scaleByColumns) {
                    for (int j = 0; j < n; j++) {
                        d[j] = wa2[j] == 0 ? 1 : wa2[j];
                    }
                }
                for (int j = 0; j < n; j++) {
                    wa3[j] = d[j] * x[j];
                }
                xnorm = MinpackQr.enorm(n, wa3, 0);
                delta = factor * xnorm;
                if (delta == 0) {
                    delta = factor;
                }
            }
            // Qᵀ·fvec by the Householder reflectors in turn
            System.arraycopy(fvec, 0, qtf, 0, n);
            for (int j = 0; j < n; j++) {
                int cj = j * n;
                if (fjac[cj + j] != 0) {
                    double sum = 0;
                    for (int i = j; i < n; i++) {
                        sum += fjac[cj + i] * qtf[i];
                    }
                    double temp = -sum / fjac[cj + j];
                    for (int i = j; i < n; i++) {
                        qtf[i] += fjac[cj + i] * temp;
                    }
                }
            }
            // R into its packed rows, then Q accumulated in fjac
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < j; i++) {
                    r[rowStart(i, n) + (j - i)] = fjac[i + j * n];
                }
                r[rowStart(j, n)] = wa1[j];
            }
            qform(n, fjac, wa1);
            if (scaleByColumns) {
                for (int j = 0; j < n; j++) {
                    d[j] = Math.max(d[j], wa2[j]);
                }
            }
            // inner loop: dogleg steps with Broyden updates of Q and R, no new Jacobian
            while (true) {
                dogleg(n, r, d, qtf, delta, wa1, wa2, wa3);
                for (int j = 0; j < n; j++) {
                    wa1[j] = -wa1[j];
                    wa2[j] = x[j] + wa1[j];
                    wa3[j] = d[j] * wa1[j];
                }
                double pnorm = MinpackQr.enorm(n, wa3, 0);
                if (iter == 1) {
                    delta = Math.min(delta, pnorm);
                }
                fcn.compute(wa2, wa4);
                nfev++;
                double fnorm1 = MinpackQr.enorm(n, wa4, 0);
                // actual relative reduction of ‖F‖², -1 when it did not fall
                double actred = -1;
                if (fnorm1 < fnorm) {
                    double q = fnorm1 / fnorm;
                    actred = 1 - q * q;
                }
                // predicted reduction of the linear model: ‖Qᵀf + R·p‖ against ‖f‖
                for (int i = 0; i < n; i++) {
                    int l = rowStart(i, n);
                    double sum = 0;
                    for (int j = i; j < n; j++) {
                        sum += r[l++] * wa1[j];
                    }
                    wa3[i] = qtf[i] + sum;
                }
                double temp = MinpackQr.enorm(n, wa3, 0);
                double prered = 0;
                if (temp < fnorm) {
                    double q = temp / fnorm;
                    prered = 1 - q * q;
                }
                double ratio = prered > 0 ? actred / prered : 0;
                // the radius: halved on a poor step; on good ones grown to twice the step, at once when
                // the model predicted the reduction to 10%
                if (ratio < 0.1) {
                    ncsuc = 0;
                    ncfail++;
                    delta = 0.5 * delta;
                } else {
                    ncfail = 0;
                    ncsuc++;
                    if (ratio >= 0.5 || ncsuc > 1) {
                        delta = Math.max(delta, pnorm / 0.5);
                    }
                    if (Math.abs(ratio - 1) <= 0.1) {
                        delta = pnorm / 0.5;
                    }
                }
                if (ratio >= 1e-4) {
                    // a successful step: move there
                    for (int j = 0; j < n; j++) {
                        x[j] = wa2[j];
                        wa2[j] = d[j] * x[j];
                        fvec[j] = wa4[j];
                    }
                    xnorm = MinpackQr.enorm(n, wa2, 0);
                    fnorm = fnorm1;
                    iter++;
                }
                // slow progress: over ten iterations, or over five Jacobian evaluations
                nslow1++;
                if (actred >= 0.001) {
                    nslow1 = 0;
                }
                if (jeval) {
                    nslow2++;
                }
                if (actred >= 0.1) {
                    nslow2 = 0;
                }
                if (delta <= xtol * xnorm || fnorm == 0) {
                    info = 1;
                    break outer;
                }
                if (nfev >= maxfev) {
                    info = 2;
                }
                if (0.1 * Math.max(0.1 * delta, pnorm) <= epsmch * xnorm) {
                    info = 3;
                }
                if (nslow2 == 5) {
                    info = 4;
                }
                if (nslow1 == 10) {
                    info = 5;
                }
                if (info != 0) {
                    break outer;
                }
                if (ncfail == 2) {
                    // two failures in a row: a new Jacobian
                    break;
                }
                // Broyden's rank-one update J + (Δf − J·p)·(D²p)ᵀ/‖Dp‖²: u = (Qᵀ·f_new − (Qᵀf + R·p))/‖Dp‖
                // and v = D²p/‖Dp‖, applied to R (r1updt) and to Q and Qᵀf (r1mpyq)
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int i = 0; i < n; i++) {
                        sum += fjac[i + j * n] * wa4[i];
                    }
                    wa2[j] = (sum - wa3[j]) / pnorm;
                    wa1[j] = d[j] * ((d[j] * wa1[j]) / pnorm);
                    if (ratio >= 1e-4) {
                        qtf[j] = sum;
                    }
                }
                r1updt(n, r, wa1, wa2, wa3);
                r1mpyq(n, n, fjac, n, wa2, wa3);
                r1mpyq(1, n, qtf, 1, wa2, wa3);
                jeval = false;
            }
        }
        return new Result(x, fvec, info, nfev, njev, fjac, r, qtf);
    }

    /** Where row i of the packed upper triangle starts. */
    private static int rowStart(int i, int n) {
        return i * n - i * (i - 1) / 2;
    }

    /**
     * MINPACK's fdjac1: the forward-difference Jacobian, step h = √max(epsfcn, ε)·|x_j| (√… when
     * x_j = 0); for a band of ml sub- and mu super-diagonals narrower than n, the columns that share
     * no row are perturbed together (ml+mu+1 evaluations).
     */
    private static void fdjac1(Optimize.Residuals fcn, int n, double[] x, double[] fvec, double[] fjac, int ml, int mu,
            double epsfcn, double[] wa1, double[] wa2) {
        double eps = Math.sqrt(Math.max(epsfcn, MinpackQr.EPSMCH));
        int msum = ml + mu + 1;
        if (msum >= n) {
            Lmdif.fdjac2(fcn, n, n, x, fvec, fjac, epsfcn, wa1);
            return;
        }
        for (int k = 0; k < msum; k++) {
            for (int j = k; j < n; j += msum) {
                wa2[j] = x[j];
                double h = eps * Math.abs(wa2[j]);
                if (h == 0) {
                    h = eps;
                }
                x[j] = wa2[j] + h;
            }
            fcn.compute(x, wa1);
            for (int j = k; j < n; j += msum) {
                x[j] = wa2[j];
                double h = eps * Math.abs(wa2[j]);
                if (h == 0) {
                    h = eps;
                }
                for (int i = 0; i < n; i++) {
                    fjac[i + j * n] = 0;
                    if (i >= j - mu && i <= j + ml) {
                        fjac[i + j * n] = (wa1[i] - fvec[i]) / h;
                    }
                }
            }
        }
    }

    /** hybrj's iflag=2 call: the caller's n×n Jacobian (rows) into the column-major fjac. */
    private static void jacobianInto(Optimize.Jacobian dfun, double[] x, int n, double[] fjac) {
        double[][] rows = dfun.jacobian(x.clone());
        if (rows == null || rows.length != n) {
            throw new IllegalArgumentException("fprime: the Jacobian has " + (rows == null ? 0 : rows.length)
                    + " rows; shape (" + n + ", " + n + ") is needed");
        }
        for (int i = 0; i < n; i++) {
            if (rows[i] == null || rows[i].length != n) {
                throw new IllegalArgumentException("fprime: row " + i + " of the Jacobian is not of length " + n);
            }
            for (int j = 0; j < n; j++) {
                fjac[i + j * n] = rows[i][j];
            }
        }
    }

    /**
     * MINPACK's qform for a square matrix: the orthogonal Q from the Householder vectors qrfac left
     * in the lower triangle of {@code q}, accumulated backwards into q itself.
     */
    private static void qform(int n, double[] q, double[] wa) {
        for (int j = 1; j < n; j++) {
            for (int i = 0; i < j; i++) {
                q[i + j * n] = 0;
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            for (int i = k; i < n; i++) {
                wa[i] = q[i + k * n];
                q[i + k * n] = 0;
            }
            q[k + k * n] = 1;
            if (wa[k] != 0) {
                for (int j = k; j < n; j++) {
                    double sum = 0;
                    for (int i = k; i < n; i++) {
                        sum += q[i + j * n] * wa[i];
                    }
                    double temp = sum / wa[k];
                    for (int i = k; i < n; i++) {
                        q[i + j * n] -= temp * wa[i];
                    }
                }
            }
        }
    }

    /**
     * MINPACK's dogleg: the step x minimising ‖Qᵀf + R·x‖ along Powell's dogleg within ‖D·x‖ ≤ Δ
     * (the caller negates it): the Gauss–Newton point when it is inside; else the scaled gradient's
     * Cauchy point when that is outside (cut to the boundary); else the point on the segment between
     * them where it crosses the boundary. A zero diagonal of R is replaced by ε·(its column's largest
     * element) so a singular R still gives a direction.
     */
    private static void dogleg(int n, double[] r, double[] diag, double[] qtb, double delta, double[] x, double[] wa1,
            double[] wa2) {
        double epsmch = MinpackQr.EPSMCH;
        for (int j = n - 1; j >= 0; j--) {
            int jj = rowStart(j, n);
            int l = jj + 1;
            double sum = 0;
            for (int i = j + 1; i < n; i++) {
                sum += r[l++] * x[i];
            }
            double temp = r[jj];
            if (temp == 0) {
                for (int i = 0; i <= j; i++) {
                    temp = Math.max(temp, Math.abs(r[rowStart(i, n) + (j - i)]));
                }
                temp = epsmch * temp;
                if (temp == 0) {
                    temp = epsmch;
                }
            }
            x[j] = (qtb[j] - sum) / temp;
        }
        for (int j = 0; j < n; j++) {
            wa1[j] = 0;
            wa2[j] = diag[j] * x[j];
        }
        double qnorm = MinpackQr.enorm(n, wa2, 0);
        if (qnorm <= delta) {
            return;
        }
        // the scaled gradient direction D⁻¹·Rᵀ·Qᵀf
        int l = 0;
        for (int j = 0; j < n; j++) {
            double temp = qtb[j];
            for (int i = j; i < n; i++) {
                wa1[i] += r[l++] * temp;
            }
            wa1[j] /= diag[j];
        }
        double gnorm = MinpackQr.enorm(n, wa1, 0);
        double sgnorm = 0;
        double alpha = delta / qnorm;
        if (gnorm != 0) {
            // the minimiser of the model along the scaled gradient
            for (int j = 0; j < n; j++) {
                wa1[j] = (wa1[j] / gnorm) / diag[j];
            }
            l = 0;
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int i = j; i < n; i++) {
                    sum += r[l++] * wa1[i];
                }
                wa2[j] = sum;
            }
            double temp = MinpackQr.enorm(n, wa2, 0);
            sgnorm = (gnorm / temp) / temp;
            alpha = 0;
            if (sgnorm < delta) {
                // the dogleg's crossing of the boundary between the Cauchy and Gauss–Newton points
                double bnorm = MinpackQr.enorm(n, qtb, 0);
                double dq = delta / qnorm;
                double sd = sgnorm / delta;
                temp = (bnorm / gnorm) * (bnorm / qnorm) * sd;
                temp = temp - dq * (sd * sd) + Math.sqrt((temp - dq) * (temp - dq) + (1 - dq * dq) * (1 - sd * sd));
                alpha = (dq * (1 - sd * sd)) / temp;
            }
        }
        double temp = (1 - alpha) * Math.min(sgnorm, delta);
        for (int j = 0; j < n; j++) {
            x[j] = temp * wa1[j] + alpha * x[j];
        }
    }

    /**
     * MINPACK's r1updt for a square S (packed by rows): given S and vectors u, v, finds an
     * orthogonal Q̃ with S + u·vᵀ = Q̃·S̃, S̃ upper triangular. Rotations turning v into a multiple
     * of e_n put a spike into S's last row, the rank-one term is added there, and further rotations
     * remove the spike. On return {@code v} holds the first rotations (as MINPACK encodes them, a
     * sine or the reciprocal of a cosine) and {@code w} the second, for r1mpyq.
     */
    private static void r1updt(int n, double[] s, double[] u, double[] v, double[] w) {
        int jj = rowStart(n - 1, n);
        w[n - 1] = s[jj];
        for (int j = n - 2; j >= 0; j--) {
            jj = rowStart(j, n);
            w[j] = 0;
            if (v[j] != 0) {
                double sin;
                double cos;
                double tau;
                if (Math.abs(v[n - 1]) < Math.abs(v[j])) {
                    double cotan = v[n - 1] / v[j];
                    sin = 0.5 / Math.sqrt(0.25 + 0.25 * (cotan * cotan));
                    cos = sin * cotan;
                    tau = 1;
                    if (Math.abs(cos) * GIANT > 1) {
                        tau = 1 / cos;
                    }
                } else {
                    double tan = v[j] / v[n - 1];
                    cos = 0.5 / Math.sqrt(0.25 + 0.25 * (tan * tan));
                    sin = cos * tan;
                    tau = sin;
                }
                v[n - 1] = sin * v[j] + cos * v[n - 1];
                v[j] = tau;
                int l = jj;
                for (int i = j; i < n; i++) {
                    double temp = cos * s[l] - sin * w[i];
                    w[i] = sin * s[l] + cos * w[i];
                    s[l] = temp;
                    l++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            w[i] += v[n - 1] * u[i];
        }
        jj = 0;
        for (int j = 0; j < n - 1; j++) {
            if (w[j] != 0) {
                double sin;
                double cos;
                double tau;
                if (Math.abs(s[jj]) < Math.abs(w[j])) {
                    double cotan = s[jj] / w[j];
                    sin = 0.5 / Math.sqrt(0.25 + 0.25 * (cotan * cotan));
                    cos = sin * cotan;
                    tau = 1;
                    if (Math.abs(cos) * GIANT > 1) {
                        tau = 1 / cos;
                    }
                } else {
                    double tan = w[j] / s[jj];
                    cos = 0.5 / Math.sqrt(0.25 + 0.25 * (tan * tan));
                    sin = cos * tan;
                    tau = sin;
                }
                int l = jj;
                for (int i = j; i < n; i++) {
                    double temp = cos * s[l] + sin * w[i];
                    w[i] = -sin * s[l] + cos * w[i];
                    s[l] = temp;
                    l++;
                }
                w[j] = tau;
            }
            jj += n - j;
        }
        s[jj] = w[n - 1];
    }

    /**
     * MINPACK's r1mpyq: A (m×n, column-major, leading dimension ld) times the rotations r1updt
     * encoded in v (applied from column n-2 down) and then in w (from column 0 up).
     */
    private static void r1mpyq(int m, int n, double[] a, int ld, double[] v, double[] w) {
        for (int j = n - 2; j >= 0; j--) {
            double cos;
            double sin;
            if (Math.abs(v[j]) > 1) {
                cos = 1 / v[j];
                sin = Math.sqrt(1 - cos * cos);
            } else {
                sin = v[j];
                cos = Math.sqrt(1 - sin * sin);
            }
            for (int i = 0; i < m; i++) {
                double temp = cos * a[i + j * ld] - sin * a[i + (n - 1) * ld];
                a[i + (n - 1) * ld] = sin * a[i + j * ld] + cos * a[i + (n - 1) * ld];
                a[i + j * ld] = temp;
            }
        }
        for (int j = 0; j < n - 1; j++) {
            double cos;
            double sin;
            if (Math.abs(w[j]) > 1) {
                cos = 1 / w[j];
                sin = Math.sqrt(1 - cos * cos);
            } else {
                sin = w[j];
                cos = Math.sqrt(1 - sin * sin);
            }
            for (int i = 0; i < m; i++) {
                double temp = cos * a[i + j * ld] + sin * a[i + (n - 1) * ld];
                a[i + (n - 1) * ld] = -sin * a[i + j * ld] + cos * a[i + (n - 1) * ld];
                a[i + j * ld] = temp;
            }
        }
    }

    /** SciPy's message for each status of _root_hybr. */
    static String message(int info, double xtol, int maxfev) {
        return switch (info) {
            case 1 -> "The solution converged.";
            case 2 -> "The number of calls to function has reached maxfev = " + maxfev + ".";
            case 3 -> "xtol=" + String.format(Locale.ROOT, "%f", xtol)
                    + " is too small, no further improvement in the approximate\n  solution is possible.";
            case 4 -> "The iteration is not making good progress, as measured by the \n  improvement from the last"
                    + " five Jacobian evaluations.";
            case 5 -> "The iteration is not making good progress, as measured by the \n  improvement from the last"
                    + " ten iterations.";
            case 0 -> "Improper input parameters were entered.";
            default -> "An error occurred.";
        };
    }

    /** MINPACK returns info 0 for these (SciPy: "Improper input parameters were entered."); here each names its parameter. */
    static void check(int n, double xtol, int maxfev, double factor, double[] diag) {
        if (n == 0) {
            throw new IllegalArgumentException("x0: empty");
        }
        if (!(xtol >= 0)) {
            throw new IllegalArgumentException("xtol=" + xtol + " must be non-negative (Improper input parameters"
                    + " were entered.)");
        }
        if (maxfev <= 0) {
            throw new IllegalArgumentException("maxfev=" + maxfev + " must be positive (Improper input parameters"
                    + " were entered.)");
        }
        if (!(factor > 0)) {
            throw new IllegalArgumentException("factor=" + factor + " must be positive (Improper input parameters"
                    + " were entered.)");
        }
        if (diag != null) {
            if (diag.length != n) {
                throw new IllegalArgumentException("diag: " + diag.length + " values for " + n + " variables");
            }
            for (double v : diag) {
                if (!(v > 0)) {
                    throw new IllegalArgumentException("diag: " + v + " must be positive (Improper input parameters"
                            + " were entered.)");
                }
            }
        }
    }
}
