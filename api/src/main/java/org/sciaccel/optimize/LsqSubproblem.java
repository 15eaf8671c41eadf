package org.sciaccel.optimize;

/**
 * The quadratic subproblem of SLSQP as a constrained linear least-squares problem, solved as Kraft's
 * SLSQP (ACM TOMS 733, 1994) solves it with Lawson and Hanson's algorithms ("Solving Least Squares
 * Problems", 1974): {@code lsq} turns min ½dᵀBd + gᵀd (B = LDLᵀ) into min ‖Ed − f‖ with E = D^½Lᵀ,
 * f = −E⁻ᵀg, subject to the linearised constraints and the bounds; {@code lsei} eliminates the
 * equality constraints by Householder triangularisation (L&amp;H ch. 23.6); {@code lsi} reduces the
 * inequality problem to a least-distance problem (ch. 23.5); {@code ldp} solves that through its dual
 * non-negative least-squares problem ({@code nnls}, ch. 23); {@code hfti} is the rank-revealing least
 * squares used when there are no inequalities.
 *
 * <p>Matrices are column-major flat arrays addressed 1-based through {@code (i, j) -> off + (i-1) + (j-1)*ld},
 * as the algorithms are stated, so that every sum runs in the published order (SciPy's iterates
 * depend on it). Status codes are SLSQP's: 1 success, 2 wrong dimensions, 3 NNLS iteration limit,
 * 4 inequalities incompatible, 5 E singular, 6 C singular, 7 rank defect in HFTI.
 */
final class LsqSubproblem {
    private static final double EPMACH = 2.22e-16;

    private LsqSubproblem() {
    }

    /**
     * lsq: min over x of ‖Ex − f‖ from the LDLᵀ factor {@code l} (packed by columns, D on the
     * diagonal, 1-based) and gradient {@code g}, subject to rows 1..meq of A·x + b = 0 and rows
     * meq+1..m of A·x + b ≥ 0 ({@code a} is la×(n) column-major 1-based, {@code b} the constraint
     * values) and xl ≤ x ≤ xu (NaN: no bound). With {@code nl} ≠ n(n+1)/2 + 1 the last variable is the
     * augmented one of an inconsistent linearisation, its weight {@code l[nl]}. Writes x (1..n), the
     * constraint multipliers y (1..m), clips x to the bounds; returns the status.
     */
    static int lsq(int m, int meq, int n, int nl, int la, double[] l, double[] g, double[] a, double[] b,
            double[] xl, double[] xu, double[] x, double[] y) {
        int n1 = n + 1;
        int mineq = m - meq;
        int m1 = mineq + n + n;
        int n2 = n1 * n / 2 + 1 == nl ? 0 : 1;
        int n3 = n - n2;

        // E = D^½ Lᵀ (upper triangular, n×n) and f = −E⁻ᵀ g.
        double[] e = new double[n * n + 1];
        double[] f = new double[n + 1];
        int i2 = 1;
        int i3 = 1;
        int i4 = 1;
        for (int i = 1; i <= n3; i++) {
            int i1 = n1 - i;
            double diag = Math.sqrt(l[i2]);
            for (int k = 0; k < i1; k++) {
                e[i3 + k] = 0;
            }
            for (int k = 0; k < i1 - n2; k++) {
                e[i3 + k * n] = l[i2 + k] * diag;
            }
            e[i3] = diag;
            double s = 0;
            for (int k = 0; k < i - 1; k++) {
                s += e[i4 + k] * f[1 + k];
            }
            f[i] = (g[i] - s) / diag;
            i2 = i2 + i1 - n2;
            i3 = i3 + n1;
            i4 = i4 + n;
        }
        if (n2 == 1) {
            e[i3] = l[nl];
            for (int k = 0; k < n3; k++) {
                e[i4 + k] = 0;
            }
            f[n] = 0;
        }
        for (int i = 1; i <= n; i++) {
            f[i] = -f[i];
        }

        int lc = Math.max(1, meq);
        double[] c = new double[lc * n + 1];
        double[] d = new double[lc + 1];
        for (int i = 1; i <= meq; i++) {
            for (int j = 1; j <= n; j++) {
                c[i + (j - 1) * lc] = a[i + (j - 1) * la];
            }
            d[i] = -b[i];
        }
        double[] gm = new double[Math.max(1, m1) * n + 1];
        double[] h = new double[Math.max(1, m1) + 1];
        for (int i = 1; i <= mineq; i++) {
            for (int j = 1; j <= n; j++) {
                gm[i + (j - 1) * m1] = a[meq + i + (j - 1) * la];
            }
            h[i] = -b[meq + i];
        }
        // The bounds as rows +I (x ≥ xl) and −I (−x ≥ −xu), only where a bound is given.
        int ip = mineq + 1;
        int nancnt = 0;
        for (int i = 1; i <= n; i++) {
            if (!Double.isNaN(xl[i])) {
                h[ip] = xl[i];
                for (int j = 1; j <= n; j++) {
                    gm[ip + (j - 1) * m1] = 0;
                }
                gm[ip + (i - 1) * m1] = 1;
                ip++;
            } else {
                nancnt++;
            }
        }
        for (int i = 1; i <= n; i++) {
            if (!Double.isNaN(xu[i])) {
                h[ip] = -xu[i];
                for (int j = 1; j <= n; j++) {
                    gm[ip + (j - 1) * m1] = 0;
                }
                gm[ip + (i - 1) * m1] = -1;
                ip++;
            } else {
                nancnt++;
            }
        }
        double[] w = new double[meq + m1 + 2];
        int mode = lsei(c, d, e, f, gm, h, lc, meq, n, n, m1, m1 - nancnt, n, x, w);
        if (mode == 1) {
            System.arraycopy(w, 1, y, 1, m);
        }
        for (int i = 1; i <= n; i++) {
            if (!Double.isNaN(xl[i]) && x[i] < xl[i]) {
                x[i] = xl[i];
            } else if (!Double.isNaN(xu[i]) && x[i] > xu[i]) {
                x[i] = xu[i];
            }
        }
        return mode;
    }

    /**
     * lsei: min ‖Ex − f‖ subject to Cx = d, Gx ≥ h (C mc×n with leading dimension lc, E me×n with le,
     * G mg×n with lg; all changed). Writes x (1..n) and the multipliers w (1..mc+mg).
     */
    static int lsei(double[] c, double[] d, double[] e, double[] f, double[] g, double[] h, int lc, int mc,
            int le, int me, int lg, int mg, int n, double[] x, double[] w) {
        if (mc > n) {
            return 2;
        }
        int l = n - mc;
        int mc1 = mc + 1;
        double[] up = new double[mc + 1];
        // Triangularise C from the right (C = [L 0]Q) and apply Q to the rows of E and G.
        for (int i = 1; i <= mc; i++) {
            int j = Math.min(i + 1, lc);
            h12(1, i, i + 1, n, c, i, lc, up, i, c, j, lc, 1, mc - i);
            h12(2, i, i + 1, n, c, i, lc, up, i, e, 1, le, 1, me);
            h12(2, i, i + 1, n, c, i, lc, up, i, g, 1, lg, 1, mg);
        }
        for (int i = 1; i <= mc; i++) {
            if (Math.abs(c[i + (i - 1) * lc]) < EPMACH) {
                return 6;
            }
            double s = 0;
            for (int k = 1; k <= i - 1; k++) {
                s += c[i + (k - 1) * lc] * x[k];
            }
            x[i] = (d[i] - s) / c[i + (i - 1) * lc];
        }
        w[mc1] = 0;
        for (int i = mc1; i <= mg; i++) {
            w[i] = 0;
        }
        int mode = 1;
        if (mc != n) {
            double[] ft = new double[me + 1];
            for (int i = 1; i <= me; i++) {
                double s = 0;
                for (int k = 1; k <= mc; k++) {
                    s += e[i + (k - 1) * le] * x[k];
                }
                ft[i] = f[i] - s;
            }
            double[] et = new double[me * l + 1];
            for (int i = 1; i <= me; i++) {
                for (int k = 1; k <= l; k++) {
                    et[i + (k - 1) * me] = e[i + (mc + k - 1) * le];
                }
            }
            double[] gt = new double[Math.max(1, mg) * l + 1];
            for (int i = 1; i <= mg; i++) {
                for (int k = 1; k <= l; k++) {
                    gt[i + (k - 1) * mg] = g[i + (mc + k - 1) * lg];
                }
            }
            if (mg <= 0) {
                // No inequalities: the rank-revealing least squares for the remaining l unknowns.
                double[] bt = new double[Math.max(me, n) + 1];
                System.arraycopy(ft, 1, bt, 1, me);
                int krank = hfti(et, me, me, l, bt, Math.sqrt(EPMACH));
                for (int k = 1; k <= l; k++) {
                    x[mc + k] = bt[k];
                }
                if (krank != l) {
                    return 7;
                }
            } else {
                for (int i = 1; i <= mg; i++) {
                    double s = 0;
                    for (int k = 1; k <= mc; k++) {
                        s += g[i + (k - 1) * lg] * x[k];
                    }
                    h[i] = h[i] - s;
                }
                double[] xs = new double[l + 1];
                double[] ws = new double[mg + 1];
                mode = lsi(et, ft, gt, h, me, me, mg, mg, l, xs, ws);
                for (int k = 1; k <= l; k++) {
                    x[mc + k] = xs[k];
                }
                if (mode == 1) {
                    System.arraycopy(ws, 1, w, mc1, mg);
                }
                if (mc == 0 || mode != 1) {
                    return mode;
                }
            }
        }
        // The equality multipliers from the residual and the inequality multipliers; undo Q on x.
        for (int i = 1; i <= me; i++) {
            double s = 0;
            for (int k = 1; k <= n; k++) {
                s += e[i + (k - 1) * le] * x[k];
            }
            f[i] = s - f[i];
        }
        for (int i = 1; i <= mc; i++) {
            double s1 = 0;
            for (int k = 1; k <= me; k++) {
                s1 += e[k + (i - 1) * le] * f[k];
            }
            double s2 = 0;
            for (int k = 1; k <= mg; k++) {
                s2 += g[k + (i - 1) * lg] * w[mc + k];
            }
            d[i] = s1 - s2;
        }
        for (int i = mc; i >= 1; i--) {
            h12(2, i, i + 1, n, c, i, lc, up, i, x, 1, 1, 1, 1);
        }
        for (int i = mc; i >= 1; i--) {
            int j = Math.min(i + 1, lc);
            double s = 0;
            for (int k = 0; k < mc - i; k++) {
                s += c[j + k + (i - 1) * lc] * w[j + k];
            }
            w[i] = (d[i] - s) / c[i + (i - 1) * lc];
        }
        return mode;
    }

    /** lsi: min ‖Ex − f‖ subject to Gx ≥ h via QR of E and the least-distance problem; multipliers in w (1..mg). */
    static int lsi(double[] e, double[] f, double[] g, double[] h, int le, int me, int lg, int mg, int n,
            double[] x, double[] w) {
        double[] t = new double[1];
        for (int i = 1; i <= n; i++) {
            int j = Math.min(i + 1, n);
            h12(1, i, i + 1, me, e, 1 + (i - 1) * le, 1, t, 0, e, 1 + (j - 1) * le, 1, le, n - i);
            h12(2, i, i + 1, me, e, 1 + (i - 1) * le, 1, t, 0, f, 1, 1, 1, 1);
        }
        for (int i = 1; i <= mg; i++) {
            for (int j = 1; j <= n; j++) {
                double ejj = e[j + (j - 1) * le];
                if (!(Math.abs(ejj) >= EPMACH)) {
                    return 5;
                }
                double s = 0;
                for (int k = 1; k <= j - 1; k++) {
                    s += g[i + (k - 1) * lg] * e[k + (j - 1) * le];
                }
                g[i + (j - 1) * lg] = (g[i + (j - 1) * lg] - s) / ejj;
            }
            double s = 0;
            for (int k = 1; k <= n; k++) {
                s += g[i + (k - 1) * lg] * f[k];
            }
            h[i] = h[i] - s;
        }
        int mode = ldp(g, lg, mg, n, h, x, w);
        if (mode != 1) {
            return mode;
        }
        for (int i = 1; i <= n; i++) {
            x[i] += f[i];
        }
        for (int i = n; i >= 1; i--) {
            int j = Math.min(i + 1, n);
            double s = 0;
            for (int k = 0; k < n - i; k++) {
                s += e[i + (j + k - 1) * le] * x[j + k];
            }
            x[i] = (x[i] - s) / e[i + (i - 1) * le];
        }
        return 1;
    }

    /**
     * ldp: min ½xᵀx subject to Gx ≥ h (G m×n, leading dimension mg) through the dual NNLS problem
     * min ‖[Gᵀ; hᵀ]u − eₙ₊₁‖, u ≥ 0. Writes x (1..n) and the multipliers w (1..m).
     */
    static int ldp(double[] g, int mg, int m, int n, double[] h, double[] x, double[] w) {
        if (n <= 0) {
            return 2;
        }
        for (int j = 1; j <= n; j++) {
            x[j] = 0;
        }
        if (m == 0) {
            return 1;
        }
        int n1 = n + 1;
        double[] a = new double[n1 * m + 1];
        int iw = 0;
        for (int j = 1; j <= m; j++) {
            for (int i = 1; i <= n; i++) {
                a[++iw] = g[j + (i - 1) * mg];
            }
            a[++iw] = h[j];
        }
        double[] b = new double[n1 + 1];
        b[n1] = 1;
        double[] y = new double[m + 1];
        double[] rnorm = new double[1];
        int mode = nnls(a, n1, n1, m, b, y, rnorm);
        if (mode != 1) {
            return mode;
        }
        if (rnorm[0] <= 0) {
            return 4;
        }
        double s = 0;
        for (int k = 1; k <= m; k++) {
            s += h[k] * y[k];
        }
        double fac = 1 - s;
        if (!((1 + fac) - 1 > 0)) {
            return 4;
        }
        fac = 1 / fac;
        for (int j = 1; j <= n; j++) {
            double t = 0;
            for (int k = 1; k <= m; k++) {
                t += g[k + (j - 1) * mg] * y[k];
            }
            x[j] = fac * t;
        }
        for (int k = 1; k <= m; k++) {
            w[k] = 0 + fac * y[k];
        }
        return 1;
    }

    /**
     * nnls: min ‖Ax − b‖ subject to x ≥ 0 (A m×n, leading dimension mda; A and b are changed), the
     * active-set method of Lawson and Hanson with at most 3n inner iterations. Writes x (1..n) and
     * the residual norm; returns 1, 2 (dimensions) or 3 (iteration limit).
     */
    static int nnls(double[] a, int mda, int m, int n, double[] b, double[] x, double[] rnorm) {
        if (m <= 0 || n <= 0) {
            return 2;
        }
        int mode = 1;
        int iter = 0;
        int itmax = 3 * n;
        int[] index = new int[n + 1];
        double[] w = new double[n + 1];
        double[] z = new double[m + 1];
        double[] up = new double[1];
        for (int i = 1; i <= n; i++) {
            index[i] = i;
            x[i] = 0;
        }
        int iz1 = 1;
        int iz2 = n;
        int nsetp = 0;
        int npp1 = 1;
        outer:
        while (iz1 <= iz2 && nsetp < m) {
            // The dual vector w = Aᵀ(b − Ax) over the zero set.
            for (int iz = iz1; iz <= iz2; iz++) {
                int j = index[iz];
                double s = 0;
                for (int k = 0; k < m - nsetp; k++) {
                    s += a[npp1 + k + (j - 1) * mda] * b[npp1 + k];
                }
                w[j] = s;
            }
            int j;
            int iz;
            while (true) {
                double wmax = 0;
                int izmax = 0;
                for (int q = iz1; q <= iz2; q++) {
                    int jq = index[q];
                    if (w[jq] > wmax) {
                        wmax = w[jq];
                        izmax = q;
                    }
                }
                if (wmax <= 0) {
                    break outer;
                }
                iz = izmax;
                j = index[iz];
                // Is column j linearly independent of the set P? Then does it improve the fit?
                double asave = a[npp1 + (j - 1) * mda];
                h12(1, npp1, npp1 + 1, m, a, 1 + (j - 1) * mda, 1, up, 0, z, 1, 1, 1, 0);
                double unorm = dnrm2(nsetp, a, 1 + (j - 1) * mda, 1);
                double t = 0.01 * Math.abs(a[npp1 + (j - 1) * mda]);
                if ((unorm + t) - unorm > 0) {
                    System.arraycopy(b, 1, z, 1, m);
                    h12(2, npp1, npp1 + 1, m, a, 1 + (j - 1) * mda, 1, up, 0, z, 1, 1, 1, 1);
                    if (z[npp1] / a[npp1 + (j - 1) * mda] > 0) {
                        break;
                    }
                }
                a[npp1 + (j - 1) * mda] = asave;
                w[j] = 0;
            }
            // Move j from Z to P.
            System.arraycopy(z, 1, b, 1, m);
            index[iz] = index[iz1];
            index[iz1] = j;
            iz1++;
            nsetp = npp1;
            npp1++;
            for (int jz = iz1; jz <= iz2; jz++) {
                int jj = index[jz];
                h12(2, nsetp, npp1, m, a, 1 + (j - 1) * mda, 1, up, 0, a, 1 + (jj - 1) * mda, 1, mda, 1);
            }
            int k = Math.min(npp1, mda);
            w[j] = 0;
            for (int q = 0; q < m - nsetp; q++) {
                a[k + q + (j - 1) * mda] = 0;
            }
            // Solve the least-squares problem on P; step back while it leaves the feasible region.
            while (true) {
                int jj = 0;
                for (int ipp = nsetp; ipp >= 1; ipp--) {
                    if (ipp != nsetp) {
                        double zz = -z[ipp + 1];
                        if (zz != 0) {
                            for (int q = 1; q <= ipp; q++) {
                                z[q] += zz * a[q + (jj - 1) * mda];
                            }
                        }
                    }
                    jj = index[ipp];
                    z[ipp] = z[ipp] / a[ipp + (jj - 1) * mda];
                }
                iter++;
                if (iter > itmax) {
                    mode = 3;
                    break outer;
                }
                double alpha = 1;
                jj = 0;
                for (int ipp = 1; ipp <= nsetp; ipp++) {
                    if (z[ipp] > 0) {
                        continue;
                    }
                    int ll = index[ipp];
                    double t = -x[ll] / (z[ipp] - x[ll]);
                    if (alpha < t) {
                        continue;
                    }
                    alpha = t;
                    jj = ipp;
                }
                for (int ipp = 1; ipp <= nsetp; ipp++) {
                    int ll = index[ipp];
                    x[ll] = (1 - alpha) * x[ll] + alpha * z[ipp];
                }
                if (jj == 0) {
                    continue outer;
                }
                // Move the variables that reached zero from P back to Z (Givens rotations keep A triangular).
                int i = index[jj];
                while (true) {
                    x[i] = 0;
                    jj++;
                    for (int q = jj; q <= nsetp; q++) {
                        int ii = index[q];
                        index[q - 1] = ii;
                        double[] cs = givens(a, q - 1 + (ii - 1) * mda, q + (ii - 1) * mda);
                        double tt = a[q - 1 + (ii - 1) * mda];
                        rotate(n, a, q - 1, mda, a, q, mda, cs[0], cs[1]);
                        a[q - 1 + (ii - 1) * mda] = tt;
                        a[q + (ii - 1) * mda] = 0;
                        rotate(1, b, q - 1, 1, b, q, 1, cs[0], cs[1]);
                    }
                    npp1 = nsetp;
                    nsetp--;
                    iz1--;
                    index[iz1] = i;
                    if (nsetp <= 0) {
                        mode = 3;
                        break outer;
                    }
                    boolean again = false;
                    for (jj = 1; jj <= nsetp; jj++) {
                        i = index[jj];
                        if (x[i] <= 0) {
                            again = true;
                            break;
                        }
                    }
                    if (!again) {
                        break;
                    }
                }
                System.arraycopy(b, 1, z, 1, m);
            }
        }
        int k = Math.min(npp1, m);
        rnorm[0] = dnrm2(m - nsetp, b, k, 1);
        return mode;
    }

    /**
     * hfti: the least-squares solution of Ax = b (A m×n, leading dimension mda, changed) with
     * column pivoting and pseudorank by tolerance tau; b (length ≥ max(m, n)) becomes x. Returns the rank.
     */
    static int hfti(double[] a, int mda, int m, int n, double[] b, double tau) {
        double[] h = new double[n + 1];
        double[] gg = new double[n + 1];
        int[] ip = new int[n + 1];
        int ldiag = Math.min(m, n);
        if (ldiag <= 0) {
            return 0;
        }
        double hmax = 0;
        for (int j = 1; j <= ldiag; j++) {
            int lmax = j;
            boolean recompute = true;
            if (j != 1) {
                for (int l = j; l <= n; l++) {
                    double v = a[j - 1 + (l - 1) * mda];
                    h[l] = h[l] - v * v;
                    if (h[l] > h[lmax]) {
                        lmax = l;
                    }
                }
                recompute = !((hmax + 1.0e-3 * h[lmax]) - hmax > 0);
            }
            if (recompute) {
                lmax = j;
                for (int l = j; l <= n; l++) {
                    h[l] = 0;
                    for (int i = j; i <= m; i++) {
                        double v = a[i + (l - 1) * mda];
                        h[l] = h[l] + v * v;
                    }
                    if (h[l] > h[lmax]) {
                        lmax = l;
                    }
                }
                hmax = h[lmax];
            }
            ip[j] = lmax;
            if (ip[j] != j) {
                for (int i = 1; i <= m; i++) {
                    double tmp = a[i + (j - 1) * mda];
                    a[i + (j - 1) * mda] = a[i + (lmax - 1) * mda];
                    a[i + (lmax - 1) * mda] = tmp;
                }
                h[lmax] = h[j];
            }
            int i = Math.min(j + 1, n);
            h12(1, j, j + 1, m, a, 1 + (j - 1) * mda, 1, h, j, a, 1 + (i - 1) * mda, 1, mda, n - j);
            h12(2, j, j + 1, m, a, 1 + (j - 1) * mda, 1, h, j, b, 1, 1, mda, 1);
        }
        int k = ldiag;
        for (int j = 1; j <= ldiag; j++) {
            if (Math.abs(a[j + (j - 1) * mda]) <= tau) {
                k = j - 1;
                break;
            }
        }
        int kp1 = k + 1;
        if (k == 0) {
            for (int i = 1; i <= n; i++) {
                b[i] = 0;
            }
            return 0;
        }
        if (k != n) {
            for (int i = k; i >= 1; i--) {
                h12(1, i, kp1, n, a, i, mda, gg, i, a, 1, mda, 1, i - 1);
            }
        }
        for (int i = k; i >= 1; i--) {
            int j = Math.min(i + 1, n);
            double s = 0;
            for (int q = 0; q < k - i; q++) {
                s += a[i + (j + q - 1) * mda] * b[j + q];
            }
            b[i] = (b[i] - s) / a[i + (i - 1) * mda];
        }
        if (k != n) {
            for (int j = kp1; j <= n; j++) {
                b[j] = 0;
            }
            for (int i = 1; i <= k; i++) {
                h12(2, i, kp1, n, a, i, mda, gg, i, b, 1, 1, mda, 1);
            }
        }
        for (int j = ldiag; j >= 1; j--) {
            if (ip[j] != j) {
                int l = ip[j];
                double tmp = b[l];
                b[l] = b[j];
                b[j] = tmp;
            }
        }
        return k;
    }

    /**
     * h12: constructs (mode 1) or applies (mode 2) the Householder transformation Q = I + uuᵀ/b that
     * zeroes elements l1..m of the pivot vector u (element k at {@code u[uOff + (k-1)·iue]}), the
     * scalar part in {@code up[upIdx]}, to ncv vectors of c (element i of vector j at
     * {@code c[cOff + (i-1)·ice + (j-1)·icv]}).
     */
    static void h12(int mode, int lpivot, int l1, int m, double[] u, int uOff, int iue, double[] up, int upIdx,
            double[] c, int cOff, int ice, int icv, int ncv) {
        if (0 >= lpivot || lpivot >= l1 || l1 > m) {
            return;
        }
        int piv = uOff + (lpivot - 1) * iue;
        double cl = Math.abs(u[piv]);
        if (mode != 2) {
            for (int j = l1; j <= m; j++) {
                cl = Math.max(Math.abs(u[uOff + (j - 1) * iue]), cl);
            }
            if (cl <= 0) {
                return;
            }
            double clinv = 1 / cl;
            double t = u[piv] * clinv;
            double sm = t * t;
            for (int j = l1; j <= m; j++) {
                double v = u[uOff + (j - 1) * iue] * clinv;
                sm = sm + v * v;
            }
            cl = cl * Math.sqrt(sm);
            if (u[piv] > 0) {
                cl = -cl;
            }
            up[upIdx] = u[piv] - cl;
            u[piv] = cl;
        } else if (cl <= 0) {
            return;
        }
        if (ncv <= 0) {
            return;
        }
        double b = up[upIdx] * u[piv];
        if (b >= 0) {
            return;
        }
        b = 1 / b;
        for (int j = 1; j <= ncv; j++) {
            int i2 = cOff + (lpivot - 1) * ice + (j - 1) * icv;
            int base = cOff + (j - 1) * icv;
            double sm = c[i2] * up[upIdx];
            for (int i = l1; i <= m; i++) {
                sm = sm + c[base + (i - 1) * ice] * u[uOff + (i - 1) * iue];
            }
            if (sm == 0) {
                continue;
            }
            sm = sm * b;
            c[i2] = c[i2] + sm * up[upIdx];
            for (int i = l1; i <= m; i++) {
                c[base + (i - 1) * ice] = c[base + (i - 1) * ice] + sm * u[uOff + (i - 1) * iue];
            }
        }
    }

    /** dsrotg: the Givens rotation zeroing b against a (elements at ia, ib of arr); writes r and z back; returns {c, s}. */
    private static double[] givens(double[] arr, int ia, int ib) {
        double da = arr[ia];
        double db = arr[ib];
        double roe = Math.abs(da) > Math.abs(db) ? da : db;
        double scale = Math.abs(da) + Math.abs(db);
        double c;
        double s;
        double r;
        if (scale != 0) {
            double p = da / scale;
            double q = db / scale;
            r = scale * Math.sqrt(p * p + q * q);
            r = Math.copySign(1.0, roe) * r;
            c = da / r;
            s = db / r;
        } else {
            c = 1;
            s = 0;
            r = 0;
        }
        double z = s;
        if (Math.abs(c) > 0 && Math.abs(c) <= s) {
            z = 1 / c;
        }
        arr[ia] = r;
        arr[ib] = z;
        return new double[] {c, s};
    }

    /** dsrot on n pairs: x at xOff + k·incx (1-based rows of a column-major matrix: incx = its leading dimension). */
    private static void rotate(int n, double[] x, int xOff, int incx, double[] y, int yOff, int incy, double c, double s) {
        for (int k = 0; k < n; k++) {
            int ix = xOff + k * incx;
            int iy = yOff + k * incy;
            double t = c * x[ix] + s * y[iy];
            y[iy] = c * y[iy] - s * x[ix];
            x[ix] = t;
        }
    }

    /**
     * The Euclidean norm of n elements from {@code off} with stride {@code inc}, Lawson's four-phase
     * dnrm2 of SLSQP (scaling only for components below 8.232e-11 or above 1.304e19/n).
     */
    static double dnrm2(int n, double[] x, int off, int inc) {
        if (n <= 0) {
            return 0;
        }
        final double cutlo = 8.232e-11;
        final double cuthi = 1.304e19;
        double sum = 0;
        double xmax = 0;
        int phase = 1;   // 1: zeros so far, 2: small values (scaled), 4: large values (scaled)
        for (int k = 0; k < n; k++) {
            double xi = x[off + k * inc];
            double ax = Math.abs(xi);
            if (phase == 1) {
                if (xi == 0) {
                    continue;
                }
                if (ax > cutlo) {
                    return midRange(n, x, off, inc, k, sum, cuthi);
                }
                phase = 2;
                xmax = ax;
                sum += (xi / xmax) * (xi / xmax);
                continue;
            }
            if (phase == 2 && ax > cutlo) {
                sum = (sum * xmax) * xmax;
                return midRange(n, x, off, inc, k, sum, cuthi);
            }
            if (ax <= xmax) {
                sum += (xi / xmax) * (xi / xmax);
            } else {
                sum = 1 + sum * (xmax / xi) * (xmax / xi);
                xmax = ax;
            }
        }
        return xmax * Math.sqrt(sum);
    }

    private static double midRange(int n, double[] x, int off, int inc, int from, double sum, double cuthi) {
        double hitest = cuthi / n;
        for (int j = from; j < n; j++) {
            double xj = x[off + j * inc];
            if (Math.abs(xj) >= hitest) {
                // Phase 4: rescale by the large component and go on scaled.
                sum = (sum / xj) / xj;
                double xmax = Math.abs(xj);
                sum += (xj / xmax) * (xj / xmax);
                for (int k = j + 1; k < n; k++) {
                    double xk = x[off + k * inc];
                    if (Math.abs(xk) <= xmax) {
                        sum += (xk / xmax) * (xk / xmax);
                    } else {
                        sum = 1 + sum * (xmax / xk) * (xmax / xk);
                        xmax = Math.abs(xk);
                    }
                }
                return xmax * Math.sqrt(sum);
            }
            sum += xj * xj;
        }
        return Math.sqrt(sum);
    }
}
