package org.sciaccel.integrate;

/**
 * The LSODA integrator as {@code scipy.integrate.odeint} drives it: variable-order Adams
 * (orders 1–12, functional iteration) for non-stiff stretches and BDF (orders 1–5, chord iteration
 * with a full Jacobian, given or by finite differences) for stiff ones, switching automatically
 * between them, with the Nordsieck history array, error weights {@code rtol·|y| + atol} and the
 * weighted max-norm of the original package.
 *
 * <p>The code keeps the original's structure — one call of {@link #call} is one call of the
 * driver, {@link #stoda} is one step — and its control flow, written as a loop over the
 * original's statement labels, because step-size, order and method decisions are thresholds on
 * these exact quantities: a reordered computation would take different steps. Arrays indexed by
 * order (the method coefficients, the history columns) are 1-based as in the original; vectors
 * over the components are 0-based. Only the dense Jacobian types (1: given, 2: finite
 * differences) exist; odeint's banded types are refused by the caller.
 */
final class Lsoda {
    /** dy/dt = f(t, y), written into {@code ydot}. */
    interface Rhs {
        void eval(double t, double[] y, double[] ydot);
    }

    /** The Jacobian {@code pd[i][j] = ∂f_i/∂y_j} at (t, y). */
    interface Jac {
        void eval(double t, double[] y, double[][] pd);
    }

    /** The unit roundoff 2^-52 (d1mach(4)). */
    private static final double UROUND = Math.ulp(1.0);
    /** The Adams stability-region bounds on h·‖J‖ per order. */
    private static final double[] SM1 = {0, 0.5, 0.575, 0.55, 0.45, 0.35, 0.25, 0.20, 0.15, 0.10, 0.075,
        0.050, 0.025};
    private static final int MXSTP0 = 500;
    private static final int MXHNL0 = 10;

    // Problem and options (odeint's optional inputs).
    private final int n;
    private final Rhs f;
    private final Jac jac;
    private final int jt;
    private final double[] rtol;
    private final double[] atol;
    private final int mxstep;
    private final int mxhnil;
    private final double hmxi;
    private final double hmin;
    private final int mxordn;
    private final int mxords;
    private double h0;

    // The integrator's state (the original's common blocks).
    private final double[][] yh;
    private final double[] ewt;
    private final double[] savf;
    private final double[] acor;
    private final double[] ytmp;
    private final double[][] wm;
    private final double[] wmCol;
    private final int[] ipvt;
    private final double[] el = new double[14];
    private final double[][] elco = new double[13][14];
    private final double[][] tesco = new double[13][4];
    private final double[] cm1 = new double[13];
    private final double[] cm2 = new double[6];
    private double conit;
    private double crate;
    private double hold;
    private double rmax;
    private double ccmax;
    private double el0;
    private double h;
    private double hu;
    private double rc;
    private double tn;
    private double tsw;
    private double pdest;
    private double pdlast;
    private double ratio;
    private double pdnorm;
    private double tolsf;
    /** rwork(14): tolsf as reported, only after the too-much-accuracy return (else never written). */
    private double tolsfReported;
    private int ialth;
    private int ipup;
    private int lmax;
    private int nqnyh;
    private int nslp;
    private int icf;
    private int ierpj;
    private int jcur;
    private int jstart;
    private int kflag;
    private int l;
    private int meth;
    private int miter;
    private int maxord;
    private int maxcor;
    private int msbp;
    private int mxncf;
    private int nq;
    private int nst;
    private int nfe;
    private int nje;
    private int nqu;
    private int icount;
    private int irflag;
    private int mused;
    private int nhnil;
    private int ntrep;
    private int nslast;
    private int imxer;
    private boolean init;
    private boolean hitTcrit;

    /**
     * @param rtol length 1 or n (odeint's itol from the two lengths)
     * @param atol length 1 or n
     * @param h0 first step, 0 for the package's estimate
     * @param hmax largest |h|, 0 for none
     * @param mxstep steps per output time, 0 for 500
     * @param mxordn Adams order limit, 0 for 12 (at most 12)
     * @param mxords BDF order limit, 0 for 5 (at most 5)
     */
    Lsoda(int n, Rhs f, Jac jac, double[] rtol, double[] atol, double h0, double hmax, double hmin, int mxstep,
            int mxhnil, int mxordn, int mxords) {
        this.n = n;
        this.f = f;
        this.jac = jac;
        this.jt = jac != null ? 1 : 2;
        this.rtol = rtol.clone();
        this.atol = atol.clone();
        this.h0 = h0;
        this.hmxi = hmax > 0 ? 1.0 / hmax : 0.0;
        this.hmin = hmin;
        this.mxstep = mxstep == 0 ? MXSTP0 : mxstep;
        this.mxhnil = mxhnil == 0 ? MXHNL0 : mxhnil;
        this.mxordn = Math.min(mxordn == 0 ? 100 : mxordn, 12);
        this.mxords = Math.min(mxords == 0 ? 100 : mxords, 5);
        this.yh = new double[14][n];
        this.ewt = new double[n];
        this.savf = new double[n];
        this.acor = new double[n];
        this.ytmp = new double[n];
        this.wm = new double[n][n];
        this.wmCol = new double[n];
        this.ipvt = new int[n];
    }

    /** rwork's length as the package computes it for a dense Jacobian (odeint's {@code lenrw}). */
    int lenrw() {
        int len1n = 20 + (mxordn + 1) * n;
        int len1s = 20 + (mxords + 1) * n + n * n + 2;
        return Math.max(len1n, len1s) + 3 * n;
    }

    /** iwork's length ({@code leniw}). */
    int leniw() {
        return 20 + n;
    }

    double hu() {
        return hu;
    }

    double tcur() {
        return tn;
    }

    double tolsf() {
        return tolsfReported;
    }

    double tsw() {
        return tsw;
    }

    int nst() {
        return nst;
    }

    int nfe() {
        return nfe;
    }

    int nje() {
        return nje;
    }

    int nqu() {
        return nqu;
    }

    int mused() {
        return mused;
    }

    /** The 1-based component with the largest weighted local error after a -4 or -5 return. */
    int imxer() {
        return imxer;
    }

    /**
     * One call of the driver: integrate from {@code t[0]} toward {@code tout}, leaving y(t) in
     * {@code y} and the reached t in {@code t[0]}.
     *
     * @param itask 1 (overshoot and interpolate), 4 (as 1, never stepping past {@code tcrit}) or 5
     *     (one step, never past {@code tcrit}: solve_ivp's stepping)
     * @param istate 1 on the first call, 2 on continuation calls
     * @return the new istate: 2 success, negative on failure (SciPy's odeint codes), 1 when
     *     nothing was done (tout = t on a first call)
     * @throws IllegalArgumentException on what the package reports as illegal input (istate -3)
     */
    int call(double[] y, double[] t, double tout, int itask, int istate, double tcrit) {
        int label;
        if (istate == 1) {
            init = false;
            if (tout == t[0]) {
                ntrep++;
                return 1;
            }
            ntrep = 0;
            label = 100;
        } else {
            label = 200;
        }
        while (true) {
            switch (label) {
                case 100: {
                    if ((tout - t[0]) * h0 < 0) {
                        throw new IllegalArgumentException("h0: tout (=" + tout + ") is behind t (=" + t[0]
                                + "); the integration direction is given by h0 (=" + h0 + ")");
                    }
                    tn = t[0];
                    tsw = t[0];
                    maxord = mxordn;
                    meth = 1;
                    if (itask == 4 || itask == 5) {
                        if ((tcrit - tout) * (tout - t[0]) < 0) {
                            throw new IllegalArgumentException("tcrit: tcrit (=" + tcrit + ") is behind tout (="
                                    + tout + ")");
                        }
                        if (h0 != 0 && (t[0] + h0 - tcrit) * h0 > 0) {
                            h0 = tcrit - t[0];
                        }
                    }
                    jstart = 0;
                    nhnil = 0;
                    nst = 0;
                    nje = 0;
                    nslast = 0;
                    hu = 0;
                    nqu = 0;
                    mused = 0;
                    miter = 0;
                    ccmax = 0.3;
                    maxcor = 3;
                    msbp = 20;
                    mxncf = 10;
                    f.eval(t[0], y.clone(), yh[2]);
                    nfe = 1;
                    System.arraycopy(y, 0, yh[1], 0, n);
                    nq = 1;
                    h = 1.0;
                    if (!loadWeights(yh[1])) {
                        throw new IllegalArgumentException("atol: an error weight rtol*|y0| + atol is <= 0 at t0");
                    }
                    if (h0 == 0) {
                        double tdist = Math.abs(tout - t[0]);
                        double w0 = Math.max(Math.abs(t[0]), Math.abs(tout));
                        if (tdist < 2.0 * UROUND * w0) {
                            throw new IllegalArgumentException("t: tout (=" + tout
                                    + ") is too close to t (=" + t[0] + ") to start the integration");
                        }
                        double tol = rtol[0];
                        for (int i = 1; i < rtol.length; i++) {
                            tol = Math.max(tol, rtol[i]);
                        }
                        if (!(tol > 0)) {
                            double atoli = atol[0];
                            for (int i = 0; i < n; i++) {
                                if (atol.length > 1) {
                                    atoli = atol[i];
                                }
                                double ayi = Math.abs(y[i]);
                                if (ayi != 0) {
                                    tol = Math.max(tol, atoli / ayi);
                                }
                            }
                        }
                        tol = Math.max(tol, 100.0 * UROUND);
                        tol = Math.min(tol, 0.001);
                        double sum = vmnorm(yh[2]);
                        sum = 1.0 / (tol * w0 * w0) + tol * sum * sum;
                        h0 = 1.0 / Math.sqrt(sum);
                        h0 = Math.min(h0, tdist);
                        h0 = Math.copySign(h0, tout - t[0]);
                    }
                    double rh = Math.abs(h0) * hmxi;
                    if (rh > 1.0) {
                        h0 = h0 / rh;
                    }
                    h = h0;
                    for (int i = 0; i < n; i++) {
                        yh[2][i] = h0 * yh[2][i];
                    }
                    label = 270;
                    break;
                }
                case 200: {
                    nslast = nst;
                    if (itask == 1) {
                        if ((tn - tout) * h < 0) {
                            label = 250;
                            break;
                        }
                        intdy(tout, y);
                        t[0] = tout;
                        return finish(2);
                    }
                    if ((tn - tcrit) * h > 0) {
                        throw new IllegalArgumentException("tcrit: tcrit (=" + tcrit + ") is behind the current t (="
                                + tn + ")");
                    }
                    if (itask == 4) {
                        if ((tcrit - tout) * h < 0) {
                            throw new IllegalArgumentException("tcrit: tcrit (=" + tcrit + ") is behind tout (=" + tout
                                    + ")");
                        }
                        if ((tn - tout) * h >= 0) {
                            intdy(tout, y);
                            t[0] = tout;
                            return finish(2);
                        }
                    }
                    label = approachTcrit(tcrit);
                    break;
                }
                case 250: {
                    if (nst - nslast >= mxstep) {
                        return failure(-1, y, t);
                    }
                    if (!loadWeights(yh[1])) {
                        return failure(-6, y, t);
                    }
                    label = 270;
                    break;
                }
                case 270: {
                    tolsf = UROUND * vmnorm(yh[1]);
                    if (tolsf > 0.01) {
                        tolsf = tolsf * 200.0;
                        if (nst == 0) {
                            throw new IllegalArgumentException("rtol: too much accuracy requested for the machine's"
                                    + " precision at the start (tolsf = " + tolsf + ")");
                        }
                        tolsfReported = tolsf;
                        return failure(-2, y, t);
                    }
                    if (tn + h == tn) {
                        nhnil++;
                    }
                    stoda();
                    if (kflag == -1) {
                        return failure(-4, y, t);
                    }
                    if (kflag == -2) {
                        return failure(-5, y, t);
                    }
                    // A successful step; after a method switch, record it and let stoda finish it.
                    init = true;
                    if (meth != mused) {
                        tsw = tn;
                        maxord = meth == 2 ? mxords : mxordn;
                        jstart = -1;
                    }
                    if (itask == 1) {
                        if ((tn - tout) * h < 0) {
                            label = 250;
                            break;
                        }
                        intdy(tout, y);
                        t[0] = tout;
                        return finish(2);
                    }
                    if (itask == 5) {
                        // One step, never past tcrit: return where it ended.
                        hitTcrit = reachedTcrit(tcrit);
                        label = 400;
                        break;
                    }
                    if ((tn - tout) * h >= 0) {
                        intdy(tout, y);
                        t[0] = tout;
                        return finish(2);
                    }
                    label = approachTcrit(tcrit);
                    break;
                }
                case 400: {
                    System.arraycopy(yh[1], 0, y, 0, n);
                    t[0] = hitTcrit ? tcrit : tn;
                    return finish(2);
                }
                default:
                    throw new IllegalStateException("label " + label);
            }
        }
    }

    /** The order to be used on the next step (iwork(15)). */
    int nq() {
        return nq;
    }

    /** The step size to be attempted next (rwork(12)). */
    double h() {
        return h;
    }

    /** Column j (0 … nq) of the history array: the j-th derivative scaled by h^j / j! (a copy). */
    double[] history(int j) {
        return yh[j + 1].clone();
    }

    /** Whether tn is tcrit to within roundoff (the original's ihit). */
    private boolean reachedTcrit(double tcrit) {
        double hmx = Math.abs(tn) + Math.abs(h);
        return Math.abs(tn - tcrit) <= 100.0 * UROUND * hmx;
    }

    /**
     * Before a step with itask 4 (blocks D and F of the original): at tcrit, return (label 400);
     * otherwise shorten h so the next step does not pass tcrit, and go on stepping (label 250).
     */
    private int approachTcrit(double tcrit) {
        hitTcrit = reachedTcrit(tcrit);
        if (hitTcrit) {
            return 400;
        }
        double tnext = tn + h * (1.0 + 4.0 * UROUND);
        if ((tnext - tcrit) * h > 0) {
            h = (tcrit - tn) * (1.0 - 4.0 * UROUND);
            if (jstart >= 0) {
                jstart = -2;
            }
        }
        return 250;
    }

    /** Whether the package has taken its first step (a continuation call is valid). */
    boolean initialised() {
        return init;
    }

    /** How many first calls in a row found tout = t. */
    int repeatedStarts() {
        return ntrep;
    }

    private int finish(int istate) {
        return istate;
    }

    /** An unsuccessful return: y and t at the last step reached; imxer after a step failure. */
    private int failure(int istate, double[] y, double[] t) {
        if (istate == -4 || istate == -5) {
            double big = 0;
            imxer = 1;
            for (int i = 0; i < n; i++) {
                double size = Math.abs(acor[i] * ewt[i]);
                if (!(big >= size)) {
                    big = size;
                    imxer = i + 1;
                }
            }
        }
        System.arraycopy(yh[1], 0, y, 0, n);
        t[0] = tn;
        return istate;
    }

    /** ewt = 1 / (rtol·|ycur| + atol); false if a weight is <= 0. */
    private boolean loadWeights(double[] ycur) {
        for (int i = 0; i < n; i++) {
            double r = rtol.length == 1 ? rtol[0] : rtol[i];
            double a = atol.length == 1 ? atol[0] : atol[i];
            double w = r * Math.abs(ycur[i]) + a;
            if (w <= 0) {
                return false;
            }
            ewt[i] = w;
        }
        for (int i = 0; i < n; i++) {
            ewt[i] = 1.0 / ewt[i];
        }
        return true;
    }

    /** The weighted max-norm max|v_i|·ewt_i (a NaN term is passed over, as the package's max does). */
    private double vmnorm(double[] v) {
        double vm = 0;
        for (int i = 0; i < n; i++) {
            double x = Math.abs(v[i]) * ewt[i];
            if (x > vm) {
                vm = x;
            }
        }
        return vm;
    }

    /** y(t) from the history array (the Nordsieck polynomial at s = (t - tn)/h). */
    private void intdy(double t, double[] dky) {
        double tp = tn - hu - 100.0 * UROUND * (tn + hu);
        if ((t - tp) * (t - tn) > 0) {
            throw new IllegalStateException("intdy: t (=" + t + ") is not in the interval tcur - hu (=" + tp
                    + ") to tcur (=" + tn + ")");
        }
        double s = (t - tn) / h;
        for (int i = 0; i < n; i++) {
            dky[i] = yh[l][i];
        }
        for (int j = nq - 1; j >= 0; j--) {
            double[] col = yh[j + 1];
            for (int i = 0; i < n; i++) {
                dky[i] = col[i] + s * dky[i];
            }
        }
    }

    /** The method coefficients of every order for meth 1 (Adams) or 2 (BDF). */
    private void cfode(int method) {
        double[] pc = new double[13];
        if (method == 1) {
            elco[1][1] = 1.0;
            elco[1][2] = 1.0;
            tesco[1][1] = 0.0;
            tesco[1][2] = 2.0;
            tesco[2][1] = 1.0;
            tesco[12][3] = 0.0;
            pc[1] = 1.0;
            double rqfac = 1.0;
            for (int q = 2; q <= 12; q++) {
                // pc holds the coefficients of p(x) = (x+1)(x+2)...(x+q-1).
                double rq1fac = rqfac;
                rqfac = rqfac / q;
                int qm1 = q - 1;
                double fqm1 = qm1;
                int qp1 = q + 1;
                pc[q] = 0.0;
                for (int ib = 1; ib <= qm1; ib++) {
                    int i = qp1 - ib;
                    pc[i] = pc[i - 1] + fqm1 * pc[i];
                }
                pc[1] = fqm1 * pc[1];
                // The integrals over [-1, 0] of p(x) and x·p(x).
                double pint = pc[1];
                double xpin = pc[1] / 2.0;
                double tsign = 1.0;
                for (int i = 2; i <= q; i++) {
                    tsign = -tsign;
                    pint = pint + tsign * pc[i] / i;
                    xpin = xpin + tsign * pc[i] / (i + 1);
                }
                elco[q][1] = pint * rq1fac;
                elco[q][2] = 1.0;
                for (int i = 2; i <= q; i++) {
                    elco[q][i + 1] = rq1fac * pc[i] / i;
                }
                double agamq = rqfac * xpin;
                double ragq = 1.0 / agamq;
                tesco[q][2] = ragq;
                if (q < 12) {
                    tesco[qp1][1] = ragq * rqfac / qp1;
                }
                tesco[qm1][3] = ragq;
            }
            return;
        }
        pc[1] = 1.0;
        double rq1fac = 1.0;
        for (int q = 1; q <= 5; q++) {
            // pc holds the coefficients of p(x) = (x+1)(x+2)...(x+q).
            double fq = q;
            int qp1 = q + 1;
            pc[qp1] = 0.0;
            for (int ib = 1; ib <= q; ib++) {
                int i = q + 2 - ib;
                pc[i] = pc[i - 1] + fq * pc[i];
            }
            pc[1] = fq * pc[1];
            for (int i = 1; i <= qp1; i++) {
                elco[q][i] = pc[i] / pc[2];
            }
            elco[q][2] = 1.0;
            tesco[q][1] = rq1fac;
            tesco[q][2] = qp1 / elco[q][1];
            tesco[q][3] = (q + 2) / elco[q][1];
            rq1fac = rq1fac / fq;
        }
    }

    /** Prediction (or its undoing, sign -1): the history array times the Pascal triangle matrix. */
    private void pascal(int sign) {
        for (int jb = 1; jb <= nq; jb++) {
            for (int c = nq - jb + 1; c <= nq; c++) {
                double[] a = yh[c];
                double[] b = yh[c + 1];
                if (sign > 0) {
                    for (int i = 0; i < n; i++) {
                        a[i] = a[i] + b[i];
                    }
                } else {
                    for (int i = 0; i < n; i++) {
                        a[i] = a[i] - b[i];
                    }
                }
            }
        }
    }

    /** The package's step ratio 1 / (c·d^e + c·10^-6), the small constant spelt as the original does. */
    private static double ratioFactor(double c, double small, double d, double e) {
        return 1.0 / (c * CorrectlyRoundedPow.pow(d, e) + small);
    }

    /** One step (the original's stoda), with its statement labels as the states of a loop. */
    private void stoda() {
        kflag = 0;
        double told = tn;
        int ncf = 0;
        ierpj = 0;
        jcur = 0;
        icf = 0;
        double delp = 0;
        double rh = 0;
        double dsm = 0;
        double del = 0;
        double pnorm = 0;
        double rate = 0;
        double pdh = 0;
        double rhup = 0;
        double rh2 = 0;
        int nqm2 = 0;
        int iret = 0;
        int iredo = 0;
        int m = 0;
        int newq = 0;
        double[] y = ytmp;
        int label;
        if (jstart > 0) {
            label = 200;
        } else if (jstart == -1) {
            label = 100;
        } else if (jstart == -2) {
            label = 160;
        } else {
            // The first step: order 1, coefficients of both methods, Adams to start with.
            lmax = maxord + 1;
            nq = 1;
            l = 2;
            ialth = 2;
            rmax = 10000.0;
            rc = 0.0;
            el0 = 1.0;
            crate = 0.7;
            hold = h;
            nslp = 0;
            ipup = miter;
            iret = 3;
            icount = 20;
            irflag = 0;
            pdest = 0.0;
            pdlast = 0.0;
            ratio = 5.0;
            cfode(2);
            for (int i = 1; i <= 5; i++) {
                cm2[i] = tesco[i][2] * elco[i][i + 1];
            }
            cfode(1);
            for (int i = 1; i <= 12; i++) {
                cm1[i] = tesco[i][2] * elco[i][i + 1];
            }
            label = 150;
        }
        while (true) {
            switch (label) {
                case 100:
                    // A new h or method: force a matrix update, postpone an order increase.
                    ipup = miter;
                    lmax = maxord + 1;
                    if (ialth == 1) {
                        ialth = 2;
                    }
                    if (meth == mused) {
                        label = 160;
                        break;
                    }
                    cfode(meth);
                    ialth = l;
                    iret = 1;
                    label = 150;
                    break;
                case 150:
                    for (int i = 1; i <= l; i++) {
                        el[i] = elco[nq][i];
                    }
                    nqnyh = nq * n;
                    rc = rc * el[1] / el0;
                    el0 = el[1];
                    conit = 0.5 / (nq + 2);
                    label = iret == 1 ? 160 : iret == 2 ? 170 : 200;
                    break;
                case 160:
                    if (h == hold) {
                        label = 200;
                        break;
                    }
                    rh = h / hold;
                    h = hold;
                    iredo = 3;
                    label = 175;
                    break;
                case 170:
                    rh = Math.max(rh, hmin / Math.abs(h));
                    label = 175;
                    break;
                case 175: {
                    rh = Math.min(rh, rmax);
                    rh = rh / Math.max(1.0, Math.abs(h) * hmxi * rh);
                    if (meth != 2) {
                        // Adams: also keep h inside the stability region.
                        irflag = 0;
                        pdh = Math.max(Math.abs(h) * pdlast, 0.000001);
                        if (!(rh * pdh * 1.00001 < SM1[nq])) {
                            rh = SM1[nq] / pdh;
                            irflag = 1;
                        }
                    }
                    double r = 1.0;
                    for (int j = 2; j <= l; j++) {
                        r = r * rh;
                        double[] col = yh[j];
                        for (int i = 0; i < n; i++) {
                            col[i] = col[i] * r;
                        }
                    }
                    h = h * rh;
                    rc = rc * rh;
                    ialth = l;
                    label = iredo == 0 ? 690 : 200;
                    break;
                }
                case 200:
                    if (Math.abs(rc - 1.0) > ccmax) {
                        ipup = miter;
                    }
                    if (nst >= nslp + msbp) {
                        ipup = miter;
                    }
                    tn = tn + h;
                    pascal(1);
                    pnorm = vmnorm(yh[1]);
                    label = 220;
                    break;
                case 220:
                    m = 0;
                    rate = 0.0;
                    del = 0.0;
                    System.arraycopy(yh[1], 0, y, 0, n);
                    f.eval(tn, y.clone(), savf);
                    nfe++;
                    if (ipup > 0) {
                        prja(y);
                        ipup = 0;
                        rc = 1.0;
                        nslp = nst;
                        crate = 0.7;
                        if (ierpj != 0) {
                            label = 430;
                            break;
                        }
                    }
                    java.util.Arrays.fill(acor, 0.0);
                    label = 270;
                    break;
                case 270:
                    if (miter == 0) {
                        // Functional iteration: y from the last evaluation directly.
                        for (int i = 0; i < n; i++) {
                            savf[i] = h * savf[i] - yh[2][i];
                            y[i] = savf[i] - acor[i];
                        }
                        del = vmnorm(y);
                        for (int i = 0; i < n; i++) {
                            y[i] = yh[1][i] + el[1] * savf[i];
                            acor[i] = savf[i];
                        }
                    } else {
                        // Chord iteration: solve P·x = corrector residual.
                        for (int i = 0; i < n; i++) {
                            y[i] = h * savf[i] - (yh[2][i] + acor[i]);
                        }
                        solsy(y);
                        del = vmnorm(y);
                        for (int i = 0; i < n; i++) {
                            acor[i] = acor[i] + y[i];
                            y[i] = yh[1][i] + el[1] * acor[i];
                        }
                    }
                    label = 400;
                    break;
                case 400: {
                    // Convergence test, with the rate estimate crate once m > 0.
                    if (del <= 100.0 * pnorm * UROUND) {
                        label = 450;
                        break;
                    }
                    if (m == 0 && meth == 1) {
                        label = 405;
                        break;
                    }
                    if (m != 0) {
                        double rm = 1024.0;
                        if (del <= 1024.0 * delp) {
                            rm = del / delp;
                        }
                        rate = Math.max(rate, rm);
                        crate = Math.max(0.2 * crate, rm);
                    }
                    double dcon = del * Math.min(1.0, 1.5 * crate) / (tesco[nq][2] * conit);
                    if (dcon > 1.0) {
                        label = 405;
                        break;
                    }
                    pdest = Math.max(pdest, rate / Math.abs(h * el[1]));
                    if (pdest != 0.0) {
                        pdlast = pdest;
                    }
                    label = 450;
                    break;
                }
                case 405:
                    m++;
                    if (m == maxcor || (m >= 2 && del > 2.0 * delp)) {
                        label = 410;
                        break;
                    }
                    delp = del;
                    f.eval(tn, y.clone(), savf);
                    nfe++;
                    label = 270;
                    break;
                case 410:
                    if (miter == 0 || jcur == 1) {
                        label = 430;
                        break;
                    }
                    icf = 1;
                    ipup = miter;
                    label = 220;
                    break;
                case 430:
                    // The corrector failed: retract and reduce h, unless at hmin or mxncf failures.
                    icf = 2;
                    ncf++;
                    rmax = 2.0;
                    tn = told;
                    pascal(-1);
                    if (Math.abs(h) <= hmin * 1.00001 || ncf == mxncf) {
                        kflag = -2;
                        label = 720;
                        break;
                    }
                    rh = 0.25;
                    ipup = miter;
                    iredo = 1;
                    label = 170;
                    break;
                case 450:
                    jcur = 0;
                    dsm = m == 0 ? del / tesco[nq][2] : vmnorm(acor) / tesco[nq][2];
                    if (dsm > 1.0) {
                        label = 500;
                        break;
                    }
                    // The step is accepted: update the history, then consider a method switch.
                    kflag = 0;
                    iredo = 0;
                    nst++;
                    hu = h;
                    nqu = nq;
                    mused = meth;
                    for (int j = 1; j <= l; j++) {
                        double[] col = yh[j];
                        double e = el[j];
                        for (int i = 0; i < n; i++) {
                            col[i] = col[i] + e * acor[i];
                        }
                    }
                    icount--;
                    if (icount >= 0) {
                        label = 488;
                        break;
                    }
                    if (meth == 2) {
                        label = 480;
                        break;
                    }
                    if (nq > 5) {
                        label = 488;
                        break;
                    }
                    if (dsm > 100.0 * pnorm * UROUND && pdest != 0.0) {
                        label = 470;
                        break;
                    }
                    if (irflag == 0) {
                        label = 488;
                        break;
                    }
                    // Estimates polluted by roundoff after a stability-limited step: switch, doubling h.
                    rh2 = 2.0;
                    nqm2 = Math.min(nq, mxords);
                    label = 478;
                    break;
                case 470: {
                    // Adams now: compare the ideal step of this order with BDF's.
                    double exsm = 1.0 / l;
                    double rh1 = ratioFactor(1.2, 0.0000012, dsm, exsm);
                    double rh1it = 2.0 * rh1;
                    pdh = pdlast * Math.abs(h);
                    if (pdh * rh1 > 0.00001) {
                        rh1it = SM1[nq] / pdh;
                    }
                    rh1 = Math.min(rh1, rh1it);
                    if (nq <= mxords) {
                        double dm2 = dsm * (cm1[nq] / cm2[nq]);
                        rh2 = ratioFactor(1.2, 0.0000012, dm2, exsm);
                        nqm2 = nq;
                    } else {
                        nqm2 = mxords;
                        int lm2 = mxords + 1;
                        double exm2 = 1.0 / lm2;
                        double dm2 = vmnorm(yh[lm2 + 1]) / cm2[mxords];
                        rh2 = ratioFactor(1.2, 0.0000012, dm2, exm2);
                    }
                    label = rh2 < ratio * rh1 ? 488 : 478;
                    break;
                }
                case 478:
                    rh = rh2;
                    icount = 20;
                    meth = 2;
                    miter = jt;
                    pdlast = 0.0;
                    nq = nqm2;
                    l = nq + 1;
                    label = 170;
                    break;
                case 480: {
                    // BDF now: compare with the Adams step, unless that would be polluted by roundoff.
                    double exsm = 1.0 / l;
                    double dm1;
                    double rh1;
                    double exm1;
                    int nqm1;
                    if (mxordn >= nq) {
                        dm1 = dsm * (cm2[nq] / cm1[nq]);
                        rh1 = ratioFactor(1.2, 0.0000012, dm1, exsm);
                        nqm1 = nq;
                        exm1 = exsm;
                    } else {
                        nqm1 = mxordn;
                        int lm1 = mxordn + 1;
                        exm1 = 1.0 / lm1;
                        dm1 = vmnorm(yh[lm1 + 1]) / cm1[mxordn];
                        rh1 = ratioFactor(1.2, 0.0000012, dm1, exm1);
                    }
                    double rh1it = 2.0 * rh1;
                    pdh = pdnorm * Math.abs(h);
                    if (pdh * rh1 > 0.00001) {
                        rh1it = SM1[nqm1] / pdh;
                    }
                    rh1 = Math.min(rh1, rh1it);
                    double rhb = ratioFactor(1.2, 0.0000012, dsm, exsm);
                    if (rh1 * ratio < 5.0 * rhb) {
                        label = 488;
                        break;
                    }
                    double alpha = Math.max(0.001, rh1);
                    dm1 = CorrectlyRoundedPow.pow(alpha, exm1) * dm1;
                    if (dm1 <= 1000.0 * UROUND * pnorm) {
                        label = 488;
                        break;
                    }
                    rh = rh1;
                    icount = 20;
                    meth = 1;
                    miter = 0;
                    pdlast = 0.0;
                    nq = nqm1;
                    l = nq + 1;
                    label = 170;
                    break;
                }
                case 488:
                    // No switch: the usual step and order selection every ialth steps.
                    ialth--;
                    if (ialth == 0) {
                        label = 520;
                        break;
                    }
                    if (ialth == 1 && l != lmax) {
                        System.arraycopy(acor, 0, yh[lmax], 0, n);
                    }
                    label = 700;
                    break;
                case 500:
                    // The error test failed: retract, and after 3 failures restart at order 1.
                    kflag--;
                    tn = told;
                    pascal(-1);
                    rmax = 2.0;
                    if (Math.abs(h) <= hmin * 1.00001) {
                        kflag = -1;
                        label = 720;
                        break;
                    }
                    if (kflag <= -3) {
                        label = 640;
                        break;
                    }
                    iredo = 2;
                    rhup = 0.0;
                    label = 540;
                    break;
                case 520:
                    rhup = 0.0;
                    if (l != lmax) {
                        for (int i = 0; i < n; i++) {
                            savf[i] = acor[i] - yh[lmax][i];
                        }
                        double dup = vmnorm(savf) / tesco[nq][3];
                        double exup = 1.0 / (l + 1);
                        rhup = ratioFactor(1.4, 0.0000014, dup, exup);
                    }
                    label = 540;
                    break;
                case 540: {
                    // The factors for orders nq - 1, nq and nq + 1; the largest wins.
                    double exsm = 1.0 / l;
                    double rhsm = ratioFactor(1.2, 0.0000012, dsm, exsm);
                    double rhdn = 0.0;
                    if (nq != 1) {
                        double ddn = vmnorm(yh[l]) / tesco[nq][1];
                        double exdn = 1.0 / nq;
                        rhdn = ratioFactor(1.3, 0.0000013, ddn, exdn);
                    }
                    if (meth != 2) {
                        pdh = Math.max(Math.abs(h) * pdlast, 0.000001);
                        if (l < lmax) {
                            rhup = Math.min(rhup, SM1[l] / pdh);
                        }
                        rhsm = Math.min(rhsm, SM1[nq] / pdh);
                        if (nq > 1) {
                            rhdn = Math.min(rhdn, SM1[nq - 1] / pdh);
                        }
                        pdest = 0.0;
                    }
                    boolean down;
                    if (rhsm >= rhup) {
                        if (rhsm >= rhdn) {
                            newq = nq;
                            rh = rhsm;
                            label = 620;
                            break;
                        }
                        down = true;
                    } else {
                        down = !(rhup > rhdn);
                    }
                    if (down) {
                        newq = nq - 1;
                        rh = rhdn;
                        if (kflag < 0 && rh > 1.0) {
                            rh = 1.0;
                        }
                        label = 620;
                        break;
                    }
                    newq = l;
                    rh = rhup;
                    if (rh < 1.1) {
                        ialth = 3;
                        label = 700;
                        break;
                    }
                    double r = el[l] / l;
                    for (int i = 0; i < n; i++) {
                        yh[newq + 1][i] = acor[i] * r;
                    }
                    nq = newq;
                    l = nq + 1;
                    iret = 2;
                    label = 150;
                    break;
                }
                case 620:
                    // A change of h below 10% is not made (unless stability bounds it, for Adams).
                    if (meth == 2 || !(rh * pdh * 1.00001 >= SM1[newq])) {
                        if (kflag == 0 && rh < 1.1) {
                            ialth = 3;
                            label = 700;
                            break;
                        }
                    }
                    if (kflag <= -2) {
                        rh = Math.min(rh, 0.2);
                    }
                    if (newq == nq) {
                        label = 170;
                        break;
                    }
                    nq = newq;
                    l = nq + 1;
                    iret = 2;
                    label = 150;
                    break;
                case 640:
                    if (kflag == -10) {
                        kflag = -1;
                        label = 720;
                        break;
                    }
                    rh = 0.1;
                    rh = Math.max(hmin / Math.abs(h), rh);
                    h = h * rh;
                    System.arraycopy(yh[1], 0, y, 0, n);
                    f.eval(tn, y.clone(), savf);
                    nfe++;
                    for (int i = 0; i < n; i++) {
                        yh[2][i] = h * savf[i];
                    }
                    ipup = miter;
                    ialth = 5;
                    if (nq == 1) {
                        label = 200;
                        break;
                    }
                    nq = 1;
                    l = 2;
                    iret = 3;
                    label = 150;
                    break;
                case 690:
                    rmax = 10.0;
                    label = 700;
                    break;
                case 700: {
                    double r = 1.0 / tesco[nqu][2];
                    for (int i = 0; i < n; i++) {
                        acor[i] = acor[i] * r;
                    }
                    label = 720;
                    break;
                }
                case 720:
                    hold = h;
                    jstart = 1;
                    return;
                default:
                    throw new IllegalStateException("label " + label);
            }
        }
    }

    /**
     * P = I - h·el0·J, its norm-weighted Jacobian norm pdnorm, and its LU factors (the original's
     * prja with LINPACK's dgefa). J is given (jt 1) or by forward differences of f (jt 2).
     */
    private void prja(double[] y) {
        nje++;
        ierpj = 0;
        jcur = 1;
        double hl0 = h * el0;
        if (miter == 1) {
            jac.eval(tn, y.clone(), wm);
            double con = -hl0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    wm[i][j] = wm[i][j] * con;
                }
            }
        } else {
            double fac = vmnorm(savf);
            double r0 = 1000.0 * Math.abs(h) * UROUND * n * fac;
            if (r0 == 0.0) {
                r0 = 1.0;
            }
            double srur = Math.sqrt(UROUND);
            double[] ftem = acor;
            for (int j = 0; j < n; j++) {
                double yj = y[j];
                double r = Math.max(srur * Math.abs(yj), r0 / ewt[j]);
                y[j] = y[j] + r;
                fac = -hl0 / r;
                f.eval(tn, y.clone(), ftem);
                for (int i = 0; i < n; i++) {
                    wm[i][j] = (ftem[i] - savf[i]) * fac;
                }
                y[j] = yj;
            }
            nfe += n;
        }
        // pdnorm = max_i ewt_i·Σ_j |J_ij|/ewt_j with the weights as stored (inverted).
        double an = 0.0;
        for (int i = 0; i < n; i++) {
            double sum = 0.0;
            for (int j = 0; j < n; j++) {
                sum = sum + Math.abs(wm[i][j]) / ewt[j];
            }
            an = Math.max(an, sum * ewt[i]);
        }
        pdnorm = an / Math.abs(hl0);
        for (int i = 0; i < n; i++) {
            wm[i][i] = wm[i][i] + 1.0;
        }
        if (!luFactor()) {
            ierpj = 1;
        }
    }

    /** Gaussian elimination with partial pivoting, column by column; false if a pivot is zero. */
    private boolean luFactor() {
        boolean ok = true;
        for (int k = 0; k < n - 1; k++) {
            int p = k;
            double dmax = Math.abs(wm[k][k]);
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(wm[i][k]) > dmax) {
                    dmax = Math.abs(wm[i][k]);
                    p = i;
                }
            }
            ipvt[k] = p;
            if (wm[p][k] == 0.0) {
                ok = false;
                continue;
            }
            if (p != k) {
                double t = wm[p][k];
                wm[p][k] = wm[k][k];
                wm[k][k] = t;
            }
            double t = -1.0 / wm[k][k];
            for (int i = k + 1; i < n; i++) {
                wm[i][k] = wm[i][k] * t;
            }
            for (int j = k + 1; j < n; j++) {
                double a = wm[p][j];
                if (p != k) {
                    wm[p][j] = wm[k][j];
                    wm[k][j] = a;
                }
                for (int i = k + 1; i < n; i++) {
                    wm[i][j] = wm[i][j] + a * wm[i][k];
                }
            }
        }
        ipvt[n - 1] = n - 1;
        if (wm[n - 1][n - 1] == 0.0) {
            ok = false;
        }
        return ok;
    }

    /** Solves P·x = b in place with the LU factors (LINPACK's dgesl). */
    private void solsy(double[] b) {
        for (int k = 0; k < n - 1; k++) {
            int p = ipvt[k];
            double t = b[p];
            if (p != k) {
                b[p] = b[k];
                b[k] = t;
            }
            for (int i = k + 1; i < n; i++) {
                b[i] = b[i] + t * wm[i][k];
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            b[k] = b[k] / wm[k][k];
            double t = -b[k];
            for (int i = 0; i < k; i++) {
                b[i] = b[i] + t * wm[i][k];
            }
        }
    }
}
