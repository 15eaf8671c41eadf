package org.sciaccel.optimize;

import java.util.function.IntSupplier;

/**
 * L-BFGS-B 3.0 (R. H. Byrd, P. Lu, J. Nocedal and C. Zhu, "A limited memory algorithm for bound
 * constrained optimization", SIAM J. Sci. Comput. 16 (1995); C. Zhu et al., "Algorithm 778", ACM TOMS
 * 23 (1997); J. L. Morales and J. Nocedal, "Remark on Algorithm 778", ACM TOMS 38 (2011)), the
 * algorithm SciPy 1.10's {@code minimize(method='L-BFGS-B')} runs, written in Java step for step
 * after the Fortran's structure so that the iterates, {@code nit} and {@code nfev} are SciPy's:
 *
 * <ol>
 * <li>the generalized Cauchy point along the projected steepest-descent path ({@link #cauchy}), its
 *     breakpoints taken in order from a heap ({@link #heapPop});
 * <li>the subspace minimisation over the free variables by the direct primal method ({@link #formk},
 *     {@link #cmprlb}, {@link #subsm}), its Newton point projected onto the box (the 2011 remark) and
 *     cut back to the box when the projection gives an ascent direction;
 * <li>the Moré–Thuente line search ({@link MinpackLineSearch}, ftol 1e-3, gtol 0.9, xtol 0.1) from x
 *     toward that point;
 * <li>the limited-memory update of the compact representation B = θI − W M Wᵀ ({@link #matupd},
 *     {@link #formt}), skipped when sᵀy ≤ ε·(−gᵀd), and the memory refreshed when a factorisation fails.
 * </ol>
 *
 * <p>Stops as SciPy's driver does: the projected gradient's infinity norm ≤ pgtol, the relative
 * reduction (f_old − f)/max(|f_old|, |f|, 1) ≤ factr·ε, maxiter iterations, more than maxfun
 * evaluations (counted by the caller: finite-difference gradients count), or a line search that fails
 * (maxls steps, or no descent) with an empty memory.
 *
 * <p>Floating-point order. The oracle (Debian's SciPy 1.10.1) links the system L-BFGS-B 3.0, whose
 * factorisations are LAPACK's dpotrf/dtrtrs (not the LINPACK dpofa/dtrsl of SciPy's bundled copy),
 * and whose ddot/daxpy/dscal come from the BLAS it is run with. Every sum here is in the Fortran's
 * order (Fortran's {@code a = a + b + c} is {@code (a + b) + c}, not Java's {@code a += b + c}), the
 * BLAS and LAPACK in reference order (no fused multiply-add): with SciPy on reference BLAS/LAPACK
 * the iterates agree to the last bit (OpenBLAS's FMA/SIMD kernels round differently, and a long run
 * on Rosenbrock then drifts by more than 1e-6; see conformance/golden/optimize/constrained/generate.py).
 *
 * <p>Not thread-safe: one instance per run.
 */
final class LbfgsB {
    /** The objective and its gradient: writes ∇f(x) into {@code g} and returns f(x). */
    interface ValueAndGradient {
        double evaluate(double[] x, double[] g);
    }

    static final String CONV_PGTOL = "CONVERGENCE: NORM_OF_PROJECTED_GRADIENT_<=_PGTOL";
    static final String CONV_FACTR = "CONVERGENCE: REL_REDUCTION_OF_F_<=_FACTR*EPSMCH";
    static final String ABNORMAL = "ABNORMAL_TERMINATION_IN_LNSRCH";
    static final String STOP_ITER = "STOP: TOTAL NO. of ITERATIONS REACHED LIMIT";
    static final String STOP_FEV = "STOP: TOTAL NO. of f AND g EVALUATIONS EXCEEDS LIMIT";

    private static final double EPSMCH = Math.ulp(1.0);
    private static final double BIG = 1e10;

    /** The outcome: x, f, g at the end, iterations as SciPy counts them, the task message, the memory. */
    record Outcome(double[] x, double f, double[] g, int nit, String message, double[][] sk, double[][] yk) {
        boolean converged() {
            return message.startsWith("CONV");
        }
    }

    private final int n;
    private final int m;
    private final double[] l;
    private final double[] u;
    /** 0 unbounded, 1 lower only, 2 both, 3 upper only (the Fortran's nbd). */
    private final int[] nbd;

    // The limited memory: corrections s (ws) and y (wy) in circular slots, S'Y, S'S, T's factor, K's.
    private final double[][] ws;
    private final double[][] wy;
    private final double[][] sy;
    private final double[][] ss;
    private final double[][] wt;
    private final double[][] wn;
    private final double[][] wn1;
    private double theta = 1;
    private int col;
    private int head;
    private int itail;
    private int iupdat;
    private boolean updatd;

    // Bound status of each variable (iwhere): -1 always free, 0 free, 1 at lower, 2 at upper, 3 fixed, -3 zero gradient.
    private final int[] iwhere;
    private final int[] index;
    private final int[] indx2;
    private int nfree;
    private int nenter;
    private int ileave;
    private boolean cnstnd;
    private boolean boxed;

    // Work vectors of the Cauchy point and subspace steps (the Fortran's wa).
    private final double[] p;
    private final double[] c;
    private final double[] wbp;
    private final double[] v;
    private final double[] tBreak;
    private final int[] iorder;
    /** The Cauchy direction (the projected −g, zeroed as variables reach their bounds). */
    private final double[] cauchyDirection;

    /**
     * @param lower lower bounds (−∞ for none), {@code upper} upper bounds (+∞ for none); lower ≤ upper
     * @param m the number of corrections kept (maxcor)
     */
    LbfgsB(double[] lower, double[] upper, int m) {
        this.n = lower.length;
        this.m = m;
        this.l = lower.clone();
        this.u = upper.clone();
        this.nbd = new int[n];
        for (int i = 0; i < n; i++) {
            boolean lo = lower[i] != Double.NEGATIVE_INFINITY;
            boolean hi = upper[i] != Double.POSITIVE_INFINITY;
            nbd[i] = lo ? (hi ? 2 : 1) : (hi ? 3 : 0);
        }
        ws = new double[m][n];
        wy = new double[m][n];
        sy = new double[m][m];
        ss = new double[m][m];
        wt = new double[m][m];
        wn = new double[2 * m][2 * m];
        wn1 = new double[2 * m][2 * m];
        iwhere = new int[n];
        index = new int[n];
        indx2 = new int[n];
        p = new double[2 * m];
        c = new double[2 * m];
        wbp = new double[2 * m];
        v = new double[2 * m];
        tBreak = new double[n + 1];
        iorder = new int[n + 1];
        cauchyDirection = new double[n];
    }

    /**
     * Minimises from {@code x0} (projected onto the box first, as SciPy clips it).
     *
     * @param factr the relative-reduction tolerance in units of ε (SciPy: ftol / ε)
     * @param pgtol the projected gradient tolerance (SciPy's gtol)
     * @param evaluations the evaluations counted so far (SciPy's nfev, checked against maxfun after each iteration)
     */
    Outcome minimize(ValueAndGradient fg, double[] x0, double factr, double pgtol, int maxiter, int maxfun,
            int maxls, IntSupplier evaluations) {
        double[] x = x0.clone();
        active(x);
        double[] g = new double[n];
        double[] z = new double[n];
        double[] r = new double[n];
        double[] d = new double[n];
        double[] t = new double[n];
        double[] xp = new double[n];
        double tol = factr * EPSMCH;
        nfree = n;
        MinpackLineSearch search = new MinpackLineSearch(1e-3, 0.9, 0.1);

        double f = fg.evaluate(x, g);
        // SciPy's driver keeps the value of the last evaluation as its own f (the routine's restored
        // f does not come back to it), and reports that one when the routine gives up
        double lastF = f;
        double sbgnrm = projectedGradientNorm(x, g);
        if (sbgnrm <= pgtol) {
            return outcome(x, f, g, 0, CONV_PGTOL);
        }
        int iter = 0;
        int nit = 0;
        while (true) {
            boolean wrk;
            if (!cnstnd && col > 0) {
                // Unconstrained with a memory: the Cauchy point is skipped (z = x).
                System.arraycopy(x, 0, z, 0, n);
                wrk = updatd;
            } else {
                if (cauchy(x, g, z, sbgnrm) != 0) {
                    refresh();
                    continue;
                }
                wrk = freev(iter);
            }
            if (nfree != 0 && col != 0) {
                int info = 0;
                if (wrk) {
                    info = formk();
                }
                if (info == 0) {
                    info = cmprlb(x, g, z, r);
                    if (info == 0) {
                        info = subsm(z, r, xp, x, g);
                    }
                }
                if (info != 0) {
                    refresh();
                    continue;
                }
            }
            for (int i = 0; i < n; i++) {
                d[i] = z[i] - x[i];
            }

            // The line search (lnsrlb): from t = x along d, at most maxls evaluations.
            double dtd = dot(d, d);
            double dnorm = Math.sqrt(dtd);
            double stpmx = BIG;
            if (cnstnd) {
                stpmx = iter == 0 ? 1 : maxFeasibleStep(x, d, stpmx);
            }
            double stp = iter == 0 && !boxed ? Math.min(1 / dnorm, stpmx) : 1;
            System.arraycopy(x, 0, t, 0, n);
            System.arraycopy(g, 0, r, 0, n);
            double fold = f;
            int ifun = 0;
            int iback = 0;
            double gd;
            double gdold = 0;
            boolean first = true;
            int info = 0;
            MinpackLineSearch.Task task = null;
            boolean newX = false;
            while (true) {
                gd = dot(g, d);
                if (ifun == 0) {
                    gdold = gd;
                    if (gd >= 0) {
                        info = -4;   // not a descent direction: the line search is impossible
                    }
                }
                if (info == 0) {
                    task = first ? search.start(f, gd, stp, 0, stpmx) : search.iterate(f, gd);
                    first = false;
                    stp = search.step();
                    if (!task.done()) {
                        ifun++;
                        iback = ifun - 1;
                        if (stp == 1) {
                            System.arraycopy(z, 0, x, 0, n);
                        } else {
                            for (int i = 0; i < n; i++) {
                                x[i] = stp * d[i] + t[i];
                            }
                        }
                    }
                }
                if (info != 0 || iback >= maxls) {
                    // Restore the previous iterate; give up with an empty memory, else refresh it.
                    System.arraycopy(t, 0, x, 0, n);
                    System.arraycopy(r, 0, g, 0, n);
                    f = fold;
                    if (col == 0) {
                        return outcome(x, lastF, g, nit, ABNORMAL);
                    }
                    refresh();
                    break;
                } else if (!task.done()) {
                    f = fg.evaluate(x, g);
                    lastF = f;
                } else {
                    iter++;
                    sbgnrm = projectedGradientNorm(x, g);
                    newX = true;
                    break;
                }
            }
            if (!newX) {
                continue;
            }
            // SciPy's driver at 'NEW_X': count the iteration, stop on maxiter or maxfun.
            nit++;
            if (nit >= maxiter) {
                return outcome(x, f, g, nit, STOP_ITER);
            }
            if (evaluations.getAsInt() > maxfun) {
                return outcome(x, f, g, nit, STOP_FEV);
            }
            if (sbgnrm <= pgtol) {
                return outcome(x, f, g, nit, CONV_PGTOL);
            }
            if (fold - f <= tol * Math.max(Math.abs(fold), Math.max(Math.abs(f), 1))) {
                return outcome(x, f, g, nit, CONV_FACTR);
            }
            // s = stp·d, y = g − g_old; skip the update unless the curvature sᵀy is safely positive.
            for (int i = 0; i < n; i++) {
                r[i] = g[i] - r[i];
            }
            double rr = dot(r, r);
            double dr;
            double ddum;
            if (stp == 1) {
                dr = gd - gdold;
                ddum = -gdold;
            } else {
                dr = (gd - gdold) * stp;
                for (int i = 0; i < n; i++) {
                    d[i] *= stp;
                }
                ddum = -gdold * stp;
            }
            if (dr <= EPSMCH * ddum) {
                updatd = false;
                continue;
            }
            updatd = true;
            iupdat++;
            matupd(d, r, rr, dr, stp, dtd);
            if (formt() != 0) {
                refresh();
            }
        }
    }

    private Outcome outcome(double[] x, double f, double[] g, int nit, String message) {
        int corrections = Math.min(iupdat, m);
        double[][] sk = new double[corrections][];
        double[][] yk = new double[corrections][];
        for (int k = 0; k < corrections; k++) {
            sk[k] = ws[k].clone();
            yk[k] = wy[k].clone();
        }
        return new Outcome(x, f, g, nit, message, sk, yk);
    }

    /** Forgets the memory (B = I) after a failed factorisation or line search. */
    private void refresh() {
        col = 0;
        head = 0;
        theta = 1;
        iupdat = 0;
        updatd = false;
    }

    /** active: projects x onto the box and initialises iwhere, cnstnd and boxed. */
    private void active(double[] x) {
        cnstnd = false;
        boxed = true;
        for (int i = 0; i < n; i++) {
            if (nbd[i] > 0) {
                if (nbd[i] <= 2 && x[i] <= l[i]) {
                    x[i] = l[i];
                } else if (nbd[i] >= 2 && x[i] >= u[i]) {
                    x[i] = u[i];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (nbd[i] != 2) {
                boxed = false;
            }
            if (nbd[i] == 0) {
                iwhere[i] = -1;
            } else {
                cnstnd = true;
                iwhere[i] = nbd[i] == 2 && u[i] - l[i] <= 0 ? 3 : 0;
            }
        }
    }

    /** projgr: the infinity norm of the projected gradient. */
    private double projectedGradientNorm(double[] x, double[] g) {
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double gi = g[i];
            if (nbd[i] != 0) {
                if (gi < 0) {
                    if (nbd[i] >= 2) {
                        gi = Math.max(x[i] - u[i], gi);
                    }
                } else if (nbd[i] <= 2) {
                    gi = Math.min(x[i] - l[i], gi);
                }
            }
            norm = Math.max(norm, Math.abs(gi));
        }
        return norm;
    }

    /** The largest step along d from x that stays in the box (lnsrlb's stpmx), at most {@code big}. */
    private double maxFeasibleStep(double[] x, double[] d, double big) {
        double stpmx = big;
        for (int i = 0; i < n; i++) {
            double a1 = d[i];
            if (nbd[i] == 0) {
                continue;
            }
            if (a1 < 0 && nbd[i] <= 2) {
                double a2 = l[i] - x[i];
                if (a2 >= 0) {
                    stpmx = 0;
                } else if (a1 * stpmx < a2) {
                    stpmx = a2 / a1;
                }
            } else if (a1 > 0 && nbd[i] >= 2) {
                double a2 = u[i] - x[i];
                if (a2 <= 0) {
                    stpmx = 0;
                } else if (a1 * stpmx > a2) {
                    stpmx = a2 / a1;
                }
            }
        }
        return stpmx;
    }

    /**
     * cauchy: the generalized Cauchy point xcp, the first local minimiser of the quadratic model
     * along the projected path x(t) = P(x − t g), examining the segments between breakpoints in order.
     * Leaves c = Wᵀ(xcp − x) for {@link #cmprlb}. Returns nonzero when the middle matrix is singular.
     */
    private int cauchy(double[] x, double[] g, double[] xcp, double sbgnrm) {
        if (sbgnrm <= 0) {
            System.arraycopy(x, 0, xcp, 0, n);
            return 0;
        }
        double[] d = cauchyDirection;
        boolean bnded = true;
        int nfreeEnd = n + 1;   // free variables fill iorder from the top (1-based, as the heap)
        int nbreak = 0;
        int ibkmin = 0;
        double bkmin = 0;
        int col2 = 2 * col;
        double f1 = 0;
        for (int i = 0; i < col2; i++) {
            p[i] = 0;
        }
        for (int i = 0; i < n; i++) {
            double neggi = -g[i];
            double tl = 0;
            double tu = 0;
            if (iwhere[i] != 3 && iwhere[i] != -1) {
                if (nbd[i] <= 2) {
                    tl = x[i] - l[i];
                }
                if (nbd[i] >= 2) {
                    tu = u[i] - x[i];
                }
                boolean xlower = nbd[i] <= 2 && tl <= 0;
                boolean xupper = nbd[i] >= 2 && tu <= 0;
                iwhere[i] = 0;
                if (xlower) {
                    if (neggi <= 0) {
                        iwhere[i] = 1;
                    }
                } else if (xupper) {
                    if (neggi >= 0) {
                        iwhere[i] = 2;
                    }
                } else if (Math.abs(neggi) <= 0) {
                    iwhere[i] = -3;
                }
            }
            int pointr = head;
            if (iwhere[i] != 0 && iwhere[i] != -1) {
                d[i] = 0;
            } else {
                d[i] = neggi;
                f1 -= neggi * neggi;
                for (int j = 0; j < col; j++) {
                    p[j] += wy[pointr][i] * neggi;
                    p[col + j] += ws[pointr][i] * neggi;
                    pointr = (pointr + 1) % m;
                }
                if (nbd[i] <= 2 && nbd[i] != 0 && neggi < 0) {
                    nbreak++;
                    iorder[nbreak] = i;
                    tBreak[nbreak] = tl / (-neggi);
                    if (nbreak == 1 || tBreak[nbreak] < bkmin) {
                        bkmin = tBreak[nbreak];
                        ibkmin = nbreak;
                    }
                } else if (nbd[i] >= 2 && neggi > 0) {
                    nbreak++;
                    iorder[nbreak] = i;
                    tBreak[nbreak] = tu / neggi;
                    if (nbreak == 1 || tBreak[nbreak] < bkmin) {
                        bkmin = tBreak[nbreak];
                        ibkmin = nbreak;
                    }
                } else {
                    nfreeEnd--;
                    if (Math.abs(neggi) > 0) {
                        bnded = false;
                    }
                }
            }
        }
        if (theta != 1) {
            for (int j = 0; j < col; j++) {
                p[col + j] *= theta;
            }
        }
        System.arraycopy(x, 0, xcp, 0, n);
        if (nbreak == 0 && nfreeEnd == n + 1) {
            return 0;   // d = 0: x is the Cauchy point
        }
        for (int j = 0; j < col2; j++) {
            c[j] = 0;
        }
        double f2 = -theta * f1;
        double f2Org = f2;
        if (col > 0) {
            if (bmv(p, v) != 0) {
                return -1;
            }
            f2 -= dot(v, p, col2);
        }
        double dtm = -f1 / f2;
        double tsum = 0;
        if (nbreak > 0) {
            int nleft = nbreak;
            int it = 1;
            double tj = 0;
            while (true) {
                double tj0 = tj;
                int ibp;
                if (it == 1) {
                    // The smallest breakpoint is known: often the only one used, so no heap yet.
                    tj = bkmin;
                    ibp = iorder[ibkmin];
                } else {
                    if (it == 2 && ibkmin != nbreak) {
                        tBreak[ibkmin] = tBreak[nbreak];
                        iorder[ibkmin] = iorder[nbreak];
                    }
                    heapPop(nleft, it - 2 == 0);
                    tj = tBreak[nleft];
                    ibp = iorder[nleft];
                }
                double dt = tj - tj0;
                if (dtm < dt) {
                    break;   // the minimiser lies in this segment
                }
                // Fix variable ibp at its bound and go on to the next segment.
                tsum += dt;
                nleft--;
                it++;
                double dibp = d[ibp];
                d[ibp] = 0;
                double zibp;
                if (dibp > 0) {
                    zibp = u[ibp] - x[ibp];
                    xcp[ibp] = u[ibp];
                    iwhere[ibp] = 2;
                } else {
                    zibp = l[ibp] - x[ibp];
                    xcp[ibp] = l[ibp];
                    iwhere[ibp] = 1;
                }
                if (nleft == 0 && nbreak == n) {
                    // Every variable is at a bound: xcp is the Cauchy point.
                    dtm = dt;
                    if (col > 0) {
                        axpy(col2, dtm, p, c);
                    }
                    return 0;
                }
                double dibp2 = dibp * dibp;
                f1 = f1 + dt * f2 + dibp2 - theta * dibp * zibp;
                f2 -= theta * dibp2;
                if (col > 0) {
                    axpy(col2, dt, p, c);
                    int pointr = head;
                    for (int j = 0; j < col; j++) {
                        wbp[j] = wy[pointr][ibp];
                        wbp[col + j] = theta * ws[pointr][ibp];
                        pointr = (pointr + 1) % m;
                    }
                    if (bmv(wbp, v) != 0) {
                        return -1;
                    }
                    double wmc = dot(c, v, col2);
                    double wmp = dot(p, v, col2);
                    double wmw = dot(wbp, v, col2);
                    axpy(col2, -dibp, wbp, p);
                    f1 += dibp * wmc;
                    f2 = f2 + 2.0 * dibp * wmp - dibp2 * wmw;
                }
                f2 = Math.max(EPSMCH * f2Org, f2);
                if (nleft > 0) {
                    dtm = -f1 / f2;
                    continue;
                } else if (bnded) {
                    f1 = 0;
                    f2 = 0;
                    dtm = 0;
                } else {
                    dtm = -f1 / f2;
                }
                break;
            }
        }
        if (dtm <= 0) {
            dtm = 0;
        }
        tsum += dtm;
        for (int i = 0; i < n; i++) {
            xcp[i] += tsum * d[i];
        }
        if (col > 0) {
            axpy(col2, dtm, p, c);
        }
        return 0;
    }

    /**
     * hpsolb: with {@code build}, makes tBreak[1..count] a heap; then moves its least element to
     * tBreak[count] and restores the heap on tBreak[1..count−1] (iorder moves alongside).
     */
    private void heapPop(int count, boolean build) {
        double[] t = tBreak;
        if (build) {
            for (int k = 2; k <= count; k++) {
                double ddum = t[k];
                int indxin = iorder[k];
                int i = k;
                while (i > 1) {
                    int j = i / 2;
                    if (ddum < t[j]) {
                        t[i] = t[j];
                        iorder[i] = iorder[j];
                        i = j;
                    } else {
                        break;
                    }
                }
                t[i] = ddum;
                iorder[i] = indxin;
            }
        }
        if (count > 1) {
            int i = 1;
            double out = t[1];
            int indxou = iorder[1];
            double ddum = t[count];
            int indxin = iorder[count];
            while (true) {
                int j = i + i;
                if (j <= count - 1) {
                    if (t[j + 1] < t[j]) {
                        j = j + 1;
                    }
                    if (t[j] < ddum) {
                        t[i] = t[j];
                        iorder[i] = iorder[j];
                        i = j;
                        continue;
                    }
                }
                break;
            }
            t[i] = ddum;
            iorder[i] = indxin;
            t[count] = out;
            iorder[count] = indxou;
        }
    }

    /**
     * freev: the variables entering and leaving the free set since the last iteration (indx2: entering
     * from the bottom, leaving from the top) and the new free/active index set; returns whether K must
     * be formed again ({@code wrk}).
     */
    private boolean freev(int iter) {
        nenter = 0;
        ileave = n;
        if (iter > 0 && cnstnd) {
            for (int i = 0; i < nfree; i++) {
                int k = index[i];
                if (iwhere[k] > 0) {
                    indx2[--ileave] = k;
                }
            }
            for (int i = nfree; i < n; i++) {
                int k = index[i];
                if (iwhere[k] <= 0) {
                    indx2[nenter++] = k;
                }
            }
        }
        boolean wrk = ileave < n || nenter > 0 || updatd;
        nfree = 0;
        int iact = n;
        for (int i = 0; i < n; i++) {
            if (iwhere[i] <= 0) {
                index[nfree++] = i;
            } else {
                index[--iact] = i;
            }
        }
        return wrk;
    }

    /**
     * formk: the LELᵀ factorisation of the indefinite middle matrix of the subspace problem,
     * K = [−D − YᵀZZᵀY/θ, L_aᵀ − R_zᵀ; L_a − R_z, θ SᵀAAᵀS], updating WN1 = [YᵀZZᵀY, L_aᵀ + R_zᵀ;
     * L_a + R_z, SᵀAAᵀS] for the new correction and the variables that entered or left the free set.
     * Returns nonzero when a Cholesky factorisation fails.
     */
    private int formk() {
        int nsub = nfree;
        int upcl;
        if (updatd) {
            if (iupdat > m) {
                // Shift the old part of WN1 up-left by one correction.
                for (int jy = 0; jy < m - 1; jy++) {
                    int js = m + jy;
                    for (int k = 0; k < m - jy - 1; k++) {
                        wn1[jy + k][jy] = wn1[jy + 1 + k][jy + 1];
                        wn1[js + k][js] = wn1[js + 1 + k][js + 1];
                    }
                    for (int k = 0; k < m - 1; k++) {
                        wn1[m + k][jy] = wn1[m + 1 + k][jy + 1];
                    }
                }
            }
            // The new rows of blocks (1,1), (2,1) and (2,2).
            int iy = col - 1;
            int is = m + col - 1;
            int ipntr = (head + col - 1) % m;
            int jpntr = head;
            for (int jy = 0; jy < col; jy++) {
                int js = m + jy;
                double temp1 = 0;
                double temp2 = 0;
                double temp3 = 0;
                for (int k = 0; k < nsub; k++) {
                    int k1 = index[k];
                    temp1 += wy[ipntr][k1] * wy[jpntr][k1];
                }
                for (int k = nsub; k < n; k++) {
                    int k1 = index[k];
                    temp2 += ws[ipntr][k1] * ws[jpntr][k1];
                    temp3 += ws[ipntr][k1] * wy[jpntr][k1];
                }
                wn1[iy][jy] = temp1;
                wn1[is][js] = temp2;
                wn1[is][jy] = temp3;
                jpntr = (jpntr + 1) % m;
            }
            // The new column of block (2,1).
            int jy = col - 1;
            jpntr = (head + col - 1) % m;
            ipntr = head;
            for (int i = 0; i < col; i++) {
                int is2 = m + i;
                double temp3 = 0;
                for (int k = 0; k < nsub; k++) {
                    int k1 = index[k];
                    temp3 += ws[ipntr][k1] * wy[jpntr][k1];
                }
                ipntr = (ipntr + 1) % m;
                wn1[is2][jy] = temp3;
            }
            upcl = col - 1;
        } else {
            upcl = col;
        }
        // Correct the old parts of blocks (1,1) and (2,2) for the changed free set.
        int ipntr = head;
        for (int iy = 0; iy < upcl; iy++) {
            int is = m + iy;
            int jpntr = head;
            for (int jy = 0; jy <= iy; jy++) {
                int js = m + jy;
                double temp1 = 0;
                double temp2 = 0;
                double temp3 = 0;
                double temp4 = 0;
                for (int k = 0; k < nenter; k++) {
                    int k1 = indx2[k];
                    temp1 += wy[ipntr][k1] * wy[jpntr][k1];
                    temp2 += ws[ipntr][k1] * ws[jpntr][k1];
                }
                for (int k = ileave; k < n; k++) {
                    int k1 = indx2[k];
                    temp3 += wy[ipntr][k1] * wy[jpntr][k1];
                    temp4 += ws[ipntr][k1] * ws[jpntr][k1];
                }
                wn1[iy][jy] = wn1[iy][jy] + temp1 - temp3;
                wn1[is][js] = wn1[is][js] - temp2 + temp4;
                jpntr = (jpntr + 1) % m;
            }
            ipntr = (ipntr + 1) % m;
        }
        // ... and of block (2,1).
        ipntr = head;
        for (int is = m; is < m + upcl; is++) {
            int jpntr = head;
            for (int jy = 0; jy < upcl; jy++) {
                double temp1 = 0;
                double temp3 = 0;
                for (int k = 0; k < nenter; k++) {
                    int k1 = indx2[k];
                    temp1 += ws[ipntr][k1] * wy[jpntr][k1];
                }
                for (int k = ileave; k < n; k++) {
                    int k1 = indx2[k];
                    temp3 += ws[ipntr][k1] * wy[jpntr][k1];
                }
                if (is <= jy + m) {
                    wn1[is][jy] = wn1[is][jy] + temp1 - temp3;
                } else {
                    wn1[is][jy] = wn1[is][jy] - temp1 + temp3;
                }
                jpntr = (jpntr + 1) % m;
            }
            ipntr = (ipntr + 1) % m;
        }
        // The upper triangle of WN = [D + YᵀZZᵀY/θ, −L_aᵀ + R_zᵀ; ·, θ SᵀAAᵀS].
        for (int iy = 0; iy < col; iy++) {
            int is = col + iy;
            int is1 = m + iy;
            for (int jy = 0; jy <= iy; jy++) {
                int js = col + jy;
                int js1 = m + jy;
                wn[jy][iy] = wn1[iy][jy] / theta;
                wn[js][is] = wn1[is1][js1] * theta;
            }
            for (int jy = 0; jy < iy; jy++) {
                wn[jy][is] = -wn1[is1][jy];
            }
            for (int jy = iy; jy < col; jy++) {
                wn[jy][is] = wn1[is1][jy];
            }
            wn[iy][iy] += sy[iy][iy];
        }
        // Factor: LLᵀ of block (1,1), L⁻¹(−L_aᵀ + R_zᵀ) in block (1,2), then block (2,2)'s Cholesky.
        if (cholesky(wn, 0, col) != 0) {
            return -1;
        }
        int col2 = 2 * col;
        double[] column = new double[col];
        for (int js = col; js < col2; js++) {
            for (int i = 0; i < col; i++) {
                column[i] = wn[i][js];
            }
            triangularSolve(wn, 0, col, column, 0, true);
            for (int i = 0; i < col; i++) {
                wn[i][js] = column[i];
            }
        }
        for (int is = col; is < col2; is++) {
            for (int js = is; js < col2; js++) {
                double s = 0;
                for (int k = 0; k < col; k++) {
                    s += wn[k][is] * wn[k][js];
                }
                wn[is][js] += s;
            }
        }
        if (cholesky(wn, col, col) != 0) {
            return -2;
        }
        return 0;
    }

    /** cmprlb: r = −Zᵀ(B(xcp − x) + g) over the free variables (r = −g when the Cauchy point was skipped). */
    private int cmprlb(double[] x, double[] g, double[] z, double[] r) {
        if (!cnstnd && col > 0) {
            for (int i = 0; i < n; i++) {
                r[i] = -g[i];
            }
            return 0;
        }
        for (int i = 0; i < nfree; i++) {
            int k = index[i];
            r[i] = -theta * (z[k] - x[k]) - g[k];
        }
        if (bmv(c, p) != 0) {
            return -8;
        }
        int pointr = head;
        for (int j = 0; j < col; j++) {
            double a1 = p[j];
            double a2 = theta * p[col + j];
            for (int i = 0; i < nfree; i++) {
                int k = index[i];
                r[i] = r[i] + wy[pointr][k] * a1 + ws[pointr][k] * a2;
            }
            pointr = (pointr + 1) % m;
        }
        return 0;
    }

    /**
     * subsm: the subspace Newton step from the Cauchy point z over the free variables (d = r on entry),
     * projected onto the box; when the projected point is uphill from x, the Newton step is cut back
     * to stay feasible instead (Morales–Nocedal 2011). Writes the result into z.
     */
    private int subsm(double[] z, double[] dsub, double[] xp, double[] x, double[] g) {
        int nsub = nfree;
        if (nsub <= 0) {
            return 0;
        }
        int col2 = 2 * col;
        double[] wv = new double[col2];
        int pointr = head;
        for (int i = 0; i < col; i++) {
            double temp1 = 0;
            double temp2 = 0;
            for (int j = 0; j < nsub; j++) {
                int k = index[j];
                temp1 += wy[pointr][k] * dsub[j];
                temp2 += ws[pointr][k] * dsub[j];
            }
            wv[i] = temp1;
            wv[col + i] = theta * temp2;
            pointr = (pointr + 1) % m;
        }
        if (triangularSolve(wn, 0, col2, wv, 0, true) != 0) {
            return -1;
        }
        for (int i = 0; i < col; i++) {
            wv[i] = -wv[i];
        }
        if (triangularSolve(wn, 0, col2, wv, 0, false) != 0) {
            return -1;
        }
        pointr = head;
        for (int jy = 0; jy < col; jy++) {
            int js = col + jy;
            for (int i = 0; i < nsub; i++) {
                int k = index[i];
                dsub[i] = dsub[i] + wy[pointr][k] * wv[jy] / theta + ws[pointr][k] * wv[js];
            }
            pointr = (pointr + 1) % m;
        }
        for (int i = 0; i < nsub; i++) {
            dsub[i] *= 1 / theta;
        }
        // Project the Newton point onto the box.
        boolean hitBound = false;
        System.arraycopy(z, 0, xp, 0, n);
        for (int i = 0; i < nsub; i++) {
            int k = index[i];
            double dk = dsub[i];
            double xk = z[k];
            if (nbd[k] == 1) {
                z[k] = Math.max(l[k], xk + dk);
                hitBound |= z[k] == l[k];
            } else if (nbd[k] == 2) {
                xk = Math.max(l[k], xk + dk);
                z[k] = Math.min(u[k], xk);
                hitBound |= z[k] == l[k] || z[k] == u[k];
            } else if (nbd[k] == 3) {
                z[k] = Math.min(u[k], xk + dk);
                hitBound |= z[k] == u[k];
            } else {
                z[k] = xk + dk;
            }
        }
        if (!hitBound) {
            return 0;
        }
        double ddP = 0;
        for (int i = 0; i < n; i++) {
            ddP += (z[i] - x[i]) * g[i];
        }
        if (ddP <= 0) {
            return 0;
        }
        // Uphill: back to the Cauchy point and the longest feasible fraction of the Newton step.
        System.arraycopy(xp, 0, z, 0, n);
        double alpha = 1;
        double temp1 = alpha;
        int ibd = 0;
        for (int i = 0; i < nsub; i++) {
            int k = index[i];
            double dk = dsub[i];
            if (nbd[k] != 0) {
                if (dk < 0 && nbd[k] <= 2) {
                    double temp2 = l[k] - z[k];
                    if (temp2 >= 0) {
                        temp1 = 0;
                    } else if (dk * alpha < temp2) {
                        temp1 = temp2 / dk;
                    }
                } else if (dk > 0 && nbd[k] >= 2) {
                    double temp2 = u[k] - z[k];
                    if (temp2 <= 0) {
                        temp1 = 0;
                    } else if (dk * alpha > temp2) {
                        temp1 = temp2 / dk;
                    }
                }
                if (temp1 < alpha) {
                    alpha = temp1;
                    ibd = i;
                }
            }
        }
        if (alpha < 1) {
            double dk = dsub[ibd];
            int k = index[ibd];
            if (dk > 0) {
                z[k] = u[k];
                dsub[ibd] = 0;
            } else if (dk < 0) {
                z[k] = l[k];
                dsub[ibd] = 0;
            }
        }
        for (int i = 0; i < nsub; i++) {
            int k = index[i];
            z[k] += alpha * dsub[i];
        }
        return 0;
    }

    /**
     * bmv: the product of the 2col×2col middle matrix M of B's compact form with v, through
     * M⁻¹ = [−D, Lᵀ; L, θSᵀS] factored as [D^½, 0; −LD^−½, J][−D^½, D^−½Lᵀ; 0, Jᵀ].
     */
    private int bmv(double[] vin, double[] out) {
        if (col == 0) {
            return 0;
        }
        out[col] = vin[col];
        for (int i = 1; i < col; i++) {
            double sum = 0;
            for (int k = 0; k < i; k++) {
                sum += sy[i][k] * vin[k] / sy[k][k];
            }
            out[col + i] = vin[col + i] + sum;
        }
        if (triangularSolve(wt, 0, col, out, col, true) != 0) {
            return -1;
        }
        for (int i = 0; i < col; i++) {
            out[i] = vin[i] / Math.sqrt(sy[i][i]);
        }
        if (triangularSolve(wt, 0, col, out, col, false) != 0) {
            return -1;
        }
        for (int i = 0; i < col; i++) {
            out[i] = -out[i] / Math.sqrt(sy[i][i]);
        }
        for (int i = 0; i < col; i++) {
            double sum = 0;
            for (int k = i + 1; k < col; k++) {
                sum += sy[k][i] * out[col + k] / sy[i][i];
            }
            out[i] += sum;
        }
        return 0;
    }

    /** matupd: stores the correction pair (s, y) in the next slot and updates SᵀY's lower and SᵀS's upper triangle. */
    private void matupd(double[] s, double[] y, double rr, double dr, double stp, double dtd) {
        if (iupdat <= m) {
            col = iupdat;
            itail = (head + iupdat - 1) % m;
        } else {
            itail = (itail + 1) % m;
            head = (head + 1) % m;
        }
        System.arraycopy(s, 0, ws[itail], 0, n);
        System.arraycopy(y, 0, wy[itail], 0, n);
        theta = rr / dr;
        if (iupdat > m) {
            // Drop the oldest correction from SS (upper) and SY (lower).
            for (int j = 0; j < col - 1; j++) {
                for (int k = 0; k <= j; k++) {
                    ss[k][j] = ss[k + 1][j + 1];
                }
                for (int k = 0; k < col - j - 1; k++) {
                    sy[j + k][j] = sy[j + 1 + k][j + 1];
                }
            }
        }
        int pointr = head;
        for (int j = 0; j < col - 1; j++) {
            sy[col - 1][j] = dot(s, wy[pointr]);
            ss[j][col - 1] = dot(ws[pointr], s);
            pointr = (pointr + 1) % m;
        }
        ss[col - 1][col - 1] = stp == 1 ? dtd : stp * stp * dtd;
        sy[col - 1][col - 1] = dr;
    }

    /** formt: T = θSᵀS + LD⁻¹Lᵀ in wt's upper triangle and its Cholesky factor Jᵀ; nonzero when T is not positive definite. */
    private int formt() {
        for (int j = 0; j < col; j++) {
            wt[0][j] = theta * ss[0][j];
        }
        for (int i = 1; i < col; i++) {
            for (int j = i; j < col; j++) {
                int k1 = Math.min(i, j);
                double ddum = 0;
                for (int k = 0; k < k1; k++) {
                    ddum += sy[i][k] * sy[j][k] / sy[k][k];
                }
                wt[i][j] = ddum + theta * ss[i][j];
            }
        }
        return cholesky(wt, 0, col) != 0 ? -3 : 0;
    }

    /**
     * Cholesky factorisation of the order-{@code k} block of {@code a} at ({@code off}, {@code off}): the
     * upper triangle becomes R with RᵀR = A. Returns the 1-based order of a non-positive pivot, or 0.
     *
     * <p>The oracle's SciPy (Debian's build) links the system L-BFGS-B 3.0, which factors with LAPACK's
     * dpotrf rather than the LINPACK dpofa of SciPy's own copy; for orders below dpotrf's block size (64)
     * that is LAPACK 3.11's recursive dpotrf2: factor the leading half, solve the off-diagonal block
     * with dtrsm, update the trailing half with dsyrk, factor it. The loops follow reference BLAS order
     * (no fused multiply-add) so the iterates agree with SciPy on reference BLAS to the last bit.
     * (For maxcor above 64 LAPACK blocks differently; the result is the same factor, not bit for bit.)
     */
    private static int cholesky(double[][] a, int off, int k) {
        if (k == 1) {
            double v = a[off][off];
            if (!(v > 0)) {
                return 1;
            }
            a[off][off] = Math.sqrt(v);
            return 0;
        }
        int n1 = k / 2;
        int n2 = k - n1;
        int info = cholesky(a, off, n1);
        if (info != 0) {
            return info;
        }
        // dtrsm('L', 'U', 'T', 'N'): A12 := inv(R11ᵀ) A12, column by column.
        for (int j = off + n1; j < off + k; j++) {
            for (int i = 0; i < n1; i++) {
                double t = a[off + i][j];
                for (int kk = 0; kk < i; kk++) {
                    t -= a[off + kk][off + i] * a[off + kk][j];
                }
                a[off + i][j] = t / a[off + i][off + i];
            }
        }
        // dsyrk('U', 'T', alpha -1, beta 1): A22 := A22 - A12ᵀ A12 (upper triangle).
        int o2 = off + n1;
        for (int j = 0; j < n2; j++) {
            for (int i = 0; i <= j; i++) {
                double t = 0;
                for (int l = 0; l < n1; l++) {
                    t += a[off + l][o2 + i] * a[off + l][o2 + j];
                }
                a[o2 + i][o2 + j] = -t + a[o2 + i][o2 + j];
            }
        }
        info = cholesky(a, o2, n2);
        return info != 0 ? info + n1 : 0;
    }

    /**
     * LAPACK dtrtrs with the upper triangle R of the order-{@code k} block at (off, off): solves
     * Rᵀx = b ({@code transposed}) or Rx = b in place on b[boff..boff+k), as reference dtrsm orders
     * it (the transposed solve subtracts term by term from b[j]). Returns the 1-based index of a zero
     * diagonal, or 0.
     */
    private static int triangularSolve(double[][] a, int off, int k, double[] b, int boff, boolean transposed) {
        for (int i = 0; i < k; i++) {
            if (a[off + i][off + i] == 0) {
                return i + 1;
            }
        }
        if (transposed) {
            for (int j = 0; j < k; j++) {
                double t = b[boff + j];
                for (int i = 0; i < j; i++) {
                    t -= a[off + i][off + j] * b[boff + i];
                }
                b[boff + j] = t / a[off + j][off + j];
            }
        } else {
            for (int j = k - 1; j >= 0; j--) {
                if (b[boff + j] != 0) {
                    b[boff + j] /= a[off + j][off + j];
                    double bj = b[boff + j];
                    for (int i = 0; i < j; i++) {
                        b[boff + i] -= bj * a[off + i][off + j];
                    }
                }
            }
        }
        return 0;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double dot(double[] a, double[] b, int len) {
        double s = 0;
        for (int i = 0; i < len; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static void axpy(int len, double alpha, double[] xv, double[] yv) {
        for (int i = 0; i < len; i++) {
            yv[i] += alpha * xv[i];
        }
    }
}
