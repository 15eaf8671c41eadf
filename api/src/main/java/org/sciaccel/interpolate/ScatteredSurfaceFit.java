package org.sciaccel.interpolate;

/**
 * FITPACK's surfit (fpsurf, fporde) with iopt = 0: the smoothing spline of degrees kx, ky through
 * scattered points, to its digits, where the observation matrix keeps full rank. A rank-deficient
 * system (where FITPACK switches to fprank's minimum-norm solution) is refused instead: the answer then
 * depends on fprank's tolerance and is not ported. Arrays are 1-based (index 0 unused); surfit's
 * single-precision constants (tol 0.1e-02, 0.1e0, 0.9e0, 0.4e-01) are used widened to double, as there.
 */
final class ScatteredSurfaceFit {
    private static final double TOL = (double) 0.1e-02f;
    private static final int MAXIT = 20;
    private static final double CON1 = (double) 0.1e0f;
    private static final double CON9 = (double) 0.9e0f;
    private static final double CON4 = (double) 0.4e-01f;
    private static final double TEN = 10.0;

    final int m;
    final double[] x;
    final double[] y;
    final double[] z;
    final double[] w;
    final double xb;
    final double xe;
    final double yb;
    final double ye;
    final int kxx;
    final int kyy;
    final double s;
    final int nxest;
    final int nyest;
    final double eps;
    int nx;
    int ny;
    double[] tx;
    double[] ty;
    double[] c;
    double fp;
    int ier;

    ScatteredSurfaceFit(double[] x0, double[] y0, double[] z0, double[] w0, double xb, double xe, double yb,
            double ye, int kx, int ky, double s, int nxest, int nyest, double eta) {
        this.m = x0.length;
        this.x = one(x0);
        this.y = one(y0);
        this.z = one(z0);
        this.w = one(w0);
        this.xb = xb;
        this.xe = xe;
        this.yb = yb;
        this.ye = ye;
        this.kxx = kx;
        this.kyy = ky;
        this.s = s;
        this.nxest = nxest;
        this.nyest = nyest;
        this.eps = eta;
    }

    private static double[] one(double[] a) {
        double[] b = new double[a.length + 1];
        System.arraycopy(a, 0, b, 1, a.length);
        return b;
    }

    /** surfit's data check (ier 10), then fpsurf. */
    void surfit() {
        ier = 10;
        int nmax = Math.max(nxest, nyest);
        tx = new double[nmax + 2];
        ty = new double[nmax + 2];
        if (eps <= 0. || eps >= 1.) {
            return;
        }
        if (kxx <= 0 || kxx > 5 || kyy <= 0 || kyy > 5) {
            return;
        }
        int kx1 = kxx + 1;
        int ky1 = kyy + 1;
        if (m < kx1 * ky1) {
            return;
        }
        if (nxest < 2 * kx1 || nyest < 2 * ky1) {
            return;
        }
        if (xb >= xe || yb >= ye) {
            return;
        }
        for (int i = 1; i <= m; i++) {
            if (w[i] <= 0. || x[i] < xb || x[i] > xe || y[i] < yb || y[i] > ye) {
                return;
            }
        }
        if (s < 0.) {
            return;
        }
        ier = 0;
        fpsurf(nmax);
    }

    private void fpsurf(int nmax) {
        double one = 1.0;
        int km1 = Math.max(kxx, kyy) + 1;
        int km2 = km1 + 1;
        int nxk = nxest - kxx - 1;
        int nyk = nyest - kyy - 1;
        int ncest = nxk * nyk;
        int ib1 = kxx * nyk + kyy + 1;
        int jb1 = kyy * nxk + kxx + 1;
        int ib3 = (kxx + 1) * nyk + 1;
        if (ib1 > jb1) {
            ib1 = jb1;
            ib3 = (kyy + 1) * nxk + 1;
        }
        int intest = (nxest - 2 * kxx - 1) + (nyest - 2 * kyy - 1);
        int nrest = (nxest - 2 * kxx - 1) * (nyest - 2 * kyy - 1);
        c = new double[ncest + 1];
        double[] f = new double[ncest + 1];
        double[] ff = new double[ncest + 1];
        double[][] a = new double[ncest + 1][ib1 + 1];
        double[][] q = new double[ncest + 1][ib3 + 1];
        double[][] bx = new double[nmax + 1][km2 + 1];
        double[][] by = new double[nmax + 1][km2 + 1];
        double[][] spx = new double[m + 1][km1 + 1];
        double[][] spy = new double[m + 1][km1 + 1];
        double[] h = new double[ib3 + 2];
        double[] fpint = new double[intest + 2];
        double[] coord = new double[intest + 2];
        int[] index = new int[nrest + 2];
        int[] nummer = new int[m + 1];
        double[] hx = new double[8];
        double[] hy = new double[8];
        double[] scratch = new double[8];
        double[] cs = new double[2];

        int ichang = -1;
        double x0 = xb;
        double x1 = xe;
        double y0 = yb;
        double y1 = ye;
        int kx = kxx;
        int ky = kyy;
        int kx1 = kx + 1;
        int ky1 = ky + 1;
        int nxe = nxest;
        int nye = nyest;
        double epsr = Math.sqrt(eps);
        double acc = TOL * s;
        int nminx = 2 * kx1;
        int nminy = 2 * ky1;
        nx = nminx;
        ny = nminy;
        ier = -2;
        double fp0 = 0;
        double fpms = 0;
        int nxx = 0;
        int nyy = 0;
        int nreg = 0;
        int nk1x = 0;
        int nk1y = 0;
        int ncof = 0;
        int iband = 0;
        int iband1 = 0;
        boolean part2 = true;
        mainLoop:
        for (int iter = 1; iter <= m; iter++) {
            int l = nx;
            for (int i = 1; i <= kx1; i++) {
                tx[i] = x0;
                tx[l] = x1;
                l = l - 1;
            }
            l = ny;
            for (int i = 1; i <= ky1; i++) {
                ty[i] = y0;
                ty[l] = y1;
                l = l - 1;
            }
            nxx = nx - 2 * kx1 + 1;
            nyy = ny - 2 * ky1 + 1;
            int nrint = nxx + nyy;
            nreg = nxx * nyy;
            iband1 = kx * (ny - ky1) + ky;
            l = ky * (nx - kx1) + kx;
            if (iband1 > l) {
                iband1 = l;
                ichang = -ichang;
                for (int i = 1; i <= m; i++) {
                    double st = x[i];
                    x[i] = y[i];
                    y[i] = st;
                }
                double st = x0;
                x0 = y0;
                y0 = st;
                st = x1;
                x1 = y1;
                y1 = st;
                swapKnots();
                int t2 = nx;
                nx = ny;
                ny = t2;
                t2 = nxe;
                nxe = nye;
                nye = t2;
                t2 = nxx;
                nxx = nyy;
                nyy = t2;
                t2 = kx;
                kx = ky;
                ky = t2;
                kx1 = kx + 1;
                ky1 = ky + 1;
            }
            iband = iband1 + 1;
            fporde(kx, ky, nummer, index, nreg);
            nk1x = nx - kx1;
            nk1y = ny - ky1;
            ncof = nk1x * nk1y;
            for (int i = 1; i <= ncof; i++) {
                f[i] = 0.;
                for (int j = 1; j <= iband; j++) {
                    a[i][j] = 0.;
                }
            }
            fp = 0.;
            for (int num = 1; num <= nreg; num++) {
                int num1 = num - 1;
                int lx = num1 / nyy;
                int l1 = lx + kx1;
                int ly = num1 - lx * nyy;
                int l2 = ly + ky1;
                int jrot = lx * nk1y + ly;
                int in = index[num];
                while (in != 0) {
                    double wi = w[in];
                    double zi = z[in] * wi;
                    Fitpack.fpbspl(tx, kx, x[in], l1, hx, scratch);
                    Fitpack.fpbspl(ty, ky, y[in], l2, hy, scratch);
                    for (int i = 1; i <= kx1; i++) {
                        spx[in][i] = hx[i];
                    }
                    for (int i = 1; i <= ky1; i++) {
                        spy[in][i] = hy[i];
                    }
                    for (int i = 1; i <= iband; i++) {
                        h[i] = 0.;
                    }
                    int i1 = 0;
                    for (int i = 1; i <= kx1; i++) {
                        double hxi = hx[i];
                        int j1 = i1;
                        for (int j = 1; j <= ky1; j++) {
                            j1 = j1 + 1;
                            h[j1] = hxi * hy[j] * wi;
                        }
                        i1 = i1 + nk1y;
                    }
                    int irot = jrot;
                    for (int i = 1; i <= iband; i++) {
                        irot = irot + 1;
                        double piv = h[i];
                        if (piv == 0.) {
                            continue;
                        }
                        a[irot][1] = Fitpack.fpgivs(piv, a[irot][1], cs);
                        double cos = cs[0];
                        double sin = cs[1];
                        double fr = f[irot];
                        f[irot] = cos * fr + sin * zi;
                        zi = cos * zi - sin * fr;
                        if (i == iband) {
                            break;
                        }
                        int i2 = 1;
                        for (int j = i + 1; j <= iband; j++) {
                            i2 = i2 + 1;
                            double hj = h[j];
                            double aj = a[irot][i2];
                            a[irot][i2] = cos * aj + sin * hj;
                            h[j] = cos * hj - sin * aj;
                        }
                    }
                    fp = fp + zi * zi;
                    in = nummer[in];
                }
            }
            double dmax = 0.;
            for (int i = 1; i <= ncof; i++) {
                if (!(a[i][1] <= dmax)) {
                    dmax = a[i][1];
                }
            }
            double sigma = epsr * dmax;
            for (int i = 1; i <= ncof; i++) {
                if (a[i][1] <= sigma) {
                    throw rankDeficient();
                }
            }
            Fitpack.fpback(a, f, ncof, iband, c);
            if (ier == -2) {
                fp0 = fp;
            }
            fpms = fp - s;
            if (Math.abs(fpms) <= acc) {
                if (fp <= 0) {
                    ier = -1;
                    fp = 0.;
                }
                part2 = false;
                break;
            }
            if (fpms < 0.) {
                break;
            }
            if (ncof > m) {
                ier = 4;
                part2 = false;
                break;
            }
            ier = 0;
            for (int i = 1; i <= nrint; i++) {
                fpint[i] = 0.;
                coord[i] = 0.;
            }
            for (int num = 1; num <= nreg; num++) {
                int num1 = num - 1;
                int lx = num1 / nyy;
                int l1 = lx + 1;
                int ly = num1 - lx * nyy;
                int l2 = ly + 1 + nxx;
                int jrot = lx * nk1y + ly;
                int in = index[num];
                while (in != 0) {
                    double store = 0.;
                    int i1 = jrot;
                    for (int i = 1; i <= kx1; i++) {
                        double hxi = spx[in][i];
                        int j1 = i1;
                        for (int j = 1; j <= ky1; j++) {
                            j1 = j1 + 1;
                            store = store + hxi * spy[in][j] * c[j1];
                        }
                        i1 = i1 + nk1y;
                    }
                    double r = w[in] * (z[in] - store);
                    store = r * r;
                    fpint[l1] = fpint[l1] + store;
                    coord[l1] = coord[l1] + store * x[in];
                    fpint[l2] = fpint[l2] + store;
                    coord[l2] = coord[l2] + store * y[in];
                    in = nummer[in];
                }
            }
            while (true) {
                // 370: the interval of largest residual where a knot can still be added
                l = 0;
                double fpmax = 0.;
                int l1 = 1;
                int l2 = nrint;
                if (nx == nxe) {
                    l1 = nxx + 1;
                }
                if (ny == nye) {
                    l2 = nxx;
                }
                if (l1 > l2) {
                    ier = 1;
                    part2 = false;
                    break mainLoop;
                }
                for (int i = l1; i <= l2; i++) {
                    if (fpmax >= fpint[i]) {
                        continue;
                    }
                    l = i;
                    fpmax = fpint[i];
                }
                if (l == 0) {
                    ier = 5;
                    part2 = false;
                    break mainLoop;
                }
                double arg = coord[l] / fpint[l];
                if (l <= nxx) {
                    int jxy = l + kx1;
                    fpint[l] = 0.;
                    double fac1 = tx[jxy] - arg;
                    double fac2 = arg - tx[jxy - 1];
                    if (fac1 > (TEN * fac2) || fac2 > (TEN * fac1)) {
                        continue;
                    }
                    int j = nx;
                    for (int i = jxy; i <= nx; i++) {
                        tx[j + 1] = tx[j];
                        j = j - 1;
                    }
                    tx[jxy] = arg;
                    nx = nx + 1;
                    break;
                }
                int jxy = l + ky1 - nxx;
                fpint[l] = 0.;
                double fac1 = ty[jxy] - arg;
                double fac2 = arg - ty[jxy - 1];
                if (fac1 > (TEN * fac2) || fac2 > (TEN * fac1)) {
                    continue;
                }
                int j = ny;
                for (int i = jxy; i <= ny; i++) {
                    ty[j + 1] = ty[j];
                    j = j - 1;
                }
                ty[jxy] = arg;
                ny = ny + 1;
                break;
            }
        }
        if (part2 && ier != -2) {
            smoothing(one, kx, ky, kx1, ky1, nk1x, nk1y, ncof, nreg, nyy, iband, iband1, acc, fp0, fpms, f, ff, a,
                    q, bx, by, spx, spy, h, index, nummer, cs, epsr);
        }
        // 830: back to the original order of x and y
        if (ichang >= 0) {
            int l1 = 1;
            for (int i = 1; i <= nk1x; i++) {
                int l2 = i;
                for (int j = 1; j <= nk1y; j++) {
                    f[l2] = c[l1];
                    l1 = l1 + 1;
                    l2 = l2 + nk1x;
                }
            }
            for (int i = 1; i <= ncof; i++) {
                c[i] = f[i];
            }
            for (int i = 1; i <= m; i++) {
                double st = x[i];
                x[i] = y[i];
                y[i] = st;
            }
            swapKnots();
            int t2 = nx;
            nx = ny;
            ny = t2;
        }
    }

    private void smoothing(double one, int kx, int ky, int kx1, int ky1, int nk1x, int nk1y, int ncof, int nreg,
            int nyy, int iband, int iband1, double acc, double fp0, double fpms0, double[] f, double[] ff,
            double[][] a, double[][] q, double[][] bx, double[][] by, double[][] spx, double[][] spy, double[] h,
            int[] index, int[] nummer, double[] cs, double epsr) {
        double fpms = fpms0;
        int kx2 = kx1 + 1;
        if (nk1x != kx1) {
            Fitpack.fpdisc(tx, nx, kx2, bx);
        }
        int ky2 = ky1 + 1;
        if (nk1y != ky1) {
            Fitpack.fpdisc(ty, ny, ky2, by);
        }
        double p1 = 0.;
        double f1 = fp0 - s;
        double p3 = -one;
        double f3 = fpms;
        double p = 0.;
        for (int i = 1; i <= ncof; i++) {
            p = p + a[i][1];
        }
        double rn = ncof;
        p = rn / p;
        int iband3 = kx1 * nk1y;
        int iband4 = iband3 + 1;
        int ich1 = 0;
        int ich3 = 0;
        double[] pf = new double[4];
        for (int iter = 1; iter <= MAXIT; iter++) {
            double pinv = one / p;
            for (int i = 1; i <= ncof; i++) {
                ff[i] = f[i];
                for (int j = 1; j <= iband; j++) {
                    q[i][j] = a[i][j];
                }
                for (int j = iband + 1; j <= iband4; j++) {
                    q[i][j] = 0.;
                }
            }
            if (nk1y != ky1) {
                for (int i = ky2; i <= nk1y; i++) {
                    int ii = i - ky1;
                    for (int j = 1; j <= nk1x; j++) {
                        for (int l = 1; l <= iband; l++) {
                            h[l] = 0.;
                        }
                        for (int l = 1; l <= ky2; l++) {
                            h[l] = by[ii][l] * pinv;
                        }
                        double zi = 0.;
                        int jrot = (j - 1) * nk1y + ii;
                        zi = rotateRow(jrot, ncof, iband1, h, q, ff, zi, cs);
                    }
                }
            }
            if (nk1x != kx1) {
                for (int i = kx2; i <= nk1x; i++) {
                    int ii = i - kx1;
                    for (int j = 1; j <= nk1y; j++) {
                        for (int l = 1; l <= iband4; l++) {
                            h[l] = 0.;
                        }
                        int j1 = 1;
                        for (int l = 1; l <= kx2; l++) {
                            h[j1] = bx[ii][l] * pinv;
                            j1 = j1 + nk1y;
                        }
                        double zi = 0.;
                        int jrot = (i - kx2) * nk1y + j;
                        zi = rotateRow(jrot, ncof, iband3, h, q, ff, zi, cs);
                    }
                }
            }
            double dmax = 0.;
            for (int i = 1; i <= ncof; i++) {
                if (!(q[i][1] <= dmax)) {
                    dmax = q[i][1];
                }
            }
            double sigma = epsr * dmax;
            for (int i = 1; i <= ncof; i++) {
                if (q[i][1] <= sigma) {
                    throw rankDeficient();
                }
            }
            Fitpack.fpback(q, ff, ncof, iband4, c);
            fp = 0.;
            for (int num = 1; num <= nreg; num++) {
                int num1 = num - 1;
                int lx = num1 / nyy;
                int ly = num1 - lx * nyy;
                int jrot = lx * nk1y + ly;
                int in = index[num];
                while (in != 0) {
                    double store = 0.;
                    int i1 = jrot;
                    for (int i = 1; i <= kx1; i++) {
                        double hxi = spx[in][i];
                        int j1 = i1;
                        for (int j = 1; j <= ky1; j++) {
                            j1 = j1 + 1;
                            store = store + hxi * spy[in][j] * c[j1];
                        }
                        i1 = i1 + nk1y;
                    }
                    double r = w[in] * (z[in] - store);
                    fp = fp + r * r;
                    in = nummer[in];
                }
            }
            fpms = fp - s;
            if (Math.abs(fpms) <= acc) {
                return;
            }
            if (iter == MAXIT) {
                ier = 3;
                return;
            }
            double p2 = p;
            double f2 = fpms;
            if (ich3 == 0) {
                if (!((f2 - f3) > acc)) {
                    p3 = p2;
                    f3 = f2;
                    p = p * CON4;
                    if (p <= p1) {
                        p = p1 * CON9 + p2 * CON1;
                    }
                    continue;
                }
                if (f2 < 0.) {
                    ich3 = 1;
                }
            }
            if (ich1 == 0) {
                if (!((f1 - f2) > acc)) {
                    p1 = p2;
                    f1 = f2;
                    p = p / CON4;
                    if (p3 < 0.) {
                        continue;
                    }
                    if (p >= p3) {
                        p = p2 * CON1 + p3 * CON9;
                    }
                    continue;
                }
                if (f2 > 0.) {
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

    /** One smoothing row rotated into the triangle q (fpsurf's loops 540 and 620). */
    private static double rotateRow(int jrot, int ncof, int bandLimit, double[] h, double[][] q, double[] ff,
            double zi, double[] cs) {
        for (int irot = jrot; irot <= ncof; irot++) {
            double piv = h[1];
            int i2 = Math.min(bandLimit, ncof - irot);
            if (piv == 0.) {
                if (i2 <= 0) {
                    return zi;
                }
            } else {
                q[irot][1] = Fitpack.fpgivs(piv, q[irot][1], cs);
                double cos = cs[0];
                double sin = cs[1];
                double fr = ff[irot];
                ff[irot] = cos * fr + sin * zi;
                zi = cos * zi - sin * fr;
                if (i2 == 0) {
                    return zi;
                }
                for (int l = 1; l <= i2; l++) {
                    int l1 = l + 1;
                    double hl = h[l1];
                    double ql = q[irot][l1];
                    q[irot][l1] = cos * ql + sin * hl;
                    h[l1] = cos * hl - sin * ql;
                }
            }
            for (int l = 1; l <= i2; l++) {
                h[l] = h[l + 1];
            }
            h[i2 + 1] = 0.;
        }
        return zi;
    }

    private void swapKnots() {
        int n = Math.min(nx, ny);
        for (int i = 1; i <= n; i++) {
            double st = tx[i];
            tx[i] = ty[i];
            ty[i] = st;
        }
        int n1 = n + 1;
        if (nx < ny) {
            for (int i = n1; i <= ny; i++) {
                tx[i] = ty[i];
            }
        } else if (nx > ny) {
            for (int i = n1; i <= nx; i++) {
                ty[i] = tx[i];
            }
        }
    }

    private void fporde(int kx, int ky, int[] nummer, int[] index, int nreg) {
        int kx1 = kx + 1;
        int ky1 = ky + 1;
        int nk1x = nx - kx1;
        int nk1y = ny - ky1;
        int nyy = nk1y - ky;
        for (int i = 1; i <= nreg; i++) {
            index[i] = 0;
        }
        for (int im = 1; im <= m; im++) {
            double xi = x[im];
            double yi = y[im];
            int l = kx1;
            int l1 = l + 1;
            while (!(xi < tx[l1] || l == nk1x)) {
                l = l1;
                l1 = l + 1;
            }
            int k = ky1;
            int k1 = k + 1;
            while (!(yi < ty[k1] || k == nk1y)) {
                k = k1;
                k1 = k + 1;
            }
            int num = (l - kx1) * nyy + k - ky;
            nummer[im] = index[num];
            index[num] = im;
        }
    }

    private static UnsupportedOperationException rankDeficient() {
        return new UnsupportedOperationException("x: the observation matrix is rank deficient: FITPACK's surfit"
                + " would return fprank's minimum-norm solution, which is not supported (fewer knots, a larger s or"
                + " more points give a definite answer)");
    }
}
