package org.sciaccel.interpolate;

/**
 * FITPACK's small routines on 1-based arrays (index 0 unused), as {@link CurveFit} and the
 * functional API use them: the B-spline basis (fpbspl), Givens rotations (fpgivs), back substitution
 * (fpback), the k-th derivative jumps at the knots (fpdisc), the rational step of the smoothing
 * iteration (fprati), the knot check (fpchec), integration (fpintb, splint) and the zeros of a cubic
 * spline (sproot, fpcuro).
 */
final class Fitpack {
    private Fitpack() {
    }

    /** fpbspl: the k + 1 non-zero B-splines at x with t(l) &lt;= x &lt; t(l+1), into h(1..k+1); hh is scratch. */
    static void fpbspl(double[] t, int k, double x, int l, double[] h, double[] hh) {
        h[1] = 1.0;
        for (int j = 1; j <= k; j++) {
            for (int i = 1; i <= j; i++) {
                hh[i] = h[i];
            }
            h[1] = 0.0;
            for (int i = 1; i <= j; i++) {
                int li = l + i;
                int lj = li - j;
                if (t[li] == t[lj]) {
                    h[i + 1] = 0.0;
                    continue;
                }
                double f = hh[i] / (t[li] - t[lj]);
                h[i] = h[i] + f * (t[li] - x);
                h[i + 1] = f * (x - t[lj]);
            }
        }
    }

    /** fpgivs: the rotation that zeroes piv against ww; cos and sin into cs, returns the new ww. */
    static double fpgivs(double piv, double ww, double[] cs) {
        double store = Math.abs(piv);
        double dd;
        if (store >= ww) {
            double r = ww / piv;
            dd = store * Math.sqrt(1.0 + r * r);
        } else {
            double r = piv / ww;
            dd = ww * Math.sqrt(1.0 + r * r);
        }
        cs[0] = ww / dd;
        cs[1] = piv / dd;
        return dd;
    }

    /** fpback: solves a c = z, a upper triangular n x n of bandwidth k (a(i,1) the diagonal); z and c may be one array. */
    static void fpback(double[][] a, double[] z, int n, int k, double[] c) {
        int k1 = k - 1;
        c[n] = z[n] / a[n][1];
        int i = n - 1;
        if (i == 0) {
            return;
        }
        for (int j = 2; j <= n; j++) {
            double store = z[i];
            int i1 = k1;
            if (j <= k1) {
                i1 = j - 1;
            }
            int mm = i;
            for (int l = 1; l <= i1; l++) {
                mm = mm + 1;
                store = store - c[mm] * a[i][l + 1];
            }
            c[i] = store / a[i][1];
            i = i - 1;
        }
    }

    /** fpdisc: the jumps of the k-th derivative of the B-splines at the interior knots, into b(1..n-2k-2, 1..k2). */
    static void fpdisc(double[] t, int n, int k2, double[][] b) {
        double[] h = new double[13];
        int k1 = k2 - 1;
        int k = k1 - 1;
        int nk1 = n - k1;
        int nrint = nk1 - k;
        double an = nrint;
        double fac = an / (t[nk1 + 1] - t[k1]);
        for (int l = k2; l <= nk1; l++) {
            int lmk = l - k1;
            for (int j = 1; j <= k1; j++) {
                int ik = j + k1;
                int lj = l + j;
                int lk = lj - k2;
                h[j] = t[l] - t[lk];
                h[ik] = t[l] - t[lj];
            }
            int lp = lmk;
            for (int j = 1; j <= k2; j++) {
                int jk = j;
                double prod = h[j];
                for (int i = 1; i <= k; i++) {
                    jk = jk + 1;
                    prod = prod * h[jk] * fac;
                }
                int lk = lp + k1;
                b[lmk][j] = (t[lk] - t[lp]) / prod;
                lp = lp + 1;
            }
        }
    }

    /**
     * fprati: the zero of the rational function through (p1,f1), (p2,f2), (p3,f3) (p3 &lt;= 0 meaning
     * infinity); {@code pf} holds {p1, f1, p3, f3} and is updated so that f1 &gt; 0 and f3 &lt; 0.
     */
    static double fprati(double[] pf, double p2, double f2) {
        double p1 = pf[0];
        double f1 = pf[1];
        double p3 = pf[2];
        double f3 = pf[3];
        double p;
        if (p3 > 0.) {
            double h1 = f1 * (f2 - f3);
            double h2 = f2 * (f3 - f1);
            double h3 = f3 * (f1 - f2);
            p = -(p1 * p2 * h3 + p2 * p3 * h1 + p3 * p1 * h2) / (p1 * h1 + p2 * h2 + p3 * h3);
        } else {
            p = (p1 * (f1 - f3) * f2 - p2 * (f2 - f3) * f1) / ((f1 - f2) * f3);
        }
        if (f2 < 0.) {
            pf[2] = p2;
            pf[3] = f2;
        } else {
            pf[0] = p2;
            pf[1] = f2;
        }
        return p;
    }

    /** fpchec on 0-based x and t: 0 when the knots suit the data, else 10, 20, 30, 40 or 50 (the violated condition). */
    static int fpchec(double[] x0, double[] t0, int k) {
        int m = x0.length;
        int n = t0.length;
        double[] x = new double[m + 1];
        double[] t = new double[n + 1];
        System.arraycopy(x0, 0, x, 1, m);
        System.arraycopy(t0, 0, t, 1, n);
        int k1 = k + 1;
        int k2 = k1 + 1;
        int nk1 = n - k1;
        int nk2 = nk1 + 1;
        if (nk1 < k1 || nk1 > m) {
            return 10;
        }
        int j = n;
        for (int i = 1; i <= k; i++) {
            if (t[i] > t[i + 1]) {
                return 20;
            }
            if (t[j] < t[j - 1]) {
                return 20;
            }
            j = j - 1;
        }
        for (int i = k2; i <= nk2; i++) {
            if (t[i] <= t[i - 1]) {
                return 30;
            }
        }
        if (x[1] < t[k1] || x[m] > t[nk2]) {
            return 40;
        }
        if (x[1] >= t[k2] || x[m] <= t[nk1]) {
            return 50;
        }
        int i = 1;
        int l = k2;
        int nk3 = nk1 - 1;
        if (nk3 < 2) {
            return 0;
        }
        for (j = 2; j <= nk3; j++) {
            double tj = t[j];
            l = l + 1;
            double tl = t[l];
            do {
                i = i + 1;
                if (i >= m) {
                    return 50;
                }
            } while (x[i] <= tj);
            if (x[i] >= tl) {
                return 50;
            }
        }
        return 0;
    }

    /** splint on 0-based t and c: the integral of the spline over [a, b], zero outside its base interval. */
    static double splint(double[] t0, double[] c0, int k, double a, double b) {
        int n = t0.length;
        int nk1 = n - k - 1;
        double[] t = new double[n + 1];
        System.arraycopy(t0, 0, t, 1, n);
        double[] bint = fpintb(t, n, nk1, a, b);
        double res = 0.0;
        for (int i = 1; i <= nk1; i++) {
            res = res + c0[i - 1] * bint[i];
        }
        return res;
    }

    /** fpintb: the integrals of the nk1 B-splines over [x, y], 1-based t; returns bint(1..nk1). */
    static double[] fpintb(double[] t, int n, int nk1, double x, double y) {
        double[] bint = new double[nk1 + 1];
        double[] aint = new double[7];
        double[] h = new double[7];
        double[] h1 = new double[7];
        double one = 1.0;
        int k1 = n - nk1;
        double ak = k1;
        int k = k1 - 1;
        double a = x;
        double b = y;
        int min = 0;
        if (!(a < b)) {
            if (a == b) {
                return bint;
            }
            a = y;
            b = x;
            min = 1;
        }
        if (a < t[k1]) {
            a = t[k1];
        }
        if (b > t[nk1 + 1]) {
            b = t[nk1 + 1];
        }
        if (a > b) {
            return bint;
        }
        int l = k1;
        int l0 = l + 1;
        double arg = a;
        int ia = 0;
        for (int it = 1; it <= 2; it++) {
            while (!(arg < t[l0] || l == nk1)) {
                l = l0;
                l0 = l + 1;
            }
            for (int j = 1; j <= k1; j++) {
                aint[j] = 0.0;
            }
            aint[1] = (arg - t[l]) / (t[l + 1] - t[l]);
            h1[1] = one;
            for (int j = 1; j <= k; j++) {
                h[1] = 0.0;
                for (int i = 1; i <= j; i++) {
                    int li = l + i;
                    int lj = li - j;
                    double f = h1[i] / (t[li] - t[lj]);
                    h[i] = h[i] + f * (t[li] - arg);
                    h[i + 1] = f * (arg - t[lj]);
                }
                int j1 = j + 1;
                for (int i = 1; i <= j1; i++) {
                    int li = l + i;
                    int lj = li - j1;
                    aint[i] = aint[i] + h[i] * (arg - t[lj]) / (t[li] - t[lj]);
                    h1[i] = h[i];
                }
            }
            if (it == 2) {
                break;
            }
            int lk = l - k;
            ia = lk;
            for (int i = 1; i <= k1; i++) {
                bint[lk] = -aint[i];
                lk = lk + 1;
            }
            arg = b;
        }
        int lk = l - k;
        int ib = lk - 1;
        for (int i = 1; i <= k1; i++) {
            bint[lk] = bint[lk] + aint[i];
            lk = lk + 1;
        }
        if (ib >= ia) {
            for (int i = ia; i <= ib; i++) {
                bint[i] = bint[i] + one;
            }
        }
        double f = one / ak;
        for (int i = 1; i <= nk1; i++) {
            int j = i + k1;
            bint[i] = bint[i] * (t[j] - t[i]) * f;
        }
        if (min != 0) {
            for (int i = 1; i <= nk1; i++) {
                bint[i] = -bint[i];
            }
        }
        return bint;
    }

    /** The result of sproot: the zeros found (at most mest) and ier (0, 1 too many zeros, 10 bad knots). */
    record Roots(double[] zeros, int ier) {
    }

    /** sproot on 0-based t and c of a cubic spline. */
    static Roots sproot(double[] t0, double[] c0, int mest) {
        int n = t0.length;
        double[] t = new double[n + 1];
        double[] c = new double[n + 1];
        System.arraycopy(t0, 0, t, 1, n);
        System.arraycopy(c0, 0, c, 1, Math.min(c0.length, n));
        double[] zero = new double[mest + 1];
        double[] yv = new double[4];
        int[] nroots = new int[1];
        double two = 2.0;
        double three = 3.0;
        int n4 = n - 4;
        if (n < 8) {
            return new Roots(new double[0], 10);
        }
        int j = n;
        for (int i = 1; i <= 3; i++) {
            if (t[i] > t[i + 1] || t[j] < t[j - 1]) {
                return new Roots(new double[0], 10);
            }
            j = j - 1;
        }
        for (int i = 4; i <= n4; i++) {
            if (t[i] >= t[i + 1]) {
                return new Roots(new double[0], 10);
            }
        }
        double h1 = t[4] - t[3];
        double h2 = t[5] - t[4];
        double t1 = t[4] - t[2];
        double t2 = t[5] - t[3];
        double t3 = t[6] - t[4];
        double t4 = t[5] - t[2];
        double t5 = t[6] - t[3];
        double c1 = c[1];
        double c2 = c[2];
        double c3 = c[3];
        double c4 = (c2 - c1) / t4;
        double c5 = (c3 - c2) / t5;
        double d4 = (h2 * c1 + t1 * c2) / t4;
        double d5 = (t3 * c2 + h1 * c3) / t5;
        double a0 = (h2 * d4 + h1 * d5) / t2;
        double ah = three * (h2 * c4 + h1 * c5) / t2;
        boolean z1 = !(ah < 0.0);
        boolean nz1 = !z1;
        int m = 0;
        int ier = 0;
        mainLoop:
        for (int l = 4; l <= n4; l++) {
            h1 = h2;
            h2 = t[l + 2] - t[l + 1];
            t1 = t2;
            t2 = t3;
            t3 = t[l + 3] - t[l + 1];
            t4 = t5;
            t5 = t[l + 3] - t[l];
            c1 = c2;
            c2 = c3;
            c3 = c[l];
            c4 = c5;
            c5 = (c3 - c2) / t5;
            d4 = (h2 * c1 + t1 * c2) / t4;
            d5 = (h1 * c3 + t3 * c2) / t5;
            double b0 = (h2 * d4 + h1 * d5) / t2;
            double bh = three * (h2 * c4 + h1 * c5) / t2;
            double a1 = ah * h1;
            double b1 = bh * h1;
            double a2 = three * (b0 - a0) - b1 - two * a1;
            double a3 = two * (a0 - b0) + b1 + a1;
            boolean z3 = !(b1 < 0.0);
            boolean nz3 = !z3;
            boolean test = true;
            if (!(a0 * b0 <= 0.0)) {
                boolean z0 = !(a0 < 0.0);
                boolean nz0 = !z0;
                boolean z2 = !(a2 < 0.);
                boolean nz2 = !z2;
                boolean z4 = !(3.0 * a3 + a2 < 0.0);
                boolean nz4 = !z4;
                test = (z0 && (nz1 && (z3 || z2 && nz4) || nz2 && z3 && z4)
                        || nz0 && (z1 && (nz3 || nz2 && z4) || z2 && nz3 && nz4));
            }
            if (test) {
                fpcuro(a3, a2, a1, a0, yv, nroots);
                for (int i = 1; i <= nroots[0]; i++) {
                    if (yv[i] < 0.0 || yv[i] > 1.0) {
                        continue;
                    }
                    if (m >= mest) {
                        ier = 1;
                        break mainLoop;
                    }
                    m = m + 1;
                    zero[m] = t[l] + h1 * yv[i];
                }
            }
            a0 = b0;
            ah = bh;
            z1 = z3;
            nz1 = nz3;
        }
        if (ier == 0 && m >= 2) {
            for (int i = 2; i <= m; i++) {
                j = i;
                while (true) {
                    int j1 = j - 1;
                    if (j1 == 0 || zero[j] >= zero[j1]) {
                        break;
                    }
                    double zz = zero[j];
                    zero[j] = zero[j1];
                    zero[j1] = zz;
                    j = j1;
                }
            }
            j = m;
            m = 1;
            for (int i = 2; i <= j; i++) {
                if (zero[i] == zero[m]) {
                    continue;
                }
                m = m + 1;
                zero[m] = zero[i];
            }
        }
        double[] out = new double[m];
        System.arraycopy(zero, 1, out, 0, m);
        return new Roots(out, ier);
    }

    /** fpcuro: the real zeros of a x^3 + b x^2 + c x + d into x(1..n), n into nOut[0]. */
    static void fpcuro(double a, double b, double c, double d, double[] x, int[] nOut) {
        double two = 2.0;
        double three = 3.0;
        double four = 4.0;
        double ovfl = 1.0e4;
        double half = 0.5;
        double tent = 0.1;
        double e3 = tent / 0.3;
        double pi3 = Math.atan(1.0) / 0.75;
        double a1 = Math.abs(a);
        double b1 = Math.abs(b);
        double c1 = Math.abs(c);
        double d1 = Math.abs(d);
        int n;
        if (Math.max(Math.max(b1, c1), d1) < a1 * ovfl) {
            b1 = b / a * e3;
            c1 = c / a;
            d1 = d / a;
            double q = c1 * e3 - b1 * b1;
            double r = b1 * b1 * b1 + (d1 - b1 * c1) * half;
            double disc = q * q * q + r * r;
            if (disc > 0.) {
                double u = Math.sqrt(disc);
                double u1 = -r + u;
                double u2 = -r - u;
                n = 1;
                x[1] = Math.copySign(Math.pow(Math.abs(u1), e3), u1) + Math.copySign(Math.pow(Math.abs(u2), e3), u2) - b1;
            } else {
                double u = Math.sqrt(Math.abs(q));
                if (r < 0.) {
                    u = -u;
                }
                double p3 = Math.atan2(Math.sqrt(-disc), Math.abs(r)) * e3;
                double u2 = u + u;
                n = 3;
                x[1] = -u2 * Math.cos(p3) - b1;
                x[2] = u2 * Math.cos(pi3 - p3) - b1;
                x[3] = u2 * Math.cos(pi3 + p3) - b1;
            }
        } else if (Math.max(c1, d1) < b1 * ovfl) {
            double disc = c * c - four * b * d;
            n = 0;
            if (disc < 0.) {
                nOut[0] = 0;
                return;
            }
            n = 2;
            double u = Math.sqrt(disc);
            b1 = b + b;
            x[1] = (-c + u) / b1;
            x[2] = (-c - u) / b1;
        } else if (d1 < c1 * ovfl) {
            n = 1;
            x[1] = -d / c;
        } else {
            nOut[0] = 0;
            return;
        }
        for (int i = 1; i <= n; i++) {
            double yy = x[i];
            double f = ((a * yy + b) * yy + c) * yy + d;
            double df = (three * a * yy + two * b) * yy + c;
            double step = 0.;
            if (Math.abs(f) < Math.abs(df) * tent) {
                step = f / df;
            }
            x[i] = yy - step;
        }
        nOut[0] = n;
    }

    /**
     * fpknot with istart = 1 on 1-based arrays: adds one knot inside the knot interval of largest residual
     * (the data point in its middle), shifting the knots, residuals and counts after it; returns n + 1
     * (the caller counts the new interval).
     */
    static int fpknot(double[] x, double[] t, int n, double[] fpint, int[] nrdata, int nrint) {
        int k = (n - nrint - 1) / 2;
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
                int jk = jj + k;
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
        int jk = next + k;
        t[jk] = x[nrx];
        return n + 1;
    }

    /**
     * fpbisp on 1-based arrays: the spline (tx, ty, c, kx, ky) on the grid x(1..mx) by y(1..my), each
     * coordinate clamped to the base interval; z(1..mx*my), x-major.
     */
    static void fpbisp(double[] tx, int nx, double[] ty, int ny, double[] c, int kx, int ky, double[] x, int mx,
            double[] y, int my, double[] z) {
        double[] h = new double[8];
        double[] hh = new double[8];
        int kx1 = kx + 1;
        int nkx1 = nx - kx1;
        double[][] wx = new double[mx + 1][kx1 + 1];
        int[] lx = new int[mx + 1];
        double tb = tx[kx1];
        double te = tx[nkx1 + 1];
        int l = kx1;
        int l1 = l + 1;
        for (int i = 1; i <= mx; i++) {
            double arg = x[i];
            if (arg < tb) {
                arg = tb;
            }
            if (arg > te) {
                arg = te;
            }
            while (!(arg < tx[l1] || l == nkx1)) {
                l = l1;
                l1 = l + 1;
            }
            fpbspl(tx, kx, arg, l, h, hh);
            lx[i] = l - kx1;
            for (int j = 1; j <= kx1; j++) {
                wx[i][j] = h[j];
            }
        }
        int ky1 = ky + 1;
        int nky1 = ny - ky1;
        double[][] wy = new double[my + 1][ky1 + 1];
        int[] ly = new int[my + 1];
        tb = ty[ky1];
        te = ty[nky1 + 1];
        l = ky1;
        l1 = l + 1;
        for (int i = 1; i <= my; i++) {
            double arg = y[i];
            if (arg < tb) {
                arg = tb;
            }
            if (arg > te) {
                arg = te;
            }
            while (!(arg < ty[l1] || l == nky1)) {
                l = l1;
                l1 = l + 1;
            }
            fpbspl(ty, ky, arg, l, h, hh);
            ly[i] = l - ky1;
            for (int j = 1; j <= ky1; j++) {
                wy[i][j] = h[j];
            }
        }
        int m = 0;
        for (int i = 1; i <= mx; i++) {
            l = lx[i] * nky1;
            for (int i1 = 1; i1 <= kx1; i1++) {
                h[i1] = wx[i][i1];
            }
            for (int j = 1; j <= my; j++) {
                l1 = l + ly[j];
                double sp = 0.;
                for (int i1 = 1; i1 <= kx1; i1++) {
                    int l2 = l1;
                    for (int j1 = 1; j1 <= ky1; j1++) {
                        l2 = l2 + 1;
                        sp = sp + c[l2] * h[i1] * wy[j][j1];
                    }
                    l1 = l1 + nky1;
                }
                m = m + 1;
                z[m] = sp;
            }
        }
    }
}
