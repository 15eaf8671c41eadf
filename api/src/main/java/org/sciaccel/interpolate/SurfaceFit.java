package org.sciaccel.interpolate;

/**
 * FITPACK's regrid (fpregr, fpgrre) to its digits: the smoothing spline of degrees kx, ky on a
 * rectangular grid, iopt = 0. Arrays are 1-based (index 0 unused). regrid's tolerance and fpregr's
 * constants are single-precision literals in the original (0.1e-02, 0.1e0, 0.9e0, 0.4e-01), widened
 * to double; they are used here as those widened values, so the iteration takes the same steps.
 */
final class SurfaceFit {
    private static final double TOL = (double) 0.1e-02f;
    private static final int MAXIT = 20;
    private static final double CON1 = (double) 0.1e0f;
    private static final double CON9 = (double) 0.9e0f;
    private static final double CON4 = (double) 0.4e-01f;
    private static final double HALF = 0.5;

    final int mx;
    final int my;
    final double[] x;
    final double[] y;
    final double[] z;
    final double xb;
    final double xe;
    final double yb;
    final double ye;
    final int kx;
    final int ky;
    final double s;
    final int nxest;
    final int nyest;
    int nx;
    int ny;
    final double[] tx;
    final double[] ty;
    final double[] c;
    double fp;
    int ier;

    // fpgrre's state between calls (its flags and work arrays)
    private int ifsx;
    private int ifsy;
    private int ifbx;
    private int ifby;
    private final double[][] spx;
    private final double[][] spy;
    private final double[] right;
    private final double[] q;
    private final double[][] ax;
    private final double[][] bx;
    private final double[][] ay;
    private final double[][] by;
    private final int[] nrx;
    private final int[] nry;
    private final double[] fpintx;
    private final double[] fpinty;
    private final int[] nrdatx;
    private final int[] nrdaty;

    /** 0-based x (mx), y (my) and z (mx*my, x-major: z[i*my + j] at (x[i], y[j])). */
    SurfaceFit(double[] x0, double[] y0, double[] z0, double xb, double xe, double yb, double ye, int kx, int ky,
            double s) {
        this.mx = x0.length;
        this.my = y0.length;
        this.x = shift(x0);
        this.y = shift(y0);
        this.z = shift(z0);
        this.xb = xb;
        this.xe = xe;
        this.yb = yb;
        this.ye = ye;
        this.kx = kx;
        this.ky = ky;
        this.s = s;
        this.nxest = mx + kx + 1;
        this.nyest = my + ky + 1;
        this.tx = new double[nxest + 1];
        this.ty = new double[nyest + 1];
        this.c = new double[(nxest - kx - 1) * (nyest - ky - 1) + 1];
        int kx1 = kx + 1;
        int ky1 = ky + 1;
        int mm = Math.max(nxest, my);
        spx = new double[mx + 1][kx1 + 1];
        spy = new double[my + 1][ky1 + 1];
        right = new double[mm + 1];
        q = new double[nxest * my + 1];
        ax = new double[nxest + 1][kx1 + 2];
        bx = new double[nxest + 1][kx1 + 2];
        ay = new double[nyest + 1][ky1 + 2];
        by = new double[nyest + 1][ky1 + 2];
        nrx = new int[mx + 1];
        nry = new int[my + 1];
        fpintx = new double[nxest + 1];
        fpinty = new double[nyest + 1];
        nrdatx = new int[nxest + 1];
        nrdaty = new int[nyest + 1];
    }

    private static double[] shift(double[] a) {
        double[] b = new double[a.length + 1];
        System.arraycopy(a, 0, b, 1, a.length);
        return b;
    }

    /** regrid's data check (10 when it fails, 0 otherwise), then fpregr with iopt = 0. */
    void regrid() {
        ier = 10;
        if (kx <= 0 || kx > 5 || ky <= 0 || ky > 5) {
            return;
        }
        if (mx < kx + 1 || my < ky + 1) {
            return;
        }
        if (xb > x[1] || xe < x[mx]) {
            return;
        }
        for (int i = 2; i <= mx; i++) {
            if (x[i - 1] >= x[i]) {
                return;
            }
        }
        if (yb > y[1] || ye < y[my]) {
            return;
        }
        for (int i = 2; i <= my; i++) {
            if (y[i - 1] >= y[i]) {
                return;
            }
        }
        if (s < 0.) {
            return;
        }
        ier = 0;
        fpregr();
    }

    private void fpregr() {
        final double one = 1;
        int kx1 = kx + 1;
        int ky1 = ky + 1;
        int nminx = 2 * kx1;
        int nminy = 2 * ky1;
        double acc = TOL * s;
        int nmaxx = mx + kx1;
        int nmaxy = my + ky1;
        int nxe = Math.min(nmaxx, nxest);
        int nye = Math.min(nmaxy, nyest);
        int lastdi = 0;
        int nplusx = 0;
        int nplusy = 0;
        double fp0 = 0.;
        double fpold = 0.;
        double reducx = 0.;
        double reducy = 0.;
        double fpms = 0.;
        if (s > 0.) {
            nx = nminx;
            ny = nminy;
            nrdatx[1] = mx - 2;
            nrdaty[1] = my - 2;
        } else {
            nx = nmaxx;
            ny = nmaxy;
            if (ny > nyest || nx > nxest) {
                ier = 1;
                return;
            }
            interiorKnots(x, mx, kx, tx);
            interiorKnots(y, my, ky, ty);
        }
        ifsx = 0;
        ifsy = 0;
        ifbx = 0;
        ifby = 0;
        double p = -one;
        int mpm = mx + my;
        boolean toPart2 = false;
        for (int iter = 1; iter <= mpm; iter++) {
            if (nx == nminx && ny == nminy) {
                ier = -2;
            }
            int nrintx = nx - nminx + 1;
            int nrinty = ny - nminy + 1;
            int i = nx;
            for (int j = 1; j <= kx1; j++) {
                tx[j] = xb;
                tx[i] = xe;
                i = i - 1;
            }
            i = ny;
            for (int j = 1; j <= ky1; j++) {
                ty[j] = yb;
                ty[i] = ye;
                i = i - 1;
            }
            fpgrre(p);
            if (ier == -2) {
                fp0 = fp;
            }
            fpms = fp - s;
            if (Math.abs(fpms) < acc) {
                return;
            }
            if (fpms < 0.) {
                toPart2 = true;
                break;
            }
            if (nx == nmaxx && ny == nmaxy) {
                ier = -1;
                fp = 0.;
                return;
            }
            if (nx == nxe && ny == nye) {
                ier = 1;
                return;
            }
            ier = 0;
            if (lastdi < 0) {
                reducx = fpold - fp;
            } else if (lastdi > 0) {
                reducy = fpold - fp;
            }
            fpold = fp;
            int nplx = 1;
            if (nx != nminx) {
                int npl1 = nplusx * 2;
                double rn = nplusx;
                if (reducx > acc) {
                    npl1 = (int) (rn * fpms / reducx);
                }
                nplx = Math.min(nplusx * 2, Math.max(Math.max(npl1, nplusx / 2), 1));
            }
            int nply = 1;
            if (ny != nminy) {
                int npl1 = nplusy * 2;
                double rn = nplusy;
                if (reducy > acc) {
                    npl1 = (int) (rn * fpms / reducy);
                }
                nply = Math.min(nplusy * 2, Math.max(Math.max(npl1, nplusy / 2), 1));
            }
            // 190: which direction
            boolean inX;
            if (nplx < nply) {
                inX = true; // 210
            } else if (nplx == nply) {
                inX = !(lastdi < 0); // 200: lastdi < 0 -> 230 (y), else 210 (x)
            } else {
                inX = false; // 230
            }
            if (inX && nx == nxe) {
                inX = false; // 210 -> 230
            } else if (!inX && ny == nye) {
                inX = true; // 230 -> 210 (nx < nxe here, as nx == nxe and ny == nye returned above)
            }
            if (inX) {
                lastdi = -1;
                nplusx = nplx;
                ifsx = 0;
                for (int l = 1; l <= nplusx; l++) {
                    nx = Fitpack.fpknot(x, tx, nx, fpintx, nrdatx, nrintx);
                    nrintx++;
                    if (nx == nxe) {
                        break;
                    }
                }
            } else {
                lastdi = 1;
                nplusy = nply;
                ifsy = 0;
                for (int l = 1; l <= nplusy; l++) {
                    ny = Fitpack.fpknot(y, ty, ny, fpinty, nrdaty, nrinty);
                    nrinty++;
                    if (ny == nye) {
                        break;
                    }
                }
            }
        }
        if (!toPart2) {
            // the trial loop ran out (mx + my sets of knots): fpregr falls through to part 2 as well
        }
        if (ier == -2) {
            return;
        }
        double p1 = 0.;
        double f1 = fp0 - s;
        double p3 = -one;
        double f3 = fpms;
        p = one;
        int ich1 = 0;
        int ich3 = 0;
        double[] pf = new double[4];
        for (int iter = 1; iter <= MAXIT; iter++) {
            fpgrre(p);
            fpms = fp - s;
            if (Math.abs(fpms) < acc) {
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

    /** The interior knots of the interpolating spline in one direction. */
    private static void interiorKnots(double[] v, int m, int k, double[] t) {
        int k1 = k + 1;
        int mk1 = m - k1;
        if (mk1 == 0) {
            return;
        }
        int k3 = k / 2;
        int i = k1 + 1;
        int j = k3 + 2;
        if (k3 * 2 == k) {
            for (int l = 1; l <= mk1; l++) {
                t[i] = (v[j] + v[j - 1]) * HALF;
                i++;
                j++;
            }
        } else {
            for (int l = 1; l <= mk1; l++) {
                t[i] = v[j];
                i++;
                j++;
            }
        }
    }

    private void fpgrre(double p) {
        double[] h = new double[8];
        double[] hh = new double[8];
        double[] cs = new double[2];
        double one = 1;
        int kx1 = kx + 1;
        int kx2 = kx1 + 1;
        int ky1 = ky + 1;
        int ky2 = ky1 + 1;
        int nk1x = nx - kx1;
        int nk1y = ny - ky1;
        double pinv = 0;
        if (p > 0.) {
            pinv = one / p;
        }
        if (ifsx == 0) {
            int l = kx1;
            int l1 = kx2;
            int number = 0;
            for (int it = 1; it <= mx; it++) {
                double arg = x[it];
                while (!(arg < tx[l1] || l == nk1x)) {
                    l = l1;
                    l1 = l + 1;
                    number = number + 1;
                }
                Fitpack.fpbspl(tx, kx, arg, l, h, hh);
                for (int i = 1; i <= kx1; i++) {
                    spx[it][i] = h[i];
                }
                nrx[it] = number;
            }
            ifsx = 1;
        }
        if (ifsy == 0) {
            int l = ky1;
            int l1 = ky2;
            int number = 0;
            for (int it = 1; it <= my; it++) {
                double arg = y[it];
                while (!(arg < ty[l1] || l == nk1y)) {
                    l = l1;
                    l1 = l + 1;
                    number = number + 1;
                }
                Fitpack.fpbspl(ty, ky, arg, l, h, hh);
                for (int i = 1; i <= ky1; i++) {
                    spy[it][i] = h[i];
                }
                nry[it] = number;
            }
            ifsy = 1;
        }
        if (p > 0.) {
            if (!(ifbx != 0 || nx == 2 * kx1)) {
                Fitpack.fpdisc(tx, nx, kx2, bx);
                ifbx = 1;
            }
            if (!(ifby != 0 || ny == 2 * ky1)) {
                Fitpack.fpdisc(ty, ny, ky2, by);
                ifby = 1;
            }
        }
        // reduce (ax) to upper triangular form, the same rotations on the rows of q
        int l = my * nk1x;
        for (int i = 1; i <= l; i++) {
            q[i] = 0.;
        }
        for (int i = 1; i <= nk1x; i++) {
            for (int j = 1; j <= kx2; j++) {
                ax[i][j] = 0.;
            }
        }
        l = 0;
        int nrold = 0;
        int ibandx = kx1;
        for (int it = 1; it <= mx; it++) {
            int number = nrx[it];
            while (true) {
                int irot;
                if (nrold == number) {
                    h[ibandx] = 0.;
                    for (int j = 1; j <= kx1; j++) {
                        h[j] = spx[it][j];
                    }
                    for (int j = 1; j <= my; j++) {
                        l = l + 1;
                        right[j] = z[l];
                    }
                    irot = number;
                } else {
                    if (p <= 0.) {
                        nrold = nrold + 1;
                        continue;
                    }
                    ibandx = kx2;
                    int n1 = nrold + 1;
                    for (int j = 1; j <= kx2; j++) {
                        h[j] = bx[n1][j] * pinv;
                    }
                    for (int j = 1; j <= my; j++) {
                        right[j] = 0.;
                    }
                    irot = nrold;
                }
                for (int i = 1; i <= ibandx; i++) {
                    irot = irot + 1;
                    double piv = h[i];
                    if (piv == 0.) {
                        continue;
                    }
                    ax[irot][1] = Fitpack.fpgivs(piv, ax[irot][1], cs);
                    double cos = cs[0];
                    double sin = cs[1];
                    int iq = (irot - 1) * my;
                    for (int j = 1; j <= my; j++) {
                        iq = iq + 1;
                        double a = right[j];
                        double b = q[iq];
                        q[iq] = cos * b + sin * a;
                        right[j] = cos * a - sin * b;
                    }
                    if (i == ibandx) {
                        break;
                    }
                    int i2 = 1;
                    for (int j = i + 1; j <= ibandx; j++) {
                        i2 = i2 + 1;
                        double a = h[j];
                        double b = ax[irot][i2];
                        ax[irot][i2] = cos * b + sin * a;
                        h[j] = cos * a - sin * b;
                    }
                }
                if (nrold == number) {
                    break;
                }
                nrold = nrold + 1;
            }
        }
        // reduce (ay), the same rotations on the columns of g, giving h in c
        int ncof = nk1x * nk1y;
        for (int i = 1; i <= ncof; i++) {
            c[i] = 0.;
        }
        for (int i = 1; i <= nk1y; i++) {
            for (int j = 1; j <= ky2; j++) {
                ay[i][j] = 0.;
            }
        }
        nrold = 0;
        int ibandy = ky1;
        for (int it = 1; it <= my; it++) {
            int number = nry[it];
            while (true) {
                int irot;
                if (nrold == number) {
                    h[ibandy] = 0.;
                    for (int j = 1; j <= ky1; j++) {
                        h[j] = spy[it][j];
                    }
                    l = it;
                    for (int j = 1; j <= nk1x; j++) {
                        right[j] = q[l];
                        l = l + my;
                    }
                    irot = number;
                } else {
                    if (p <= 0.) {
                        nrold = nrold + 1;
                        continue;
                    }
                    ibandy = ky2;
                    int n1 = nrold + 1;
                    for (int j = 1; j <= ky2; j++) {
                        h[j] = by[n1][j] * pinv;
                    }
                    for (int j = 1; j <= nk1x; j++) {
                        right[j] = 0.;
                    }
                    irot = nrold;
                }
                for (int i = 1; i <= ibandy; i++) {
                    irot = irot + 1;
                    double piv = h[i];
                    if (piv == 0.) {
                        continue;
                    }
                    ay[irot][1] = Fitpack.fpgivs(piv, ay[irot][1], cs);
                    double cos = cs[0];
                    double sin = cs[1];
                    int ic = irot;
                    for (int j = 1; j <= nk1x; j++) {
                        double a = right[j];
                        double b = c[ic];
                        c[ic] = cos * b + sin * a;
                        right[j] = cos * a - sin * b;
                        ic = ic + nk1y;
                    }
                    if (i == ibandy) {
                        break;
                    }
                    int i2 = 1;
                    for (int j = i + 1; j <= ibandy; j++) {
                        i2 = i2 + 1;
                        double a = h[j];
                        double b = ay[irot][i2];
                        ay[irot][i2] = cos * b + sin * a;
                        h[j] = cos * a - sin * b;
                    }
                }
                if (nrold == number) {
                    break;
                }
                nrold = nrold + 1;
            }
        }
        // back substitution: (ry) c1 = h, then c (rx)' = c1
        double[] col = new double[nk1y + 1];
        int k = 1;
        for (int i = 1; i <= nk1x; i++) {
            System.arraycopy(c, k, col, 1, nk1y);
            Fitpack.fpback(ay, col, nk1y, ibandy, col);
            System.arraycopy(col, 1, c, k, nk1y);
            k = k + nk1y;
        }
        k = 0;
        for (int j = 1; j <= nk1y; j++) {
            k = k + 1;
            l = k;
            for (int i = 1; i <= nk1x; i++) {
                right[i] = c[l];
                l = l + nk1y;
            }
            Fitpack.fpback(ax, right, nk1x, ibandx, right);
            l = k;
            for (int i = 1; i <= nk1x; i++) {
                c[l] = right[i];
                l = l + nk1y;
            }
        }
        // the residuals: fp, and per knot interval in each direction
        fp = 0.;
        for (int i = 1; i <= nx; i++) {
            fpintx[i] = 0.;
        }
        for (int i = 1; i <= ny; i++) {
            fpinty[i] = 0.;
        }
        int iz = 0;
        int nroldx = 0;
        for (int i1 = 1; i1 <= mx; i1++) {
            int numx = nrx[i1];
            int numx1 = numx + 1;
            int nroldy = 0;
            for (int i2 = 1; i2 <= my; i2++) {
                int numy = nry[i2];
                int numy1 = numy + 1;
                iz = iz + 1;
                double term = 0.;
                int k1 = numx * nk1y + numy;
                for (int l1 = 1; l1 <= kx1; l1++) {
                    int k2 = k1;
                    double fac = spx[i1][l1];
                    for (int l2 = 1; l2 <= ky1; l2++) {
                        k2 = k2 + 1;
                        term = term + fac * spy[i2][l2] * c[k2];
                    }
                    k1 = k1 + nk1y;
                }
                double r = z[iz] - term;
                term = r * r;
                fp = fp + term;
                fpintx[numx1] = fpintx[numx1] + term;
                fpinty[numy1] = fpinty[numy1] + term;
                double fac = term * HALF;
                if (numy != nroldy) {
                    fpinty[numy1] = fpinty[numy1] - fac;
                    fpinty[numy] = fpinty[numy] + fac;
                }
                nroldy = numy;
                if (numx != nroldx) {
                    fpintx[numx1] = fpintx[numx1] - fac;
                    fpintx[numx] = fpintx[numx] + fac;
                }
            }
            nroldx = numx;
        }
    }
}
