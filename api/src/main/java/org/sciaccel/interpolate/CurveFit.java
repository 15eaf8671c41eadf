package org.sciaccel.interpolate;

/**
 * FITPACK's curve fit (curfit's fpcurf) to its digits: the smoothing spline of degree k with the fewest
 * knots whose weighted residual sum of squares fp meets {@code |fp - s| < 0.001 s}, the interpolating
 * spline for s = 0, or the least-squares spline on given knots (iopt = -1). The state (knots,
 * coefficients, per-interval residuals and data counts, ier) persists between calls, so a call with
 * iopt = 1 continues from the knots of the last, as SciPy's {@code fpcurf1} does.
 *
 * <p>Arrays are 1-based (index 0 unused) so that the steps read as the algorithm's description.
 */
final class CurveFit {
    static final double TOL = 0.001;
    static final int MAXIT = 20;

    final double[] x;
    final double[] y;
    final double[] w;
    final int m;
    final double xb;
    final double xe;
    final int k;
    double s;
    int nest;
    int n;
    double[] t;
    double[] c;
    double fp;
    double[] fpint;
    int[] nrdata;
    int ier;

    /** 0-based x, y, w. */
    CurveFit(double[] x, double[] y, double[] w, double xb, double xe, int k, double s, int nest) {
        this.m = x.length;
        this.x = shift(x);
        this.y = shift(y);
        this.w = shift(w);
        this.xb = xb;
        this.xe = xe;
        this.k = k;
        this.s = s;
        resize(nest);
    }

    private static double[] shift(double[] a) {
        double[] b = new double[a.length + 1];
        System.arraycopy(a, 0, b, 1, a.length);
        return b;
    }

    /** Grows the state arrays to {@code newNest}, keeping their first {@code nest} values. */
    void resize(int newNest) {
        double[] t2 = new double[newNest + 1];
        double[] c2 = new double[newNest + 1];
        double[] f2 = new double[newNest + 1];
        int[] r2 = new int[newNest + 1];
        if (t != null) {
            int keep = Math.min(nest, newNest);
            System.arraycopy(t, 1, t2, 1, keep);
            System.arraycopy(c, 1, c2, 1, keep);
            System.arraycopy(fpint, 1, f2, 1, keep);
            System.arraycopy(nrdata, 1, r2, 1, keep);
        }
        t = t2;
        c = c2;
        fpint = f2;
        nrdata = r2;
        nest = newNest;
    }

    /** Sets the interior knots for a least-squares fit on given knots: {@code t} holds all n knots, 0-based. */
    void setKnots(double[] knots) {
        n = knots.length;
        System.arraycopy(knots, 0, t, 1, n);
    }

    /** The knots, 0-based, length n. */
    double[] knots() {
        double[] out = new double[n];
        System.arraycopy(t, 1, out, 0, n);
        return out;
    }

    /** The coefficients, 0-based, length n (the last k + 1 as the fit leaves them: zero). */
    double[] coefficients() {
        double[] out = new double[n];
        System.arraycopy(c, 1, out, 0, n);
        return out;
    }

    /** fpcurf with iopt -1, 0 or 1. */
    void fpcurf(int iopt) {
        final double one = 1.0;
        final double con1 = 0.1;
        final double con9 = 0.9;
        final double con4 = 0.04;
        final double half = 0.5;
        final int k1 = k + 1;
        final int k2 = k1 + 1;
        final double tol = TOL;
        final int maxit = MAXIT;
        double[] z = new double[nest + 1];
        double[][] a = new double[nest + 1][k1 + 1];
        double[][] b = new double[nest + 1][k2 + 1];
        double[][] g = new double[nest + 1][k2 + 1];
        double[][] q = new double[m + 1][k1 + 1];
        double[] h = new double[8];
        double[] hh = new double[8];
        double[] cs = new double[2];

        int nmin = 2 * k1;
        double acc = 0.0;
        int nmax = 0;
        double fp0 = 0.0;
        double fpold = 0.0;
        int nplus = 0;
        double fpms = 0.0;
        int label;
        if (iopt < 0) {
            label = 60;
        } else {
            acc = tol * s;
            nmax = m + k1;
            if (s > 0.0) {
                label = 45;
            } else {
                n = nmax;
                if (nmax > nest) {
                    ier = 1;
                    return;
                }
                label = 10;
            }
        }
        if (label == 45) {
            label = 50;
            if (iopt != 0 && n != nmin) {
                fp0 = fpint[n];
                fpold = fpint[n - 1];
                nplus = nrdata[n];
                if (fp0 > s) {
                    label = 60;
                }
            }
            if (label == 50) {
                n = nmin;
                fpold = 0.0;
                nplus = 0;
                nrdata[1] = m - 2;
                label = 60;
            }
        }
        int nk1 = 0;
        outer:
        while (true) {
            if (label == 10) {
                interpolationKnots(k1, k2);
                label = 60;
            }
            // label 60: main loop for the different sets of knots
            for (int iter = 1; iter <= m; iter++) {
                if (n == nmin) {
                    ier = -2;
                }
                int nrint = n - nmin + 1;
                nk1 = n - k1;
                int i = n;
                for (int j = 1; j <= k1; j++) {
                    t[j] = xb;
                    t[i] = xe;
                    i = i - 1;
                }
                fp = 0.0;
                for (i = 1; i <= nk1; i++) {
                    z[i] = 0.0;
                    for (int j = 1; j <= k1; j++) {
                        a[i][j] = 0.0;
                    }
                }
                int l = k1;
                for (int it = 1; it <= m; it++) {
                    double xi = x[it];
                    double wi = w[it];
                    double yi = y[it] * wi;
                    while (!(xi < t[l + 1] || l == nk1)) {
                        l = l + 1;
                    }
                    Fitpack.fpbspl(t, k, xi, l, h, hh);
                    for (i = 1; i <= k1; i++) {
                        q[it][i] = h[i];
                        h[i] = h[i] * wi;
                    }
                    int j = l - k1;
                    for (i = 1; i <= k1; i++) {
                        j = j + 1;
                        double piv = h[i];
                        if (piv == 0.0) {
                            continue;
                        }
                        a[j][1] = Fitpack.fpgivs(piv, a[j][1], cs);
                        double cos = cs[0];
                        double sin = cs[1];
                        double zj = z[j];
                        z[j] = cos * zj + sin * yi;
                        yi = cos * yi - sin * zj;
                        if (i == k1) {
                            break;
                        }
                        int i2 = 1;
                        for (int i1 = i + 1; i1 <= k1; i1++) {
                            i2 = i2 + 1;
                            double ai = a[j][i2];
                            double hi = h[i1];
                            a[j][i2] = cos * ai + sin * hi;
                            h[i1] = cos * hi - sin * ai;
                        }
                    }
                    fp = fp + yi * yi;
                }
                if (ier == -2) {
                    fp0 = fp;
                }
                fpint[n] = fp0;
                fpint[n - 1] = fpold;
                nrdata[n] = nplus;
                Fitpack.fpback(a, z, nk1, k1, c);
                if (iopt < 0) {
                    return;
                }
                fpms = fp - s;
                if (Math.abs(fpms) < acc) {
                    return;
                }
                if (fpms < 0.0) {
                    break; // to 250
                }
                if (n == nmax) {
                    ier = -1;
                    return;
                }
                if (n == nest) {
                    ier = 1;
                    return;
                }
                if (ier != 0) {
                    nplus = 1;
                    ier = 0;
                } else {
                    int npl1 = nplus * 2;
                    double rn = nplus;
                    if (fpold - fp > acc) {
                        npl1 = (int) (rn * fpms / (fpold - fp));
                    }
                    nplus = Math.min(nplus * 2, Math.max(Math.max(npl1, nplus / 2), 1));
                }
                fpold = fp;
                double fpart = 0.0;
                i = 1;
                l = k2;
                int nw = 0;
                for (int it = 1; it <= m; it++) {
                    if (!(x[it] < t[l] || l > nk1)) {
                        nw = 1;
                        l = l + 1;
                    }
                    double term = 0.0;
                    int l0 = l - k2;
                    for (int j = 1; j <= k1; j++) {
                        l0 = l0 + 1;
                        term = term + c[l0] * q[it][j];
                    }
                    term = (w[it] * (term - y[it])) * (w[it] * (term - y[it]));
                    fpart = fpart + term;
                    if (nw == 0) {
                        continue;
                    }
                    double store = term * half;
                    fpint[i] = fpart - store;
                    i = i + 1;
                    fpart = store;
                    nw = 0;
                }
                fpint[nrint] = fpart;
                for (l = 1; l <= nplus; l++) {
                    nrint = fpknot(nrint);
                    if (n == nmax) {
                        label = 10;
                        continue outer;
                    }
                    if (n == nest) {
                        break;
                    }
                }
            }
            break;
        }
        // label 250
        if (ier == -2) {
            return;
        }
        nk1 = n - k1;
        Fitpack.fpdisc(t, n, k2, b);
        double p1 = 0.0;
        double f1 = fp0 - s;
        double p3 = -one;
        double f3 = fpms;
        double p = 0.0;
        for (int i = 1; i <= nk1; i++) {
            p = p + a[i][1];
        }
        double rn = nk1;
        p = rn / p;
        int ich1 = 0;
        int ich3 = 0;
        int n8 = n - nmin;
        double[] pf = new double[4];
        for (int iter = 1; iter <= maxit; iter++) {
            double pinv = one / p;
            for (int i = 1; i <= nk1; i++) {
                c[i] = z[i];
                g[i][k2] = 0.0;
                for (int j = 1; j <= k1; j++) {
                    g[i][j] = a[i][j];
                }
            }
            for (int it = 1; it <= n8; it++) {
                for (int i = 1; i <= k2; i++) {
                    h[i] = b[it][i] * pinv;
                }
                double yi = 0.0;
                for (int j = it; j <= nk1; j++) {
                    double piv = h[1];
                    g[j][1] = Fitpack.fpgivs(piv, g[j][1], cs);
                    double cos = cs[0];
                    double sin = cs[1];
                    double cj = c[j];
                    c[j] = cos * cj + sin * yi;
                    yi = cos * yi - sin * cj;
                    if (j == nk1) {
                        break;
                    }
                    int i2 = k1;
                    if (j > n8) {
                        i2 = nk1 - j;
                    }
                    for (int i = 1; i <= i2; i++) {
                        int i1 = i + 1;
                        double gi = g[j][i1];
                        double hi = h[i1];
                        g[j][i1] = cos * gi + sin * hi;
                        h[i1] = cos * hi - sin * gi;
                        h[i] = h[i1];
                    }
                    h[i2 + 1] = 0.0;
                }
            }
            Fitpack.fpback(g, c, nk1, k2, c);
            fp = 0.0;
            int l = k2;
            for (int it = 1; it <= m; it++) {
                if (!(x[it] < t[l] || l > nk1)) {
                    l = l + 1;
                }
                int l0 = l - k2;
                double term = 0.0;
                for (int j = 1; j <= k1; j++) {
                    l0 = l0 + 1;
                    term = term + c[l0] * q[it][j];
                }
                double r = w[it] * (term - y[it]);
                fp = fp + r * r;
            }
            fpms = fp - s;
            if (Math.abs(fpms) < acc) {
                return;
            }
            if (iter == maxit) {
                ier = 3;
                return;
            }
            double p2 = p;
            double f2 = fpms;
            if (ich3 == 0) {
                if (!((f2 - f3) > acc)) {
                    p3 = p2;
                    f3 = f2;
                    p = p * con4;
                    if (p <= p1) {
                        p = p1 * con9 + p2 * con1;
                    }
                    continue;
                }
                if (f2 < 0.0) {
                    ich3 = 1;
                }
            }
            if (ich1 == 0) {
                if (!((f1 - f2) > acc)) {
                    p1 = p2;
                    f1 = f2;
                    p = p / con4;
                    if (p3 < 0.) {
                        continue;
                    }
                    if (p >= p3) {
                        p = p2 * con1 + p3 * con9;
                    }
                    continue;
                }
                if (f2 > 0.0) {
                    ich1 = 1;
                }
            }
            if (f2 >= f1 || f2 <= f3) {
                ier = 2;
                return;
            }
            pf[0] = p1;
            pf[1] = f1;
            pf[2] = p3;
            pf[3] = f3;
            p = Fitpack.fprati(pf, p2, f2);
            p1 = pf[0];
            f1 = pf[1];
            p3 = pf[2];
            f3 = pf[3];
        }
    }

    /** Label 10: the interior knots of the interpolating spline. */
    private void interpolationKnots(int k1, int k2) {
        int mk1 = m - k1;
        if (mk1 == 0) {
            return;
        }
        int k3 = k / 2;
        int i = k2;
        int j = k3 + 2;
        if (k3 * 2 == k) {
            for (int l = 1; l <= mk1; l++) {
                t[i] = (x[j] + x[j - 1]) * 0.5;
                i = i + 1;
                j = j + 1;
            }
        } else {
            for (int l = 1; l <= mk1; l++) {
                t[i] = x[j];
                i = i + 1;
                j = j + 1;
            }
        }
    }

    /** fpknot with istart = 1: adds one knot in the interval of largest residual; returns the new nrint. */
    private int fpknot(int nrint) {
        int kk = (n - nrint - 1) / 2;
        double fpmax = 0.;
        int jbegin = 1;
        int number = 0;
        int maxpt = 0;
        int maxbeg = 0;
        for (int j = 1; j <= nrint; j++) {
            int jpoint = nrdata[j];
            if (!(fpmax >= fpint[j] || jpoint == 0)) {
                fpmax = fpint[j];
                number = j;
                maxpt = jpoint;
                maxbeg = jbegin;
            }
            jbegin = jbegin + jpoint + 1;
        }
        int ihalf = maxpt / 2 + 1;
        int nrx = maxbeg + ihalf;
        int next = number + 1;
        if (next <= nrint) {
            for (int j = next; j <= nrint; j++) {
                int jj = next + nrint - j;
                fpint[jj + 1] = fpint[jj];
                nrdata[jj + 1] = nrdata[jj];
                int jk = jj + kk;
                t[jk + 1] = t[jk];
            }
        }
        nrdata[number] = ihalf - 1;
        nrdata[next] = maxpt - ihalf;
        double am = maxpt;
        double an = nrdata[number];
        fpint[number] = fpmax * an / am;
        an = nrdata[next];
        fpint[next] = fpmax * an / am;
        int jk = next + kk;
        t[jk] = x[nrx];
        n = n + 1;
        return nrint + 1;
    }
}
