package org.sciaccel.optimize;

/**
 * The truncated Newton method with bounds of S. G. Nash ("Newton-type minimization via the Lanczos
 * method", SIAM J. Numer. Anal. 21, 1984; TNBC), in the C form of J.-S. Roy that SciPy 1.10's
 * {@code minimize(method='TNC')} runs, written in Java step for step so that the iterates and
 * counts are SciPy's:
 *
 * <ul>
 * <li>variables scaled to (x − offset)/scale (the box's width and centre when both bounds are
 *     finite, else 1 + |x₀| and x₀), the function rescaled when ‖g‖ is far from 1;
 * <li>the search direction from preconditioned conjugate gradients on the Newton equations
 *     (at most maxCGit steps), Hessian-vector products by differences of gradients, the
 *     preconditioner a two-step self-scaled BFGS update of a diagonal one;
 * <li>an active set of variables held at their bounds (added when a step reaches a bound, removed
 *     by the sign of the Lagrange multiplier estimate);
 * <li>Gill and Murray's safeguarded cubic line search ({@code getptc}).
 * </ul>
 *
 * <p>Return codes as SciPy's {@code status}: 0 local minimum (|pg| ≈ 0), 1 converged in f,
 * 2 converged in x, 3 evaluation limit, 4 line search failed, 5 all bounds equal, 6 unable to
 * progress. Not thread-safe: one instance per run.
 *
 * <p>The two-step preconditioner update subtracts its yk term where the one-step update adds
 * it: SciPy 1.10's tnc.c writes it so ({@link #initPreconditioner}), and the iterates follow it.
 * {@code minimize(method='TNC')} runs through here ({@code Minimize}).
 */
final class Tnc {
    /** Writes ∇f(x) into {@code g} and returns f(x). */
    interface ValueAndGradient {
        double evaluate(double[] x, double[] g);
    }

    /** SciPy's RCSTRINGS[-1]: a lower bound above its upper bound. */
    static final String INFEASIBLE_MESSAGE = "Infeasible (lower bound > upper bound)";
    static final String[] MESSAGES = {
        "Local minimum reached (|pg| ~= 0)",
        "Converged (|f_n-f_(n-1)| ~= 0)",
        "Converged (|x_n-x_(n-1)| ~= 0)",
        "Max. number of function evaluations reached",
        "Linear search failed",
        "All lower bounds are equal to the upper bounds",
        "Unable to progress",
        "User requested end of minimization",
    };
    static final int INFEASIBLE = -1;
    static final int LOCALMINIMUM = 0;
    static final int FCONVERGED = 1;
    static final int XCONVERGED = 2;
    static final int MAXFUN = 3;
    static final int LSFAIL = 4;
    static final int CONSTANT = 5;
    static final int NOPROGRESS = 6;

    private static final double EPSMCH = Math.ulp(1.0);

    /** x, f at the end (unscaled), the iterations and the return code. */
    record Outcome(double[] x, int nit, int rc) {
    }

    /** TNC's tuning parameters with SciPy's defaults (negative or zero: TNC picks its default). */
    record Parameters(int maxCGit, int maxfun, double eta, double stepmx, double accuracy, double fmin,
            double ftol, double xtol, double pgtol, double rescale) {
    }

    private final int n;
    private final ValueAndGradient function;
    private final double[] low;
    private final double[] up;
    private final double[] xscale;
    private final double[] xoffset;
    private final int[] pivot;
    private double fscale = 1;
    private int nfeval;

    private Tnc(int n, ValueAndGradient function, double[] low, double[] up) {
        this.n = n;
        this.function = function;
        this.low = low.clone();
        this.up = up.clone();
        this.xscale = new double[n];
        this.xoffset = new double[n];
        this.pivot = new int[n];
    }

    /** The C {@code tnc()} without user scaling (the bounds' width and centre, or 1 + |x0| and x0). */
    static Outcome run(ValueAndGradient function, double[] x0, double[] low, double[] up, Parameters p) {
        return run(function, x0, low, up, null, null, p);
    }

    /**
     * The C {@code tnc()}: checks, defaults, scaling, then {@link #minimize}. {@code scale} and
     * {@code offset} (null for TNC's own) are SciPy's options of those names: a variable of scale 0
     * is held at its start.
     */
    static Outcome run(ValueAndGradient function, double[] x0, double[] low, double[] up, double[] scale,
            double[] offset, Parameters p) {
        int n = x0.length;
        Tnc t = new Tnc(n, function, low, up);
        double[] x = x0.clone();
        for (int i = 0; i < n; i++) {
            if (t.low[i] > t.up[i]) {
                return new Outcome(x, 0, INFEASIBLE);
            }
        }
        coercex(x, t.low, t.up);
        if (p.maxfun() < 1) {
            return new Outcome(x, 0, MAXFUN);
        }
        double[] g = new double[n];
        double f = function.evaluate(x.clone(), g);
        t.nfeval++;
        int nc = 0;
        for (int i = 0; i < n; i++) {
            if (t.low[i] == t.up[i] || (scale != null && scale[i] == 0.0)) {
                nc++;
            }
        }
        if (nc == n) {
            return new Outcome(x, 0, CONSTANT);
        }
        for (int i = 0; i < n; i++) {
            if (scale != null) {
                t.xscale[i] = Math.abs(scale[i]);
                if (t.xscale[i] == 0.0) {
                    t.xoffset[i] = x[i];
                    t.low[i] = x[i];
                    t.up[i] = x[i];
                }
            } else if (t.low[i] != Double.NEGATIVE_INFINITY && t.up[i] != Double.POSITIVE_INFINITY) {
                t.xscale[i] = t.up[i] - t.low[i];
                t.xoffset[i] = (t.up[i] + t.low[i]) * 0.5;
            } else {
                t.xscale[i] = 1.0 + Math.abs(x[i]);
                t.xoffset[i] = x[i];
            }
            if (offset != null) {
                t.xoffset[i] = offset[i];
            }
        }
        double rteps = Math.sqrt(EPSMCH);
        double stepmx = p.stepmx() < rteps * 10.0 ? 1.0e1 : p.stepmx();
        double eta = p.eta() < 0.0 || p.eta() >= 1.0 ? 0.25 : p.eta();
        double rescale = p.rescale() < 0 ? 1.3 : p.rescale();
        int maxCGit = p.maxCGit();
        if (maxCGit < 0) {
            maxCGit = Math.max(1, Math.min(50, n / 2));
        }
        if (maxCGit > n) {
            maxCGit = n;
        }
        double accuracy = p.accuracy() <= EPSMCH ? rteps : p.accuracy();
        double ftol = p.ftol() < 0.0 ? accuracy : p.ftol();
        double pgtol = p.pgtol() < 0.0 ? 1e-2 * Math.sqrt(accuracy) : p.pgtol();
        double xtol = p.xtol() < 0.0 ? rteps : p.xtol();
        int[] niter = new int[1];
        int rc = t.minimize(x, f, g, maxCGit, p.maxfun(), niter, eta, stepmx, accuracy, p.fmin(), ftol, xtol,
                pgtol, rescale);
        return new Outcome(x, niter[0], rc);
    }

    /** The evaluations TNC made (its own count, which it checks against maxfun). */
    int evaluations() {
        return nfeval;
    }

    private int minimize(double[] x, double f, double[] gfull, int maxCGit, int maxnfeval, int[] niter, double eta,
            double stepmx, double accuracy, double fmin, double ftol, double xtol, double pgtol, double rescale) {
        double[] oldg = new double[n];
        double[] g = new double[n];
        double[] temp = new double[n];
        double[] diagb = new double[n];
        double[] pk = new double[n];
        double[] sk = new double[n];
        double[] yk = new double[n];
        double[] sr = new double[n];
        double[] yr = new double[n];
        double difnew = 0.0;
        double epsred = 0.05;
        boolean upd1 = true;
        int icycle = n - 1;
        boolean newcon = true;
        boolean lreset = false;
        double yrsr = 0.0;
        double yksk = 0.0;
        double alpha = 0.0;
        int rc;
        double[] fbox = {f};

        scalex(x);
        fbox[0] *= fscale;
        setConstraints(x);
        System.arraycopy(gfull, 0, g, 0, n);
        scaleg(g);
        for (int i = 0; i < n; i++) {
            if (-pivot[i] * g[i] < 0.0) {
                pivot[i] = 0;
            }
        }
        project(g);
        double gnorm = dnrm21(g);
        double fLastConstraint = fbox[0];
        double fLastReset = fbox[0];
        for (int i = 0; i < n; i++) {
            diagb[i] = 1.0;
        }
        while (true) {
            if (dnrm21(g) <= pgtol * fscale) {
                rc = LOCALMINIMUM;
                break;
            }
            if (nfeval >= maxnfeval) {
                rc = MAXFUN;
                break;
            }
            double newscale = dnrm21(g);
            if (newscale > EPSMCH && Math.abs(Math.log10(newscale)) > rescale) {
                newscale = 1.0 / newscale;
                fbox[0] *= newscale;
                fscale *= newscale;
                gnorm *= newscale;
                fLastConstraint *= newscale;
                fLastReset *= newscale;
                difnew *= newscale;
                for (int i = 0; i < n; i++) {
                    g[i] *= newscale;
                }
                for (int i = 0; i < n; i++) {
                    diagb[i] = 1.0;
                }
                upd1 = true;
                icycle = n - 1;
                newcon = true;
            }
            System.arraycopy(x, 0, temp, 0, n);
            project(temp);
            double xnorm = dnrm21(temp);
            int oldnfeval = nfeval;

            direction(pk, diagb, x, g, maxCGit, maxnfeval, upd1, yksk, yrsr, sk, yk, sr, yr, lreset, accuracy, gnorm,
                    xnorm);

            if (!newcon) {
                if (!lreset) {
                    for (int i = 0; i < n; i++) {
                        sr[i] += sk[i];
                        yr[i] += yk[i];
                    }
                    icycle++;
                } else {
                    System.arraycopy(sk, 0, sr, 0, n);
                    System.arraycopy(yk, 0, yr, 0, n);
                    fLastReset = fbox[0];
                    icycle = 1;
                }
            }
            System.arraycopy(g, 0, oldg, 0, n);
            double oldf = fbox[0];
            double oldgtp = ddot1(pk, g);
            double ustpmax = stepmx / (dnrm21(pk) + EPSMCH);
            double spe = stepMax(ustpmax, x, pk);
            if (spe > 0.0) {
                double[] alphaBox = {initialStep(fbox[0], fmin / fscale, oldgtp, spe)};
                int lsrc = linearSearch(eta, ftol, spe, pk, x, fbox, alphaBox, gfull, maxnfeval);
                alpha = alphaBox[0];
                if (lsrc == LS_FAIL) {
                    rc = LSFAIL;
                    break;
                }
                if (alpha >= 0.9 * ustpmax) {
                    stepmx *= 1e2;
                }
                if (alpha - spe >= -EPSMCH * 10.0) {
                    newcon = true;
                } else {
                    if (lsrc != LS_OK) {
                        rc = lsrc == LS_MAXFUN ? MAXFUN : LSFAIL;
                        break;
                    }
                    newcon = false;
                }
            } else {
                newcon = true;
            }
            if (newcon) {
                if (!addConstraint(x, pk) && nfeval == oldnfeval) {
                    rc = NOPROGRESS;
                    break;
                }
                fLastConstraint = fbox[0];
            }
            niter[0]++;
            double difold = difnew;
            difnew = oldf - fbox[0];
            if (icycle == 1) {
                if (difnew > difold * 2.0) {
                    epsred += epsred;
                }
                if (difnew < difold * 0.5) {
                    epsred *= 0.5;
                }
            }
            System.arraycopy(gfull, 0, g, 0, n);
            scaleg(g);
            System.arraycopy(g, 0, temp, 0, n);
            project(temp);
            gnorm = dnrm21(temp);
            boolean remcon = removeConstraint(oldgtp, gnorm, pgtol * fscale, fbox[0], fLastConstraint, g);
            if (remcon) {
                System.arraycopy(g, 0, temp, 0, n);
                project(temp);
                gnorm = dnrm21(temp);
                fLastConstraint = fbox[0];
            }
            if (!remcon && !newcon) {
                if (Math.abs(difnew) <= ftol * fscale) {
                    rc = FCONVERGED;
                    break;
                }
                if (alpha * dnrm21(pk) <= xtol) {
                    rc = XCONVERGED;
                    break;
                }
            }
            project(g);
            if (!newcon) {
                for (int i = 0; i < n; i++) {
                    yk[i] = g[i] - oldg[i];
                    sk[i] = alpha * pk[i];
                }
                yksk = ddot1(yk, sk);
                if (icycle == (n - 1) || difnew < epsred * (fLastReset - fbox[0])) {
                    lreset = true;
                } else {
                    yrsr = ddot1(yr, sr);
                    lreset = yrsr <= 0.0;
                }
                upd1 = false;
            }
        }
        unscalex(x);
        coercex(x, low, up);
        return rc;
    }

    private static void coercex(double[] x, double[] low, double[] up) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] < low[i]) {
                x[i] = low[i];
            } else if (x[i] > up[i]) {
                x[i] = up[i];
            }
        }
    }

    private void unscalex(double[] x) {
        for (int i = 0; i < n; i++) {
            x[i] = x[i] * xscale[i] + xoffset[i];
        }
    }

    private void scalex(double[] x) {
        for (int i = 0; i < n; i++) {
            if (xscale[i] > 0.0) {
                x[i] = (x[i] - xoffset[i]) / xscale[i];
            }
        }
    }

    private void scaleg(double[] g) {
        for (int i = 0; i < n; i++) {
            g[i] *= xscale[i] * fscale;
        }
    }

    private void setConstraints(double[] x) {
        for (int i = 0; i < n; i++) {
            if (xscale[i] == 0.0) {
                pivot[i] = 2;
            } else if (low[i] != Double.NEGATIVE_INFINITY
                    && x[i] * xscale[i] + xoffset[i] - low[i] <= EPSMCH * 10.0 * (Math.abs(low[i]) + 1.0)) {
                pivot[i] = -1;
            } else if (up[i] != Double.POSITIVE_INFINITY
                    && x[i] * xscale[i] + xoffset[i] - up[i] >= EPSMCH * 10.0 * (Math.abs(up[i]) + 1.0)) {
                pivot[i] = 1;
            } else {
                pivot[i] = 0;
            }
        }
    }

    /** Zeroes the components held at a bound. */
    private void project(double[] v) {
        for (int i = 0; i < n; i++) {
            if (pivot[i] != 0) {
                v[i] = 0.0;
            }
        }
    }

    private double stepMax(double step, double[] x, double[] dir) {
        for (int i = 0; i < n; i++) {
            if (pivot[i] == 0 && dir[i] != 0.0) {
                if (dir[i] < 0.0) {
                    double t = (low[i] - xoffset[i]) / xscale[i] - x[i];
                    if (t > step * dir[i]) {
                        step = t / dir[i];
                    }
                } else {
                    double t = (up[i] - xoffset[i]) / xscale[i] - x[i];
                    if (t < step * dir[i]) {
                        step = t / dir[i];
                    }
                }
            }
        }
        return step;
    }

    private boolean addConstraint(double[] x, double[] p) {
        boolean newcon = false;
        for (int i = 0; i < n; i++) {
            if (pivot[i] == 0 && p[i] != 0.0) {
                if (p[i] < 0.0 && low[i] != Double.NEGATIVE_INFINITY) {
                    double tol = EPSMCH * 10.0 * (Math.abs(low[i]) + 1.0);
                    if (x[i] * xscale[i] + xoffset[i] - low[i] <= tol) {
                        pivot[i] = -1;
                        x[i] = (low[i] - xoffset[i]) / xscale[i];
                        newcon = true;
                    }
                } else if (up[i] != Double.POSITIVE_INFINITY) {
                    double tol = EPSMCH * 10.0 * (Math.abs(up[i]) + 1.0);
                    if (up[i] - (x[i] * xscale[i] + xoffset[i]) <= tol) {
                        pivot[i] = 1;
                        x[i] = (up[i] - xoffset[i]) / xscale[i];
                        newcon = true;
                    }
                }
            }
        }
        return newcon;
    }

    /** Frees the bound with the most negative multiplier estimate, unless the last constraint still pays. */
    private boolean removeConstraint(double gtpnew, double gnorm, double pgtolfs, double f, double fLastConstraint,
            double[] g) {
        if ((fLastConstraint - f) <= (gtpnew * -0.5) && gnorm > pgtolfs) {
            return false;
        }
        int imax = -1;
        double cmax = 0.0;
        for (int i = 0; i < n; i++) {
            if (pivot[i] == 2) {
                continue;
            }
            double t = -pivot[i] * g[i];
            if (t < cmax) {
                cmax = t;
                imax = i;
            }
        }
        if (imax != -1) {
            pivot[imax] = 0;
            return true;
        }
        return false;
    }

    /**
     * tnc_direction: preconditioned conjugate gradients on the Newton equations, stopped when the
     * quadratic model's reduction stalls (Nash's test), on negative curvature, or after maxCGit steps.
     */
    private void direction(double[] zsol, double[] diagb, double[] x, double[] g, int maxCGit, int maxnfeval,
            boolean upd1, double yksk, double yrsr, double[] sk, double[] yk, double[] sr, double[] yr,
            boolean lreset, double accuracy, double gnorm, double xnorm) {
        if (maxCGit == 0) {
            for (int i = 0; i < n; i++) {
                zsol[i] = -g[i];
            }
            project(zsol);
            return;
        }
        double rhsnrm = gnorm;
        double tol = 1e-12;
        double qold = 0.0;
        double rzold = 0.0;
        double[] r = new double[n];
        double[] v = new double[n];
        double[] zk = new double[n];
        double[] emat = new double[n];
        double[] gv = new double[n];
        initPreconditioner(diagb, emat, lreset, yksk, yrsr, sk, yk, sr, yr, upd1);
        for (int i = 0; i < n; i++) {
            r[i] = -g[i];
            v[i] = 0.0;
            zsol[i] = 0.0;
        }
        for (int k = 0; k < maxCGit; k++) {
            project(r);
            msolve(r, zk, sk, yk, diagb, sr, yr, upd1, yksk, yrsr, lreset);
            project(zk);
            double rz = ddot1(r, zk);
            if ((rz / rhsnrm < tol) || (nfeval >= (maxnfeval - 1))) {
                if (k == 0) {
                    for (int i = 0; i < n; i++) {
                        zsol[i] = -g[i];
                    }
                    project(zsol);
                }
                break;
            }
            double beta = k == 0 ? 0.0 : rz / rzold;
            for (int i = 0; i < n; i++) {
                v[i] = zk[i] + beta * v[i];
            }
            project(v);
            hessianTimesVector(v, gv, x, g, accuracy, xnorm);
            ++nfeval;
            project(gv);
            double vgv = ddot1(v, gv);
            if (vgv / rhsnrm < tol) {
                if (k == 0) {
                    msolve(g, zsol, sk, yk, diagb, sr, yr, upd1, yksk, yrsr, lreset);
                    for (int i = 0; i < n; i++) {
                        zsol[i] = -zsol[i];
                    }
                    project(zsol);
                }
                break;
            }
            diagonalScaling(emat, v, gv, r);
            double alpha = rz / vgv;
            for (int i = 0; i < n; i++) {
                zsol[i] += alpha * v[i];
            }
            for (int i = 0; i < n; i++) {
                r[i] += -alpha * gv[i];
            }
            double gtp = ddot1(zsol, g);
            double pr = ddot1(r, zsol);
            double qnew = (gtp + pr) * 0.5;
            double qtest = (k + 1) * (1.0 - qold / qnew);
            if (qtest <= 0.5) {
                break;
            }
            if (gtp > 0.0) {
                for (int i = 0; i < n; i++) {
                    zsol[i] += -alpha * v[i];
                }
                break;
            }
            qold = qnew;
            rzold = rz;
        }
        System.arraycopy(emat, 0, diagb, 0, n);
    }

    private void diagonalScaling(double[] e, double[] v, double[] gv, double[] r) {
        double vr = 1.0 / ddot1(v, r);
        double vgv = 1.0 / ddot1(v, gv);
        for (int i = 0; i < n; i++) {
            e[i] += -r[i] * r[i] * vr + gv[i] * gv[i] * vgv;
            if (e[i] <= 1e-6) {
                e[i] = 1.0;
            }
        }
    }

    private static double initialStep(double fnew, double fmin, double gtp, double smax) {
        double d = Math.abs(fnew - fmin);
        double alpha = 1.0;
        if (d * 2.0 <= -(gtp) && d >= EPSMCH) {
            alpha = d * -2.0 / gtp;
        }
        if (alpha >= smax) {
            alpha = smax;
        }
        return alpha;
    }

    /** H·v by the difference of gradients at x + δv and x, δ = accuracy·(‖x‖ + 1). */
    private void hessianTimesVector(double[] v, double[] gv, double[] x, double[] g, double accuracy, double xnorm) {
        double[] xv = new double[n];
        double delta = accuracy * (xnorm + 1.0);
        for (int i = 0; i < n; i++) {
            xv[i] = x[i] + delta * v[i];
        }
        unscalex(xv);
        coercex(xv, low, up);
        function.evaluate(xv, gv);
        scaleg(gv);
        double dinv = 1.0 / delta;
        for (int i = 0; i < n; i++) {
            gv[i] = (gv[i] - g[i]) * dinv;
        }
        for (int i = 0; i < n; i++) {
            if (xscale[i] == 0.0) {
                gv[i] = 0.0;
            }
        }
    }

    /** msolve: y = H g with H the two-step self-scaled BFGS approximation (or diagonal on the first step). */
    private void msolve(double[] g, double[] y, double[] sk, double[] yk, double[] diagb, double[] sr,
            double[] yr, boolean upd1, double yksk, double yrsr, boolean lreset) {
        if (upd1) {
            for (int i = 0; i < n; i++) {
                y[i] = g[i] / diagb[i];
            }
            return;
        }
        double gsk = ddot1(g, sk);
        double[] hg = new double[n];
        double[] hyr = new double[n];
        double[] hyk = new double[n];
        if (lreset) {
            for (int i = 0; i < n; i++) {
                double rdiagb = 1.0 / diagb[i];
                hg[i] = g[i] * rdiagb;
                hyk[i] = yk[i] * rdiagb;
            }
            double ykhyk = ddot1(yk, hyk);
            double ghyk = ddot1(g, hyk);
            ssbfgs(1.0, sk, hg, hyk, yksk, ykhyk, gsk, ghyk, y);
        } else {
            for (int i = 0; i < n; i++) {
                double rdiagb = 1.0 / diagb[i];
                hg[i] = g[i] * rdiagb;
                hyk[i] = yk[i] * rdiagb;
                hyr[i] = yr[i] * rdiagb;
            }
            double gsr = ddot1(g, sr);
            double ghyr = ddot1(g, hyr);
            double yrhyr = ddot1(yr, hyr);
            ssbfgs(1.0, sr, hg, hyr, yrsr, yrhyr, gsr, ghyr, hg);
            double yksr = ddot1(yk, sr);
            double ykhyr = ddot1(yk, hyr);
            ssbfgs(1.0, sr, hyk, hyr, yrsr, yrhyr, yksr, ykhyr, hyk);
            double ykhyk = ddot1(hyk, yk);
            double ghyk = ddot1(hyk, g);
            ssbfgs(1.0, sk, hg, hyk, yksk, ykhyk, gsk, ghyk, y);
        }
    }

    private void ssbfgs(double gamma, double[] sj, double[] hjv, double[] hjyj, double yjsj, double yjhyj,
            double vsj, double vhyj, double[] hjp1v) {
        double beta;
        double delta;
        if (yjsj == 0.0) {
            delta = 0.0;
            beta = 0.0;
        } else {
            delta = (gamma * yjhyj / yjsj + 1.0) * vsj / yjsj - gamma * vhyj / yjsj;
            beta = -gamma * vsj / yjsj;
        }
        for (int i = 0; i < n; i++) {
            hjp1v[i] = gamma * hjv[i] + delta * sj[i] + beta * hjyj[i];
        }
    }

    private void initPreconditioner(double[] diagb, double[] emat, boolean lreset, double yksk, double yrsr,
            double[] sk, double[] yk, double[] sr, double[] yr, boolean upd1) {
        if (upd1) {
            System.arraycopy(diagb, 0, emat, 0, n);
            return;
        }
        double[] bsk = new double[n];
        if (lreset) {
            for (int i = 0; i < n; i++) {
                bsk[i] = diagb[i] * sk[i];
            }
            double sds = ddot1(sk, bsk);
            if (yksk == 0.0) {
                yksk = 1.0;
            }
            if (sds == 0.0) {
                sds = 1.0;
            }
            for (int i = 0; i < n; i++) {
                double td = diagb[i];
                emat[i] = td - td * td * sk[i] * sk[i] / sds + yk[i] * yk[i] / yksk;
            }
        } else {
            for (int i = 0; i < n; i++) {
                bsk[i] = diagb[i] * sr[i];
            }
            double sds = ddot1(sr, bsk);
            double srds = ddot1(sk, bsk);
            double yrsk = ddot1(yr, sk);
            if (yrsr == 0.0) {
                yrsr = 1.0;
            }
            if (sds == 0.0) {
                sds = 1.0;
            }
            for (int i = 0; i < n; i++) {
                double td = diagb[i];
                bsk[i] = td * sk[i] - bsk[i] * srds / sds + yr[i] * yrsk / yrsr;
                emat[i] = td - td * td * sr[i] * sr[i] / sds + yr[i] * yr[i] / yrsr;
            }
            sds = ddot1(sk, bsk);
            if (yksk == 0.0) {
                yksk = 1.0;
            }
            if (sds == 0.0) {
                sds = 1.0;
            }
            for (int i = 0; i < n; i++) {
                // SciPy 1.10's tnc.c writes this update as "emat[i] -= bsk²/sds + yk²/yksk": the
                // yk term is subtracted too (not added, as in the lreset branch); kept as SciPy runs it.
                emat[i] -= bsk[i] * bsk[i] / sds + yk[i] * yk[i] / yksk;
            }
        }
    }

    private static final int LS_OK = 0;
    private static final int LS_MAXFUN = 1;
    private static final int LS_FAIL = 2;

    /** Gill and Murray's line search along p from x (scaled), at most 64 trial steps. */
    private int linearSearch(double eta, double ftol, double xbnd, double[] p, double[] x, double[] f,
            double[] alpha, double[] gfull, int maxnfeval) {
        double[] temp = new double[n];
        double[] tempgfull = new double[n];
        double[] newgfull = new double[n];
        System.arraycopy(gfull, 0, temp, 0, n);
        scaleg(temp);
        LineSearchState s = new LineSearchState();
        s.gu = ddot1(temp, p);
        System.arraycopy(x, 0, temp, 0, n);
        project(temp);
        double xnorm = dnrm21(temp);
        double rteps = Math.sqrt(EPSMCH);
        double pe = dnrm21(p) + EPSMCH;
        s.reltol = rteps * (xnorm + 1.0) / pe;
        s.abstol = -EPSMCH * (1.0 + Math.abs(f[0])) / (s.gu - EPSMCH);
        double tnytol = EPSMCH * (xnorm + 1.0) / pe;
        double rtsmll = EPSMCH;
        double big = 1.0 / (EPSMCH * EPSMCH);
        int itcnt = 0;
        double fpresn = ftol;
        s.u = alpha[0];
        s.fu = f[0];
        s.fmin = f[0];
        double rmu = 1e-4;
        int itest = s.init(tnytol, eta, rmu, xbnd);
        while (itest == GETPTC_EVAL) {
            if ((++itcnt > 64) || nfeval >= maxnfeval) {
                break;
            }
            double ualpha = s.xmin + s.u;
            for (int i = 0; i < n; i++) {
                temp[i] = x[i] + ualpha * p[i];
            }
            unscalex(temp);
            coercex(temp, low, up);
            s.fu = function.evaluate(temp, tempgfull);
            ++nfeval;
            s.fu *= fscale;
            System.arraycopy(tempgfull, 0, temp, 0, n);
            scaleg(temp);
            s.gu = ddot1(temp, p);
            itest = s.iterate(big, rtsmll, tnytol, fpresn, xbnd);
            if (s.xmin == ualpha) {
                System.arraycopy(tempgfull, 0, newgfull, 0, n);
            }
        }
        alpha[0] = s.xmin;
        if (itest == GETPTC_OK) {
            f[0] = s.fmin;
            for (int i = 0; i < n; i++) {
                x[i] += alpha[0] * p[i];
            }
            System.arraycopy(newgfull, 0, gfull, 0, n);
            return LS_OK;
        } else if (itcnt > 64) {
            return LS_FAIL;
        } else if (itest != GETPTC_EVAL) {
            return LS_FAIL;
        }
        return LS_MAXFUN;
    }

    private static final int GETPTC_OK = 0;
    private static final int GETPTC_EVAL = 1;
    private static final int GETPTC_EINVAL = 2;
    private static final int GETPTC_FAIL = 3;

    /** getptc's state: the interval (a, b), the best point xmin and second best xw, and the step. */
    private static final class LineSearchState {
        double reltol;
        double abstol;
        double u;
        double fu;
        double gu;
        double xmin;
        double fmin;
        double gmin;
        double xw;
        double fw;
        double gw;
        double a;
        double b;
        double oldf;
        double b1;
        double scxbnd;
        double e;
        double step;
        double factor;
        boolean braktd;
        double gtest1;
        double gtest2;
        double tol;

        int init(double tnytol, double eta, double rmu, double xbnd) {
            if (u <= 0.0 || xbnd <= tnytol || gu > 0.0) {
                return GETPTC_EINVAL;
            }
            if (xbnd < abstol) {
                abstol = xbnd;
            }
            tol = abstol;
            a = 0.0;
            xw = 0.0;
            xmin = 0.0;
            oldf = fu;
            fmin = fu;
            fw = fu;
            gw = gu;
            gmin = gu;
            step = u;
            factor = 5.0;
            braktd = false;
            scxbnd = xbnd;
            b = scxbnd + reltol * Math.abs(scxbnd) + abstol;
            e = b + b;
            b1 = b;
            gtest1 = -rmu * gu;
            gtest2 = -eta * gu;
            return nextStep(xbnd);
        }

        private int nextStep(double xbnd) {
            if (step >= scxbnd) {
                step = scxbnd;
                scxbnd -= (reltol * Math.abs(xbnd) + abstol) / (1.0 + reltol);
            }
            u = step;
            if (Math.abs(step) < tol && step < 0.0) {
                u = -tol;
            }
            if (Math.abs(step) < tol && step >= 0.0) {
                u = tol;
            }
            return GETPTC_EVAL;
        }

        int iterate(double big, double rtsmll, double tnytol, double fpresn, double xbnd) {
            boolean moved = false;
            if (fu <= fmin) {
                double chordu = oldf - (xmin + u) * gtest1;
                if (fu > chordu) {
                    // Not a sufficient decrease: move the upper end here, interpolating on the chord.
                    double chordm = oldf - xmin * gtest1;
                    gu = -gmin;
                    double denom = chordm - fmin;
                    if (Math.abs(denom) < 1e-15) {
                        denom = 1e-15;
                        if (chordm - fmin < 0.0) {
                            denom = -denom;
                        }
                    }
                    if (xmin != 0.0) {
                        gu = gmin * (chordu - fu) / denom;
                    }
                    fu = 0.5 * u * (gmin + gu) + fmin;
                    if (fu < fmin) {
                        fu = fmin;
                    }
                } else {
                    fw = fmin;
                    fmin = fu;
                    gw = gmin;
                    gmin = gu;
                    xmin += u;
                    a -= u;
                    b -= u;
                    xw = -u;
                    scxbnd -= u;
                    if (gu <= 0.0) {
                        a = 0.0;
                    } else {
                        b = 0.0;
                        braktd = true;
                    }
                    tol = Math.abs(xmin) * reltol + abstol;
                    moved = true;
                }
            }
            if (!moved) {
                if (u < 0.0) {
                    a = u;
                } else {
                    b = u;
                    braktd = true;
                }
                xw = u;
                fw = fu;
                gw = gu;
            }
            double twotol = tol + tol;
            double xmidpt = 0.5 * (a + b);
            boolean convrg = (Math.abs(xmidpt) <= twotol - 0.5 * (b - a))
                    || (Math.abs(gmin) <= gtest2 && fmin < oldf && ((Math.abs(xmin - xbnd) > tol) || (!braktd)));
            if (convrg) {
                if (xmin != 0.0) {
                    return GETPTC_OK;
                }
                if (Math.abs(oldf - fw) <= fpresn) {
                    return GETPTC_FAIL;
                }
                tol = 0.1 * tol;
                if (tol < tnytol) {
                    return GETPTC_FAIL;
                }
                reltol = 0.1 * reltol;
                abstol = 0.1 * abstol;
                twotol = 0.1 * twotol;
            }
            double r = 0.0;
            double q = 0.0;
            double s = 0.0;
            boolean minimumFound = false;
            if (Math.abs(e) > tol) {
                // Fit a cubic through xmin and xw.
                r = 3.0 * (fmin - fw) / xw + gmin + gw;
                double absr = Math.abs(r);
                q = absr;
                if (gw != 0.0 && gmin != 0.0) {
                    double abgw = Math.abs(gw);
                    double abgmin = Math.abs(gmin);
                    s = Math.sqrt(abgmin) * Math.sqrt(abgw);
                    if (gw / abgw * gmin > 0.0) {
                        if (r >= s || r <= -s) {
                            q = Math.sqrt(Math.abs(r + s)) * Math.sqrt(Math.abs(r - s));
                        } else {
                            r = 0.0;
                            q = 0.0;
                            minimumFound = true;
                        }
                    } else {
                        double sumsq = 1.0;
                        double p = 0.0;
                        double scale;
                        if (absr >= s) {
                            if (absr > rtsmll) {
                                p = absr * rtsmll;
                            }
                            if (s >= p) {
                                double value = s / absr;
                                sumsq = 1.0 + value * value;
                            }
                            scale = absr;
                        } else {
                            if (s > rtsmll) {
                                p = s * rtsmll;
                            }
                            if (absr >= p) {
                                double value = absr / s;
                                sumsq = 1.0 + value * value;
                            }
                            scale = s;
                        }
                        sumsq = Math.sqrt(sumsq);
                        q = big;
                        if (scale < big / sumsq) {
                            q = scale * sumsq;
                        }
                    }
                }
                if (!minimumFound) {
                    if (xw < 0.0) {
                        q = -q;
                    }
                    s = xw * (gmin - r - q);
                    q = gw - gmin + q + q;
                    if (q > 0.0) {
                        s = -s;
                    }
                    if (q <= 0.0) {
                        q = -q;
                    }
                    r = e;
                    if (b1 != step || braktd) {
                        e = step;
                    }
                }
            }
            // An artificial bound on the step when the minimum is not bracketed by 0 and xw.
            double a1 = a;
            b1 = b;
            step = xmidpt;
            if ((!braktd) || ((a == 0.0 && xw < 0.0) || (b == 0.0 && xw > 0.0))) {
                if (braktd) {
                    double d1 = xw;
                    double d2 = a;
                    if (a == 0.0) {
                        d2 = b;
                    }
                    u = -d1 / d2;
                    step = 5.0 * d2 * (0.1 + 1.0 / u) / 11.0;
                    if (u < 1.0) {
                        step = 0.5 * d2 * Math.sqrt(u);
                    }
                } else {
                    step = -factor * xw;
                    if (step > scxbnd) {
                        step = scxbnd;
                    }
                    if (step != scxbnd) {
                        factor = 5.0 * factor;
                    }
                }
                if (step <= 0.0) {
                    a1 = step;
                }
                if (step > 0.0) {
                    b1 = step;
                }
            }
            if (Math.abs(s) <= Math.abs(0.5 * q * r) || s <= q * a1 || s >= q * b1) {
                e = b - a;
            } else {
                step = s / q;
                if (step - a < twotol || b - step < twotol) {
                    step = xmidpt <= 0.0 ? -tol : tol;
                }
            }
            return nextStep(xbnd);
        }
    }

    private static double ddot1(double[] dx, double[] dy) {
        double dtemp = 0.0;
        for (int i = 0; i < dx.length; i++) {
            dtemp += dy[i] * dx[i];
        }
        return dtemp;
    }

    /** The Euclidean norm, scaled against overflow as TNC's dnrm21. */
    private static double dnrm21(double[] dx) {
        double dssq = 1.0;
        double dscale = 0.0;
        for (double v : dx) {
            if (v != 0.0) {
                double dabsxi = Math.abs(v);
                if (dscale < dabsxi) {
                    double ratio = dscale / dabsxi;
                    dssq = 1.0 + dssq * ratio * ratio;
                    dscale = dabsxi;
                } else {
                    double ratio = dabsxi / dscale;
                    dssq += ratio * ratio;
                }
            }
        }
        return dscale * Math.sqrt(dssq);
    }
}
